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
package org.xwiki.contrib.cdd.test.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.check.ClassDefinitionCheck;
import org.xwiki.contrib.cdd.test.check.MacroCheck;
import org.xwiki.contrib.cdd.test.check.PageCheck;
import org.xwiki.contrib.cdd.test.check.Problem;
import org.xwiki.contrib.cdd.test.check.SecurityCheck;
import org.xwiki.contrib.cdd.test.check.SyntaxCheck;
import org.xwiki.contrib.cdd.test.check.WikiStructureCheck;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.page.XarReader;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.contrib.cdd.test.tools.DemoCouncilWriter;
import org.xwiki.rendering.parser.Parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 5: the demo council (module xwiki-cdd-demo) is the page tests' fictional council and its year, one
 * source: its pages are written from {@link FictionalCouncil} and {@link FictionalYear} on the harness's day, as the
 * wiki holds them once the records' states are confirmed. This test fails when the committed pages and the data set
 * differ; {@code -Dcdd.demo.write=true} rewrites them (then {@code xar:format} in xwiki-cdd-demo). The members' private
 * data are left out: they are sealed with each wiki's own key, which no package can carry.
 *
 * @version $Id$
 */
class DemoCouncilTest extends AbstractPageTest
{
    private static final Path DEMO = Path.of("../xwiki-cdd-demo/src/main/resources");

    private static final Path APPLICATION = Path.of("../xwiki-cdd-ui/src/main/resources");

    private static final String SETUP = "CDD.Demo.WebHome";

    private List<XarPage> demoPages()
    {
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        FictionalYear.pages(applicationPages(), Scenario.DEFAULT_TODAY).forEach(this.scenario::addPage);
        List<XarPage> pages = new ArrayList<>(this.scenario.getTestPages().stream()
            .filter(page -> !MemberPrivateClass.isPrivatePage(page.reference()))
            .filter(page -> applicationPages().page(page.reference(), page.locale()).isEmpty()).toList());
        Map<String, String> titles = new TreeMap<>();
        pages.forEach(page -> titles.put(page.reference(), page.title()));
        // The setup page: only administrators may change its script (a rule on the page, as the public pages have).
        pages.add(new XarPage("CDD/Demo/WebHome.xml", SETUP, "", "", "$services.localization.render('cdd.demo.title')",
            "xwiki/2.1", false, DemoCouncilWriter.setupContent(FictionalCouncil.SETTINGS,
                FictionalCouncil.privateValues(), titles), 1, 1, null, List.of(new PageObject("XWiki.XWikiRights", 0,
                    applicationPages().inlineClass("XWiki.XWikiRights").orElseThrow(), Map.of("allow", "1", "groups",
                        "XWiki.XWikiAdminGroup", "levels", "edit", "users", ""))), null));
        pages.sort(Comparator.comparing(DemoCouncilWriter::path));
        return pages;
    }

    @Test
    void theDemoIsTheFictionalCouncil() throws Exception
    {
        List<XarPage> pages = demoPages();
        if (Boolean.getBoolean("cdd.demo.write")) {
            write(pages);
        }
        Map<String, XarPage> committed = new TreeMap<>();
        for (XarPage page : XarReader.readFolder(DEMO)) {
            committed.put(page.reference() + '/' + page.locale(), page);
        }
        assertEquals(pages.stream().map(p -> p.reference() + '/' + p.locale()).sorted().toList(),
            List.copyOf(committed.keySet()), "the demo's pages are the fictional council's: run this test with "
                + "-Dcdd.demo.write=true to rewrite them");
        for (XarPage page : pages) {
            XarPage file = committed.get(page.reference() + '/' + page.locale());
            assertEquals(page.title(), file.title(), page.reference());
            assertEquals(page.content(), file.content(), page.reference());
            assertEquals(objects(page), objects(file), page.reference());
        }
        // A year of a council: members, groups, referrals, texts, meetings, and the states of their records.
        for (String space : List.of("CDD.Members.", "CDD.Groups.", "CDD.Saisines.", "CDD.Contributions.",
            "CDD.Meetings.", "CDD.States.")) {
            assertTrue(pages.stream().filter(p -> p.reference().startsWith(space)).count() >= 3, space);
        }
    }

    // The values as the wiki reads them: the file's text and the data set's give the same typed values.
    private static Map<String, String> objects(XarPage page)
    {
        Map<String, String> values = new TreeMap<>();
        for (PageObject object : page.objects()) {
            object.values().forEach((name, raw) -> {
                Object typed = object.classDefinition() == null ? raw : org.xwiki.contrib.cdd.test.standin
                    .StandInValues.typed(object.classDefinition().properties().get(name), raw);
                String text = typed == null ? "" : org.xwiki.contrib.cdd.test.standin.StandInValues.stored(typed);
                if (!text.isEmpty()) {
                    values.put(object.className() + '/' + object.number() + '/' + name, text);
                }
            });
        }
        return values;
    }

    private static void write(List<XarPage> pages) throws IOException
    {
        Path space = DEMO.resolve("CDD");
        if (Files.exists(space)) {
            try (Stream<Path> old = Files.walk(space)) {
                for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        DemoCouncilWriter writer = new DemoCouncilWriter(APPLICATION);
        for (XarPage page : pages) {
            Path file = DEMO.resolve(DemoCouncilWriter.path(page));
            Files.createDirectories(file.getParent());
            Files.writeString(file, writer.xml(page), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDemoPagesPassThePageChecks() throws Exception
    {
        List<XarPage> all = new ArrayList<>(applicationPages().pages());
        List<XarPage> demo = XarReader.readXar(Path.of(System.getProperty("cdd.demoXar")));
        all.addAll(demo);
        PageSet withDemo = new PageSet(all, applicationPages().jarBundles());
        List<String> demoFiles = demo.stream().map(XarPage::path).toList();
        List<PageCheck> checks = List.of(new SyntaxCheck(), MacroCheck.standard(), new SecurityCheck(),
            new ClassDefinitionCheck(), new WikiStructureCheck(this.componentManager.getInstance(Parser.class,
                "xwiki/2.1")));
        List<Problem> problems = new ArrayList<>();
        for (PageCheck check : checks) {
            problems.addAll(check.checkAll(withDemo));
        }
        assertEquals("", problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        assertEquals(demoPages().size(), demo.size(), "the built XAR holds every page: " + demoFiles.size());
    }

    @Test
    void anAnimatorPreparesTheDemoAndTheCompositionShowsItsFigures() throws Exception
    {
        // The demo as a wiki holds it once imported: its pages, the shipped settings, no private data.
        for (XarPage page : XarReader.readXar(Path.of(System.getProperty("cdd.demoXar")))) {
            this.scenario.addPage(page);
        }
        this.scenario.setLocale(java.util.Locale.FRENCH);
        this.scenario.setUser("XWiki.Animatrice");
        this.scenario.setGroups(org.xwiki.contrib.cdd.workflow.CouncilRole.ANIMATORS_GROUP);
        org.jsoup.nodes.Document setup = this.renderer.render(this.scenario.storedPage(SETUP).orElseThrow());
        assertTranslated(setup);

        // 1. The fictional council's settings, through XWiki's save action.
        org.jsoup.nodes.Element settings = setup.selectFirst("form.cdd-demo-settings");
        Map<String, List<String>> sent = org.xwiki.contrib.cdd.test.BrowserForm.of(org.jsoup.Jsoup.parseBodyFragment(
            settings.outerHtml())).submit();
        org.xwiki.contrib.cdd.test.standin.StandInSaveAction.Result saved =
            new org.xwiki.contrib.cdd.test.standin.StandInSaveAction(this.scenario).save("CDD.Code.Configuration", sent);
        assertEquals(org.xwiki.contrib.cdd.test.standin.StandInSaveAction.Outcome.SAVED, saved.outcome());
        assertEquals(FictionalCouncil.SETTINGS.get("colleges"), saved.page().firstObject(
            "CDD.Code.ConfigurationClass").orElseThrow().values().get("colleges"));

        // 2. Each member's fictional private data, through the private data service (which checks and seals them).
        List<org.jsoup.nodes.Element> forms = setup.select("form.cdd-demo-private");
        assertEquals(FictionalCouncil.privateValues().size(), forms.size());
        for (org.jsoup.nodes.Element form : forms) {
            List<String> parameters = new ArrayList<>();
            org.xwiki.contrib.cdd.test.BrowserForm.of(org.jsoup.Jsoup.parseBodyFragment(form.outerHtml())).submit()
                .forEach((name, values) -> {
                    if (!"form_token".equals(name)) {
                        parameters.add(name);
                        parameters.add(values.get(0));
                    }
                });
            org.jsoup.nodes.Document answer = submit("CDD.Code.MemberPrivateService",
                parameters.toArray(new String[0]));
            assertTrue(answer.select(".errormessage").isEmpty(), answer.text());
        }

        // The composition now shows the fictional council's figures: 3 women, 2 men, 1 undisclosed; every college.
        org.jsoup.nodes.Document composition = this.renderer.render(page("CDD.Members.Composition"));
        String text = composition.text();
        assertTrue(text.contains("Membres en mandat : 6") || text.contains("Membres en mandat\u00a0: 6"), text);
        assertTrue(text.contains("Femmes 3 Hommes 2 Autre 0 Non renseigné 1"), text);
        assertTrue(text.contains("Chaque collège compte au moins un membre."), text);

        // A member sees no form.
        this.scenario.setGroups(org.xwiki.contrib.cdd.workflow.CouncilRole.MEMBERS_GROUP);
        assertTrue(this.renderer.render(this.scenario.storedPage(SETUP).orElseThrow()).select("form").isEmpty());
    }
}
