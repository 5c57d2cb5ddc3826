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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.page.XarReader;
import org.xwiki.contrib.cdd.test.script.ScriptApi;
import org.xwiki.rendering.parser.Parser;
import org.xwiki.velocity.VelocityManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds each page check a deliberately broken page (a fixture built here, never shipped) and proves the check reports
 * it with the right file line: removing or weakening a check makes its test here fail.
 *
 * @version $Id$
 */
class PageChecksFixturesTest extends AbstractPageTest
{
    /** The line of the page file where a fixture's content starts (see {@link #page}). */
    private static final int CONTENT_LINE = 12;

    /**
     * @return a page file with that content; its content starts at line {@value #CONTENT_LINE}
     */
    private static XarPage page(String reference, String syntax, String title, String content, String extra)
    {
        String xml = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n"
            + "<xwikidoc version=\"1.5\" reference=\"" + reference + "\" locale=\"\">\n"
            + "  <web>CDD.Code</web>\n"
            + "  <name>Fixture</name>\n"
            + "  <language/>\n"
            + "  <defaultLanguage/>\n"
            + "  <translation>0</translation>\n"
            + "  <title>" + escape(title) + "</title>\n"
            + "  <comment/>\n"
            + "  <syntaxId>" + syntax + "</syntaxId>\n"
            + "  <hidden>true</hidden>\n"
            + "  <content>" + escape(content) + "</content>\n"
            + extra
            + "</xwikidoc>\n";
        return XarReader.read(reference + ".xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static XarPage wikiPage(String content)
    {
        return page("CDD.Code.Fixture", "xwiki/2.1", "Fixture", content, "");
    }

    private static String escape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Problem> run(PageCheck check, XarPage... pages)
    {
        List<XarPage> all = new ArrayList<>(List.of(pages));
        all.addAll(applicationPages().pages());
        PageSet set = new PageSet(all, applicationPages().jarBundles());
        return check.check(pages[0], set);
    }

    private static void assertProblem(List<Problem> problems, int line, String fragment)
    {
        String all = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(fragment)),
            "expected a problem at line " + line + " containing '" + fragment + "', got:\n" + all);
    }

    @Test
    void syntaxCheckRejectsBrokenXmlAndWrongSyntax()
    {
        XarPage broken = XarReader.read("Broken.xml",
            "<?xml version=\"1.1\"?>\n<xwikidoc>\n<content>oops</xwikidoc>\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(run(new SyntaxCheck(), broken), 3, "not well-formed XML");

        XarPage oldSyntax = page("CDD.Code.Fixture", "xwiki/2.0", "Fixture", "text", "");
        assertProblem(run(new SyntaxCheck(), oldSyntax), CONTENT_LINE, "must be 'xwiki/2.1'");

        XarPage wikiTranslations = page("CDD.Code.Translations", "xwiki/2.1", "T", "a=b", "");
        XarPage frenchAsWiki = XarReader.read("T.fr.xml", ("<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n"
            + "<xwikidoc version=\"1.5\" reference=\"CDD.Code.Translations\" locale=\"fr\">\n<title>T</title>\n"
            + "<syntaxId>plain/1.0</syntaxId>\n<content>a=b</content>\n</xwikidoc>\n")
            .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), run(new SyntaxCheck(), frenchAsWiki));
        assertEquals(List.of(), run(new SyntaxCheck(), wikiTranslations), "no translation object: a wiki page");
    }

    @Test
    void structureCheckFindsUnclosedMacrosAndLeftoverMarkup() throws Exception
    {
        WikiStructureCheck check = new WikiStructureCheck(this.componentManager.getInstance(Parser.class,
            "xwiki/2.1"));

        assertProblem(run(check, wikiPage("intro\n{{velocity}}\n$doc.fullName\n")), CONTENT_LINE + 1,
            "{{velocity}} is never closed");
        assertProblem(run(check, wikiPage("{{velocity}}\n{{html}}\n{{/velocity}}\n{{/html}}")), CONTENT_LINE + 2,
            "{{/velocity}} found while {{html}}");
        assertProblem(run(check, wikiPage("text\nbroken {{info\n")), CONTENT_LINE + 1, "leftover '{{'");
        assertProblem(run(check, wikiPage("text\n\nbroken [[link\n")), CONTENT_LINE + 2, "leftover '[['");
        assertEquals(List.of(), run(check, wikiPage("{{info}}ok [[x>>doc:A.B]]{{/info}}\n{{{ {{velocity}} }}}")));
    }

    @Test
    void macroCheckRejectsUnknownMacrosEvenInsideVelocity()
    {
        List<Problem> problems = run(MacroCheck.standard(),
            wikiPage("{{velocity}}\n#if (true)\n{{mystery/}}\n#end\n{{/velocity}}"));

        assertProblem(problems, CONTENT_LINE + 2, "macro 'mystery'");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void velocityCheckReportsTheFileLineOfASyntaxError() throws Exception
    {
        VelocityCompileCheck check = new VelocityCompileCheck(
            this.componentManager.getInstance(VelocityManager.class));

        // The unclosed "#if ($a" is only detected on the next line, where Velocity meets "ok".
        assertProblem(run(check, wikiPage("title\n{{velocity}}\n#set ($a = 1)\n#if ($a\nok\n#end\n{{/velocity}}")),
            CONTENT_LINE + 4, "(Velocity line 4, column 1)");
        XarPage badTitle = page("CDD.Code.Fixture", "xwiki/2.1", "#if (", "", "");
        assertProblem(run(check, badTitle), 8, "Velocity in the title does not compile");
    }

    @Test
    void translationCheckFindsMissingAndOneSidedKeys()
    {
        List<Problem> problems = run(TranslationCheck.standard(),
            wikiPage("{{velocity}}\n$services.localization.render('cdd.fixture.missing')\n{{/velocity}}"));
        assertProblem(problems, CONTENT_LINE + 1, "missing from the English and French bundle");

        XarPage english = page("CDD.Code.Translations", "plain/1.0", "T",
            "cdd.fixture.only=English only\ncdd.fixture.quote=It's {0}", "  <object>\n    <name>x</name>\n"
                + "    <number>0</number>\n    <className>XWiki.TranslationDocumentClass</className>\n"
                + "    <property>\n      <scope>WIKI</scope>\n    </property>\n  </object>\n");
        List<Problem> bundleProblems = new TranslationCheck(Set.of()).check(english,
            new PageSet(List.of(english)));
        assertProblem(bundleProblems, CONTENT_LINE, "'cdd.fixture.only' has no French value");
        assertProblem(bundleProblems, CONTENT_LINE + 1, "write each apostrophe as ''");
    }

    @Test
    void translationCheckRequiresClassAndListValueNames()
    {
        String xclass = "  <class>\n    <name>CDD.Code.FixtureClass</name>\n    <status>\n      <name>status</name>\n"
            + "      <values>draft=Draft|published</values>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.StaticListClass</classType>\n    </status>\n"
            + "  </class>\n";
        XarPage classPage = page("CDD.Code.FixtureClass", "xwiki/2.1", "Fixture class", "", xclass);

        List<Problem> problems = run(TranslationCheck.standard(), classPage);

        assertProblem(problems, CONTENT_LINE, "'CDD.Code.FixtureClass_status'");
        assertProblem(problems, CONTENT_LINE, "'CDD.Code.FixtureClass_status_draft'");
        assertProblem(problems, CONTENT_LINE, "'CDD.Code.FixtureClass_status_published'");
    }

    @Test
    void classCheckComparesAnEntityClassWithItsJavaDefinition()
    {
        String xclass = "  <class>\n    <name>CDD.Code.ActionItemClass</name>\n"
            + "    <description>\n      <name>description</name>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.TextAreaClass</classType>\n    </description>\n"
            + "    <owner>\n      <name>owner</name>\n      <multiSelect>1</multiSelect>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.UsersClass</classType>\n    </owner>\n"
            + "    <dueDate>\n      <name>dueDate</name>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.StringClass</classType>\n    </dueDate>\n"
            + "    <status>\n      <name>status</name>\n      <values>todo|done|doing</values>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.StaticListClass</classType>\n    </status>\n"
            + "    <colour>\n      <name>colour</name>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.StringClass</classType>\n    </colour>\n"
            + "  </class>\n";
        XarPage classPage = page("CDD.Code.ActionItemClass", "xwiki/2.1", "Action item", "", xclass);

        List<Problem> problems = run(new ClassDefinitionCheck(), classPage);

        assertProblem(problems, CONTENT_LINE, "'owner' of CDD.Code.ActionItemClass must have multiSelect=0");
        assertProblem(problems, CONTENT_LINE, "'dueDate' of CDD.Code.ActionItemClass is a StringClass but must be a "
            + "DateClass");
        assertProblem(problems, CONTENT_LINE, "'status' of CDD.Code.ActionItemClass has the values [todo, done, "
            + "doing] but the Java definition has [todo, doing, done]");
        assertProblem(problems, CONTENT_LINE, "'doneDate' of CDD.Code.ActionItemClass is in the Java definition");
        assertProblem(problems, CONTENT_LINE, "'colour' of CDD.Code.ActionItemClass is in the class but not");
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void sheetCheckFindsAPropertyTheClassLacks()
    {
        String xclass = "  <class>\n    <name>CDD.Code.FixtureClass</name>\n    <title>\n      <name>title</name>\n"
            + "      <classType>com.xpn.xwiki.objects.classes.StringClass</classType>\n    </title>\n  </class>\n";
        XarPage classPage = page("CDD.Code.FixtureClass", "xwiki/2.1", "Fixture class", "", xclass);
        XarPage sheet = page("CDD.Code.FixtureSheet", "xwiki/2.1", "Sheet",
            "{{velocity}}\n$doc.use('CDD.Code.FixtureClass')\n$doc.display('title')\n$doc.display('titel')\n"
                + "{{/velocity}}", "");

        List<Problem> problems = run(new SheetPropertyCheck(), sheet, classPage);

        assertProblem(problems, CONTENT_LINE + 3, "property 'titel'");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void securityCheckFindsScriptsUnprotectedWritesAndRawRequestValues()
    {
        assertProblem(run(new SecurityCheck(), wikiPage("text\n{{groovy}}println 1{{/groovy}}")),
            CONTENT_LINE + 1, "{{groovy}} macro is forbidden");
        assertProblem(run(new SecurityCheck(), wikiPage("{{velocity}}\n$doc.save('x')\n{{/velocity}}")),
            CONTENT_LINE + 1, "without a CSRF token check");
        assertProblem(run(new SecurityCheck(), wikiPage("{{velocity}}\n$doc.saveAsAuthor('x')\n{{/velocity}}")),
            CONTENT_LINE + 1, "without a CSRF token check");
        assertEquals(List.of(), run(new SecurityCheck(), wikiPage("{{velocity}}\n#if ($request.method == 'POST' "
            + "&& $services.csrf.isTokenValid($request.form_token) && $services.security.authorization.hasAccess("
            + "'edit', $doc.documentReference))\n$doc.save('x')\n#end\n{{/velocity}}")));
        assertProblem(run(new SecurityCheck(), wikiPage("{{velocity}}\nHello $request.name\n{{/velocity}}")),
            CONTENT_LINE + 1, "'$request.name' is output without escaping");
        assertProblem(run(new SecurityCheck(), wikiPage("{{velocity}}\n#set ($name = $request.name)\n"
            + "#if ($name)\nHello $name\n#end\n{{/velocity}}")), CONTENT_LINE + 3, "'$name' comes from the request");
        assertEquals(List.of(), run(new SecurityCheck(), wikiPage("{{velocity}}\n#set ($name = $request.name)\n"
            + "Hello $escapetool.xml($name) and $escapetool.xml($request.other)\n{{/velocity}}")));
        assertProblem(run(new SecurityCheck(), wikiPage("{{velocity}}\n\n* [[$services.rendering.escape($t, "
            + "'xwiki/2.1')>>doc:A.B]]\n{{/velocity}}")), CONTENT_LINE + 2, "link label");
    }

    @Test
    void securityCheckFindsAnHtmlEscapedValueParsedAsWikiSyntax()
    {
        List<Problem> problems = run(new SecurityCheck(), wikiPage("{{velocity}}\n{{html wiki=\"true\"}}\n"
            + "<a href=\"$escapetool.xml($xwiki.getURL($page))\">$escapetool.xml($services.localization.render('k'))"
            + "</a>\n<input value=\"$escapetool.xml($member)\"/>\n{{/html}}\n{{html}}\n"
            + "<input value=\"$escapetool.xml($member)\"/>\n{{/html}}\n{{/velocity}}"));

        assertProblem(problems, CONTENT_LINE + 3, "$escapetool.xml($member) inside {{html wiki=\"true\"}}");
        assertEquals(1, problems.size(), "URLs, translations and plain {{html}} blocks are fine: " + problems);
    }

    @Test
    void securityCheckWantsAScriptPageOutsideTheCodeSpaceEditableByAdministratorsOnly()
    {
        String rights = "<object><name>CDD.Fixture</name><number>0</number><className>XWiki.XWikiRights</className>"
            + "<property><allow>1</allow></property><property><groups>%s</groups></property>"
            + "<property><levels>edit</levels></property><property><users/></property></object>\n";
        String script = "{{velocity}}\n$doc.title\n{{/velocity}}";

        assertProblem(run(new SecurityCheck(), page("CDD.Fixture", "xwiki/2.1", "F", script, "")), CONTENT_LINE,
            "the council's groups may edit it");
        assertProblem(run(new SecurityCheck(), page("CDD.Fixture", "xwiki/2.1", "F", script,
            String.format(rights, "XWiki.XWikiAdminGroup,CDD.Code.MembersGroup"))), CONTENT_LINE,
            "the council's groups may edit it");
        assertEquals(List.of(), run(new SecurityCheck(), page("CDD.Fixture", "xwiki/2.1", "F", script,
            String.format(rights, "XWiki.XWikiAdminGroup"))));
        assertEquals(List.of(), run(new SecurityCheck(), page("CDD.Fixture", "xwiki/2.1", "F", "No script.", "")));
    }

    @Test
    void liveDataCheckFindsAColumnWithoutItsHeader()
    {
        List<Problem> problems = run(new LiveDataCheck(), wikiPage("Intro\n{{liveData id=\"x\" properties=\"doc.title,"
            + "kind,noSuchColumn\" source=\"liveTable\" sourceParameters=\"className=CDD.Code.SaisineClass&amp;"
            + "translationPrefix=CDD.Code.SaisineClass_\"/}}"));

        assertProblem(problems, CONTENT_LINE + 1, "the Live Data column noSuchColumn has no English header");
        assertProblem(problems, CONTENT_LINE + 1, "the Live Data column noSuchColumn has no French header");
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void performanceCheckFindsADocumentLoadInAQueryLoop()
    {
        List<Problem> problems = run(new PerformanceCheck(), wikiPage("{{velocity}}\n"
            + "#set ($rows = $services.query.xwql('from doc.object(CDD.Code.GroupClass) as g').execute())\n"
            + "#foreach ($row in $rows)\n#if ($row)\n$xwiki.getDocument($row).title\n#end\n#end\n"
            + "$xwiki.getDocument('CDD.WebHome').title\n{{/velocity}}"));

        assertProblem(problems, CONTENT_LINE + 4, "getDocument( inside the #foreach");
        assertEquals(1, problems.size(), "a load after the loop is fine: " + problems);
    }

    @Test
    void clockCheckRejectsEveryOtherSourceOfNow()
    {
        List<Problem> problems = run(new ClockCheck(), wikiPage("{{velocity}}\n#set ($d = $datetool.date)\n"
            + "$xwiki.currentDate\n$datetool.getDate()\n$!{datetool.year}\n$xwiki.getCurrentDate()\n"
            + "{{html}}<script>var t = new Date(1);</script>{{/html}}\n$util.date\n"
            + "$datetool.format('yyyy', $doc.date) $datetool.getYear($doc.date) $services.cdd.time.today\n"
            + "{{/velocity}}"));

        assertProblem(problems, CONTENT_LINE + 1, "$datetool.date reads another clock");
        assertProblem(problems, CONTENT_LINE + 2, "$xwiki.currentDate");
        assertProblem(problems, CONTENT_LINE + 3, "$datetool.getDate()");
        assertProblem(problems, CONTENT_LINE + 4, "$!{datetool.year");
        assertProblem(problems, CONTENT_LINE + 5, "$xwiki.getCurrentDate(");
        assertProblem(problems, CONTENT_LINE + 6, "new Date");
        assertProblem(problems, CONTENT_LINE + 7, "$util.date");
        assertEquals(7, problems.size(), "formatting a stored date and $services.cdd.time are allowed: " + problems);
    }

    @Test
    void aMissingScriptApiReferenceSaysWhichFileIsExpected()
    {
        IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> ScriptApi.load(java.nio.file.Path.of("no-such-folder", "xwiki-script-api.tsv")));

        assertTrue(missing.getMessage().contains("no-such-folder"), missing.getMessage());
        assertTrue(missing.getMessage().contains(ScriptApi.IN_REPOSITORY), missing.getMessage());
    }

    @Test
    void scriptApiCheckFindsCallsThePlatformLacks() throws Exception
    {
        ScriptApiCheck check = new ScriptApiCheck(ScriptApi.load(),
            this.componentManager.getInstance(VelocityManager.class));

        List<Problem> problems = run(check, wikiPage("{{velocity}}\n$doc.getFullName()\n$doc.fullName\n"
            + "$doc.getCouncil(1)\n$xcontext.request.getParameter('a')\n$services.localization.render()\n"
            + "$services.query.xwql('x').bindValue('a', 1).execute()\n$services.query.xwql('x').explode()\n"
            + "$services.cdd.version\n$services.cdd.getVersoin()\n$services.nope.x()\n"
            + "## $doc.inAComment()\n{{/velocity}}"));

        assertProblem(problems, CONTENT_LINE + 3, "no method getCouncil with 1 parameter(s)");
        assertProblem(problems, CONTENT_LINE + 5, "no method render with 0 parameter(s)");
        assertProblem(problems, CONTENT_LINE + 7, "no method explode");
        assertProblem(problems, CONTENT_LINE + 9, "no method getVersoin");
        assertProblem(problems, CONTENT_LINE + 10, "$services.nope is not a script service");
        assertEquals(5, problems.size(), problems.toString());
    }
}
