/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.cdd.test.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.MacroToken;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.page.XarReader;
import org.xwiki.contrib.cdd.test.script.ScriptApi;
import org.xwiki.rendering.parser.Parser;
import org.xwiki.velocity.VelocityManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every static page check over every page of the built XAR. A failure lists each problem as
 * {@code file:line: problem}.
 *
 * @version $Id$
 */
class PageChecksTest extends AbstractPageTest
{
    /** Pages the spine promises (issue 2); feature pages are tested by their own tests. */
    private static final List<String> REQUIRED_PAGES = List.of("CDD.WebHome", "CDD.WebPreferences",
        "CDD.Code.WebHome", "CDD.Code.WebPreferences", "CDD.Code.Translations", "CDD.Code.ApplicationsPanelEntry");

    private void assertNoProblem(PageCheck check)
    {
        List<Problem> problems = check.checkAll(applicationPages());
        assertEquals(List.of(), problems, problems.stream().map(Problem::toString)
            .collect(Collectors.joining("\n", "\n", "\n")));
    }

    @Test
    void everyPageIsWellFormedWithTheRightSyntax()
    {
        assertNoProblem(new SyntaxCheck());
    }

    @Test
    void everyPageParsesAndClosesItsMacros() throws Exception
    {
        assertNoProblem(new WikiStructureCheck(this.componentManager.getInstance(Parser.class, "xwiki/2.1")));
    }

    @Test
    void everyMacroIsOursOrAStandardOne()
    {
        assertNoProblem(MacroCheck.standard());
    }

    @Test
    void velocityCompilesInContentAndTitles() throws Exception
    {
        assertNoProblem(new VelocityCompileCheck(this.componentManager.getInstance(VelocityManager.class)));
    }

    @Test
    void everyTranslationKeyHasFrenchAndEnglish()
    {
        assertNoProblem(TranslationCheck.standard());
    }

    @Test
    void sheetsOnlyNamePropertiesOfTheirClass()
    {
        assertNoProblem(new SheetPropertyCheck());
    }

    @Test
    void securityLint()
    {
        assertNoProblem(new SecurityCheck());
    }

    @Test
    void pagesReadNowFromTheApplicationsOneClock()
    {
        assertNoProblem(new ClockCheck());
    }

    @Test
    void everyLiveDataColumnHasItsHeaderInFrenchAndEnglish()
    {
        assertNoProblem(new LiveDataCheck());
    }

    @Test
    void noDocumentLoadInsideAQueryLoop()
    {
        assertNoProblem(new PerformanceCheck());
    }

    @Test
    void entityClassesMatchTheirJavaDefinition()
    {
        assertNoProblem(new ClassDefinitionCheck());
    }

    @Test
    void velocityOnlyCallsThePlatformScriptApi() throws Exception
    {
        assertNoProblem(new ScriptApiCheck(ScriptApi.load(),
            this.componentManager.getInstance(VelocityManager.class)));
    }

    @Test
    void theXarHoldsTheApplicationPagesAndItsPackageDescriptor() throws Exception
    {
        List<String> references = applicationPages().pages().stream().filter(p -> p.locale().isEmpty())
            .map(XarPage::reference).toList();
        assertTrue(references.containsAll(REQUIRED_PAGES), references.toString());
        assertTrue(applicationPages().page("CDD.Code.Translations", "fr").isPresent(), "French translations");
        String packageXml = XarReader.readPackageXml(Path.of(System.getProperty(XAR_PROPERTY)));
        assertTrue(packageXml.contains("<extensionId>org.xwiki.contrib.cdd:xwiki-cdd-ui</extensionId>"), packageXml);
    }

    @Test
    void everyStandardMacroThePagesUseHasItsExtensionDeclared() throws Exception
    {
        String uiPom = Files.readString(Path.of(System.getProperty(XAR_PROPERTY)).getParent().getParent()
            .resolve("pom.xml"));
        Map<String, String> allowList = MacroCheck.readAllowList();
        Set<String> missing = new TreeSet<>();
        for (XarPage page : applicationPages().pages()) {
            for (VelocityFragment text : WikiSource.allTexts(page)) {
                for (MacroToken token : WikiSource.macroTokens(text.code())) {
                    String extension = allowList.get(token.name());
                    String artifact = extension == null ? null : extension.split(":")[1];
                    if (artifact != null && !uiPom.contains("<artifactId>" + artifact + "</artifactId>")) {
                        missing.add(token.name() + " needs " + extension);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "runtime dependencies missing from xwiki-cdd-ui/pom.xml");
    }

    @Test
    void technicalPagesAreHiddenAndTheHomeIsVisible()
    {
        List<String> visibleTechnical = applicationPages().pages().stream()
            .filter(p -> !p.hidden() && p.reference().startsWith("CDD.Code.")).map(XarPage::reference).toList();
        assertEquals(List.of(), visibleTechnical);
        assertTrue(applicationPages().page("CDD.WebHome", "").map(p -> !p.hidden()).orElse(false));
        assertTrue(applicationPages().page("CDD.Saisines.WebHome", "").map(p -> !p.hidden()).orElse(false));
    }
}
