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
package org.xwiki.contrib.cdd.test.a11y;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.XarPages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML every council macro produces, in French and in English, has no violation of the WCAG 2.1 A and AA rules
 * that axe-core checks, in headless Chromium. Without Chromium, Node or the npm packages ({@code npm ci} in
 * {@code src/test/a11y}), the check is reported as skipped, never as passed.
 *
 * @version $Id$
 */
class MacroAccessibilityTest extends AbstractPageTest
{
    private static final String REPORT_COPY = "CDD.Public.Reports.2026";

    /** Every macro, every variant that changes the markup. */
    static final String ALL_MACROS = String.join("\n",
        "== Statuses ==",
        "The referral is {{cdd-status entity=\"saisine\" value=\"in_progress\"/}}; the minutes are "
            + "{{cdd-status entity=\"minutes\" value=\"validated\"/}}; others: "
            + "{{cdd-status entity=\"saisine\" value=\"received\"/}} {{cdd-status entity=\"saisine\" "
            + "value=\"declined\"/}} {{cdd-status entity=\"recommendation\" value=\"partly\"/}}.",
        "",
        "== Deadlines ==",
        "Reply {{cdd-deadline date=\"2031-01-15\"/}}, {{cdd-deadline date=\"2020-01-15\"/}}, "
            + "{{cdd-deadline date=\"2031-01-15\" businessDays=\"true\"/}}, {{cdd-deadline date=\"2020-01-15\" "
            + "done=\"true\"/}}.",
        "",
        "== Tutorial ==",
        "{{cdd-steps}}",
        "{{cdd-step title=\"Open the group page\" duration=\"2 min\"}}",
        "Click **Groups**, then your group.",
        "{{/cdd-step}}",
        "{{cdd-step title=\"Watch it\"}}",
        "* Click the eye.",
        "* Choose //this page//.",
        "{{/cdd-step}}",
        "{{/cdd-steps}}",
        "",
        "== Indicators ==",
        "{{cdd-indicator label=\"Answered on time\" value=\"42\" unit=\"%\" previous=\"35\" "
            + "definition=\"Share of the referrals answered by their due date\"/}}",
        "",
        "{{cdd-indicator label=\"Members\" value=\"1234.5\" previous=\"1300\"/}}",
        "",
        "== Charts ==",
        "{{cdd-chart type=\"bar\" title=\"Meetings by kind\" unit=\"meetings\"}}",
        "Group;12", "Plenary;3", "Bureau;4",
        "{{/cdd-chart}}",
        "",
        "{{cdd-chart type=\"stacked\" title=\"Attendance by college\"}}",
        ";Present;Excused;Absent", "Citizens;12;2;1", "Associations;8;3;2", "Economy;5;1;4", "Unions;3;1;1",
        "Education;4;0;2",
        "{{/cdd-chart}}",
        "",
        "{{cdd-chart type=\"pie\" title=\"Referrals by kind\"}}",
        "Mandatory;2", "Optional;1", "Self-referral;1",
        "{{/cdd-chart}}");

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    private Path writePage(Locale locale, Path folder) throws Exception
    {
        this.scenario.setLocale(locale);
        // A page a member wrote, read by a member (someone outside the council may not open it).
        this.scenario.setGroups("CDD.Code.MembersGroup");
        return write(this.renderer.render(XarPages.wikiPage("CDD.Test.AllMacros", ALL_MACROS)), locale, folder,
            "macros");
    }

    private Path write(Document body, Locale locale, Path folder, String name) throws Exception
    {
        String language = locale.getLanguage();
        // The application's own stylesheet, so that axe checks the contrast of the colours it gives.
        String css = page("CDD.Code.SkinExtension").firstObject("XWiki.StyleSheetExtension").orElseThrow().values()
            .get("code");
        String html = "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>"
            + "Council macros (" + language + ")</title><style>" + css + "</style></head><body><main>"
            + "<h1>Council macros</h1>"
            + body.body().html() + "</main></body></html>\n";
        Path file = folder.resolve(name + "-" + language + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean onPath(String command)
    {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    private static void skipUnless(boolean condition, String why)
    {
        if (!condition) {
            // Said on the console too: a skipped accessibility check must be seen, not mistaken for a pass.
            System.err.println("ACCESSIBILITY CHECK SKIPPED: " + why);
        }
        Assumptions.assumeTrue(condition, "Accessibility check skipped: " + why);
    }

    private static String runAxe(Path a11y, Path... files) throws Exception
    {
        return runNode(a11y, "axe-check.mjs", files);
    }

    /**
     * Skips before anything is rendered: without the browser tools, rendering the pages would only cost time.
     */
    @BeforeEach
    void browserToolsArePresent()
    {
        Path a11y = Path.of(System.getProperty("cdd.a11y"));
        skipUnless(Files.isExecutable(Path.of(CHROMIUM)), "no Chromium at " + CHROMIUM
            + " (Debian package chromium, see README)");
        skipUnless(onPath("node"), "no node on the PATH (see README)");
        skipUnless(Files.isDirectory(a11y.resolve("node_modules/axe-core")),
            "npm packages missing: run npm ci in " + a11y);
    }

    // What a check script printed, one key=value per line.
    private static java.util.Map<String, String> keyValues(String output)
    {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    private static String runNode(Path a11y, String script, Object... arguments) throws Exception
    {
        List<String> command = new ArrayList<>(List.of("node", script));
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        Process process = new ProcessBuilder(command).directory(a11y.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), script + " did not finish in 2 minutes");
        System.out.println(output);
        return process.exitValue() + "\n" + output;
    }

    @Test
    void axeCatchesAnInaccessiblePage() throws Exception
    {
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path broken = folder.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><head><title>Broken</title></head><body>"
            + "<img src=\"chart.png\"><p id=\"x\">a</p><p id=\"x\">b</p><input type=\"text\"></body></html>");

        String result = runAxe(Path.of(System.getProperty("cdd.a11y")), broken);

        assertTrue(result.startsWith("1\n"), "the check must fail on a page with known violations:\n" + result);
        assertTrue(result.contains("VIOLATION image-alt") && result.contains("VIOLATION html-has-lang")
            && result.contains("VIOLATION label"), result);
    }

    /**
     * The application's pages as an animator sees them: the dashboard, the toolbox catalogue, the tutorial home, a
     * starter method, and sheets in view and edit.
     */
    private List<Path> writeApplicationPages(Path folder) throws Exception
    {
        List<Path> files = new ArrayList<>();
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            this.scenario.setLocale(locale);
            this.scenario.setAction("view");
            files.add(write(this.renderer.render(page("CDD.WebHome")), locale, folder, "dashboard"));
            files.add(write(this.renderer.render(page("CDD.Toolbox.WebHome")), locale, folder, "toolbox"));
            files.add(write(this.renderer.render(page("CDD.Tutorials.WebHome")), locale, folder, "tutorials"));
            files.add(write(this.renderer.render(page("CDD.Resources.WebHome")), locale, folder, "resources"));
            files.add(write(this.renderer.render(page("CDD.Tools.WebHome")), locale, folder, "tools"));
            files.add(write(this.renderer.render(charter(), page("CDD.Code.CharterSheet")), locale, folder,
                "charter"));
            files.add(write(this.renderer.render(page("CDD.Tools.Needs"), page("CDD.Code.NeedSheet")), locale, folder,
                "needs"));
            // The composition over the fictional council, with census shares: tables and the age chart.
            org.xwiki.contrib.cdd.test.page.FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
            this.scenario.addPage(org.xwiki.contrib.cdd.test.page.SamplePages.withObject(applicationPages(),
                "CDD.Code.Configuration", "Configuration", "CDD.Code.ConfigurationClass", "colleges",
                "citizens\nassociations\neconomy\nunions", "communes", "Arles=ACCM\nTarascon=TPA", "ageClasses",
                "15-29=20\n30-44=20\n45-59=20\n60-74=20\n75+=20", "tolerancePoints", "5", "deliberativeBodies",
                "Comité syndical du PETR\nConseil communautaire ACCM"));
            files.add(write(this.renderer.render(page("CDD.Members.Composition")), locale, folder, "composition"));
            files.add(write(this.renderer.render(page("CDD.SelfEvaluation")), locale, folder, "selfevaluation"));
            files.add(write(this.renderer.render(report(), page("CDD.Code.ReportSheet")), locale, folder, "report"));
            files.add(write(this.renderer.render(page("CDD.Reports.WebHome")), locale, folder, "reports"));
            files.add(write(this.renderer.render(page("CDD.Newsletter")), locale, folder, "newsletter"));
            files.addAll(writePublicPages(folder, locale));
            files.addAll(writeAnonymisation(folder, locale));
            for (String action : List.of("view", "edit")) {
                this.scenario.setAction(action);
                files.add(write(this.renderer.render(page("CDD.Toolbox.WorldCafe"), page("CDD.Code.MethodSheet")),
                    locale, folder, "method-" + action));
                for (org.xwiki.contrib.cdd.test.page.XarPage data : org.xwiki.contrib.cdd.test.page.FictionalCouncil
                    .pages(applicationPages())) {
                    if (List.of("CDD.Saisines.PCAET", "CDD.Contributions.AvisPCAET", "CDD.Meetings.R2")
                        .contains(data.reference())) {
                        String className = data.objects().get(0).className();
                        org.xwiki.contrib.cdd.test.page.XarPage sheet = page(className.replace("Class", "Sheet"));
                        files.add(write(this.renderer.render(data, sheet), locale, folder,
                            data.name() + "-" + action));
                    }
                }
            }
        }
        return files;
    }

    /**
     * Issue 17: the list of former members to anonymise and the confirmation form, M3 having left four years ago.
     */
    private List<Path> writeAnonymisation(Path folder, Locale locale) throws Exception
    {
        String member = "CDD.Members.M3";
        org.xwiki.contrib.cdd.test.page.XarPage before = this.scenario.storedPage(member).orElseThrow();
        this.scenario.addPage(org.xwiki.contrib.cdd.test.page.FictionalCouncil.formerMember(applicationPages(), "M3",
            "economy", org.xwiki.contrib.cdd.test.standin.Scenario.DEFAULT_TODAY.minusYears(4)));
        List<Path> files = new ArrayList<>();
        files.add(write(this.renderer.render(page("CDD.Code.MemberAnonymisation")), locale, folder, "anonymisation"));
        this.scenario.getParameters().put("member", member);
        files.add(write(this.renderer.render(page("CDD.Code.MemberAnonymisation")), locale, folder,
            "anonymisation-confirm"));
        this.scenario.getParameters().clear();
        this.scenario.addPage(before);
        return files;
    }

    /**
     * Issue 15: the public space as a guest reads it, once an animator published AvisSCoT of the fictional year (its
     * second recommendation's follow-up made public), an article of the charter adopted and the 2026 report published:
     * the library, the text, the follow-up, the home page, the open data, the charter, the reports and a report.
     */
    private List<Path> writePublicPages(Path folder, Locale locale) throws Exception
    {
        String record = "CDD.Contributions.AvisSCoT";
        if (this.scenario.storedPage("CDD.Public.Opinions.AvisSCoT").isEmpty()) {
            org.xwiki.contrib.cdd.test.page.FictionalYear.pages(applicationPages(), this.scenario.getToday())
                .forEach(this.scenario::addPage);
            this.scenario.setMethod("POST");
            this.scenario.getParameters().putAll(java.util.Map.of("form_token", this.scenario.getToken(),
                "workflow", "contribution", "target", record, "to", "published"));
            this.renderer.render(page("CDD.Code.WorkflowService"));
            this.scenario.setMethod("GET");
            this.scenario.getParameters().clear();
        }
        if (this.scenario.storedPage(REPORT_COPY).isEmpty()) {
            publishTheCharterAndTheReport();
        }
        String user = this.scenario.getUser();
        this.scenario.setUser(null);
        this.scenario.setGroups();
        List<Path> files = new ArrayList<>();
        try {
            files.add(write(this.renderer.render(page("CDD.Public.WebHome")), locale, folder, "public-library"));
            files.add(write(this.renderer.render(page("CDD.Public.FollowUp")), locale, folder, "public-followup"));
            files.add(write(this.renderer.render(this.scenario.storedPage("CDD.Public.Opinions.AvisSCoT")
                .orElseThrow(), page("CDD.Code.PublicationSheet")), locale, folder, "public-text"));
            files.add(write(this.renderer.render(page("CDD.WebHome")), locale, folder, "public-home"));
            files.add(write(this.renderer.render(page("CDD.Public.Data")), locale, folder, "public-data"));
            files.add(write(this.renderer.render(this.scenario.storedPage("CDD.Public.Charter").orElseThrow()), locale,
                folder, "public-charter"));
            files.add(write(this.renderer.render(page("CDD.Public.Reports.WebHome")), locale, folder,
                "public-reports"));
            files.add(write(this.renderer.render(this.scenario.storedPage(REPORT_COPY).orElseThrow(),
                page("CDD.Code.PublicReportSheet")), locale, folder, "public-report"));
            files.add(write(this.renderer.render(page("CDD.Public.Accessibility"),
                page("CDD.Code.AccessibilityStatementSheet")), locale, folder, "public-accessibility"));
            files.add(write(this.renderer.render(page("CDD.Public.Privacy")), locale, folder, "public-privacy"));
        } finally {
            this.scenario.setUser(user);
            this.scenario.setGroups("CDD.Code.AnimatorsGroup");
        }
        return files;
    }

    /** An animator adopts an article of the charter, then prepares, validates, debates and publishes the 2026 report. */
    private void publishTheCharterAndTheReport() throws Exception
    {
        this.scenario.addPage(org.xwiki.contrib.cdd.test.page.SamplePages.withObjects("CDD.Charter.WebHome", "Charte",
            List.of(org.xwiki.contrib.cdd.test.page.SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 0,
                "number", "1", "title", "Objet", "text", "Le conseil **éclaire** les élus.", "status", "proposed"))));
        String service = "CDD.Code.WorkflowService";
        moved(submit(service, "workflow", "article", "target", "CDD.Charter.WebHome", "to", "adopted", "object", "0"));
        String report = "CDD.Reports.2026";
        submit("CDD.Code.ReportService", "action", "prepare", "year", "2026");
        moved(submit(service, "workflow", "report", "target", report, "to", "validated"));
        moved(submit("CDD.Code.ReportService", "action", "debates", "report", report, "debate_0", "2026-11-20",
            "debate_1", "2026-11-21"));
        moved(submit(service, "workflow", "report", "target", report, "to", "debated"));
        moved(submit(service, "workflow", "report", "target", report, "to", "published"));
    }

    private static void moved(Document answer)
    {
        if (answer.selectFirst(".successmessage") == null) {
            throw new AssertionError(answer.text());
        }
    }

    // The fictional council's 2026 report, a draft: its figures computed from the records, the bureau's foreword.
    private org.xwiki.contrib.cdd.test.page.XarPage report()
    {
        return org.xwiki.contrib.cdd.test.page.SamplePages.withObject(applicationPages(), "CDD.Reports.2026",
            "Rapport d’activité 2026", org.xwiki.contrib.cdd.entity.ReportClass.REFERENCE, "year", "2026", "status",
            "draft", "foreword", "Une année **dense** pour le conseil.", "outlook", "Le SCoT en 2027.");
    }

    /**
     * Issue 14: the report prints as a document. Chromium prints it as XWiki's PDF export does (print media, A4): it
     * has several pages (each part on its own), and no button, form or link of the screen is left in it.
     */
    @Test
    void theReportPrintsOnSeveralA4PagesWithoutItsButtons() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");
        org.xwiki.contrib.cdd.test.page.FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        Document screen = this.renderer.render(report(), page("CDD.Code.ReportSheet"));
        assertTrue(screen.select("form.cdd-workflow-move button").size() > 0, "the animator's buttons are on screen");
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path file = write(screen, Locale.FRENCH, folder, "report-print");

        String output = runNode(Path.of(System.getProperty("cdd.a11y")), "print-check.mjs", file,
            folder.resolve("report-fr.pdf"));

        assertTrue(output.startsWith("0\n"), output);
        java.util.Map<String, String> run = keyValues(output);
        int pages = Integer.parseInt(run.get("pages"));
        assertTrue(pages >= 6, "foreword, council, referrals, meetings, self-evaluation, outlook and debates each "
            + "start a page: " + pages);
        assertEquals("", run.get("visibleControls"), "no button, form or export link in print");
        String printed = run.get("printedText");
        assertTrue(printed.contains("Saisines et autosaisines de 2026"), printed);
        assertFalse(printed.contains("Enregistrer la validation du bureau"), printed);
        assertFalse(printed.contains("Exporter le rapport en PDF"), printed);
    }

    // A charter with an article in force, its older wording and a proposal: headings, history, buttons.
    private org.xwiki.contrib.cdd.test.page.XarPage charter()
    {
        String article = org.xwiki.contrib.cdd.entity.ArticleClass.REFERENCE;
        return org.xwiki.contrib.cdd.test.page.SamplePages.withObjects("CDD.Charter.WebHome", "Charte", List.of(
            org.xwiki.contrib.cdd.test.page.SamplePages.object(applicationPages(), article, 0, "number", "1",
                "title", "Objet", "text", "Le conseil éclaire les élus.", "status", "adopted", "adoptedDate",
                "2019-03-12"),
            org.xwiki.contrib.cdd.test.page.SamplePages.object(applicationPages(), article, 1, "number", "1",
                "title", "Objet", "text", "Le conseil conseille.", "status", "adopted", "adoptedDate", "2023-06-20"),
            org.xwiki.contrib.cdd.test.page.SamplePages.object(applicationPages(), article, 2, "number", "2",
                "title", "Composition", "text", "Quatre collèges.", "status", "proposed")));
    }

    @Test
    void theApplicationPagesPassAxe() throws Exception
    {
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        List<Path> files = writeApplicationPages(folder);

        String result = runAxe(Path.of(System.getProperty("cdd.a11y")), files.toArray(new Path[0]));

        assertTrue(result.startsWith("0\n"), "axe-core found WCAG 2.1 A/AA violations:\n" + result);
    }

    @Test
    void everyMacroPassesAxeInFrenchAndEnglish() throws Exception
    {
        Path a11y = Path.of(System.getProperty("cdd.a11y"));
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path french = writePage(Locale.FRENCH, folder);
        Path english = writePage(Locale.ENGLISH, folder);
        assertTrue(Files.readString(french).contains("Tableau des données"), "the macros follow the page locale");

        String result = runAxe(a11y, french, english);

        assertTrue(result.startsWith("0\n"), "axe-core found WCAG 2.1 A/AA violations:\n" + result);
    }

    /**
     * A contribution shown as slides for a plenary, driven with the keyboard in Chromium: one slide per second-level
     * heading, the slide heading takes the focus, the position is announced, the rest of the page is inert, Escape
     * gives the focus back to the button; axe-core checks the open slideshow.
     */
    @Test
    void thePresentationModeWorksWithTheKeyboard() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.MembersGroup");
        org.xwiki.contrib.cdd.test.page.XarPage contribution = org.xwiki.contrib.cdd.test.page.FictionalCouncil
            .pages(applicationPages()).stream().filter(p -> "CDD.Contributions.AvisPCAET".equals(p.reference()))
            .findFirst().orElseThrow();
        Document body = this.renderer.render(contribution, page("CDD.Code.ContributionSheet"));
        assertTrue(this.scenario.getUsedSkinExtensions().containsAll(List.of("jsx:CDD.Code.Presentation",
            "ssx:CDD.Code.Presentation")), this.scenario.getUsedSkinExtensions().toString());
        String js = page("CDD.Code.Presentation").firstObject("XWiki.JavaScriptExtension").orElseThrow().values()
            .get("code");
        String css = page("CDD.Code.SkinExtension").firstObject("XWiki.StyleSheetExtension").orElseThrow().values()
            .get("code") + page("CDD.Code.Presentation").firstObject("XWiki.StyleSheetExtension").orElseThrow()
            .values().get("code");
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path file = folder.resolve("presentation-fr.html");
        Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Avis PCAET"
            + "</title><style>" + css + "</style></head><body><main><h1>Avis PCAET</h1><div id=\"xwikicontent\">"
            + body.body().html() + "</div></main><script>" + js + "</script></body></html>\n", StandardCharsets.UTF_8);

        String output = runNode(Path.of(System.getProperty("cdd.a11y")), "slideshow-check.mjs", file);

        assertTrue(output.startsWith("0\n"), output);
        java.util.Map<String, String> run = keyValues(output);
        int slides = body.select("h2").size();
        assertTrue(slides >= 2, "the contribution has sections: " + slides);
        assertEquals("true", run.get("buttonVisible"), output);
        assertEquals("Diapositive 1 sur " + slides, run.get("opened.position"), output);
        assertEquals("1", run.get("opened.visibleSlides"));
        assertTrue(run.get("opened.focus").startsWith("H2:"), "the slide heading has the focus: " + output);
        assertEquals("true", run.get("opened.restInert"), "the page behind is out of reach");
        assertEquals("Diapositive 2 sur " + slides, run.get("next.position"));
        assertEquals("Diapositive " + slides + " sur " + slides, run.get("last.position"));
        assertEquals("Diapositive " + (slides - 1) + " sur " + slides, run.get("previous.position"));
        assertEquals("false", run.get("closed.dialog"), "Escape leaves");
        assertEquals("BUTTON:Présenter en diaporama", run.get("closed.focus"), "focus back on the button");
        assertEquals("", run.get("axeViolations"), output);
        assertEquals("", run.get("errors"), output);
    }

    /**
     * Issue 15, item 6: an animator copies a draft post with the keyboard. Chromium tabs to the first copy button of a
     * published text and presses Enter: the page says the post is copied and the clipboard holds it, or (when the
     * browser refuses the clipboard) says so and selects the post for the person to copy.
     */
    @Test
    void theSocialPostsAreCopiedWithTheKeyboard() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");
        org.xwiki.contrib.cdd.test.page.XarPage copy = org.xwiki.contrib.cdd.test.page.FictionalCouncil
            .pages(applicationPages()).stream().filter(p -> "CDD.Public.Opinions.AvisMobilite".equals(p.reference()))
            .findFirst().orElseThrow();
        Document body = this.renderer.render(copy, page("CDD.Code.PublicationSheet"));
        assertTrue(this.scenario.getUsedSkinExtensions().contains("jsx:CDD.Code.CopyButton"),
            this.scenario.getUsedSkinExtensions().toString());
        String js = page("CDD.Code.CopyButton").firstObject("XWiki.JavaScriptExtension").orElseThrow().values()
            .get("code");
        String css = page("CDD.Code.SkinExtension").firstObject("XWiki.StyleSheetExtension").orElseThrow().values()
            .get("code");
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path file = folder.resolve("social-fr.html");
        Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>AvisMobilite"
            + "</title><style>" + css + "</style></head><body><main><h1>AvisMobilite</h1>" + body.body().html()
            + "</main><script>" + js + "</script></body></html>\n", StandardCharsets.UTF_8);

        String output = runNode(Path.of(System.getProperty("cdd.a11y")), "copy-check.mjs", file);

        assertTrue(output.startsWith("0\n"), output);
        java.util.Map<String, String> run = keyValues(output);
        assertEquals("true", run.get("reached"), output);
        assertEquals("cdd-social-mastodon", run.get("field"), "the first draft is Mastodon's");
        boolean copied = "true".equals(run.get("clipboardHoldsThePost"));
        assertEquals(copied ? "Le message est copié : collez-le dans le réseau."
            : "Le message n’a pas pu être copié : sélectionnez le texte et copiez-le vous-même.", run.get("status"),
            output);
        assertTrue(copied || "true".equals(run.get("postSelected")), output);
        assertEquals("", run.get("errors"), output);
    }

    /**
     * Issue 15, item 5: the newsletter as a mail client shows it. An animator sends the fictional council's November
     * 2026 newsletter; Chromium opens the HTML part the first member receives in a window 600 pixels wide: nothing
     * wider than the window, no request for anything outside the message, no script; the screenshot is kept in
     * {@code target/a11y/newsletter-600-fr.png}.
     */
    @Test
    void theNewsletterReadsAt600PixelsWithoutAnyExternalResource() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");
        org.xwiki.contrib.cdd.test.page.FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(java.util.Map.of("form_token", this.scenario.getToken(), "from",
            "2026-11-01", "to", "2026-11-30", "audience", "council", "newsletterLanguage", "fr"));
        this.renderer.render(page("CDD.Code.NewsletterSend"));
        String html = this.scenario.getSentMails().get(0).html();
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path file = folder.resolve("newsletter-fr.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        String output = runNode(Path.of(System.getProperty("cdd.a11y")), "mail-check.mjs", file,
            folder.resolve("newsletter-600-fr.png"));

        assertTrue(output.startsWith("0\n"), output);
        java.util.Map<String, String> run = keyValues(output);
        assertTrue(Integer.parseInt(run.get("scrollWidth")) <= 600, "no sideways scrolling: " + output);
        assertEquals("", run.get("requests"), "no external resource");
        assertEquals("0", run.get("scripts"));
        assertTrue(run.get("text").contains("Saisines reçues PAT Reçue le 20 novembre 2026"), output);
    }

    /** The keyboard walk fails where a keyboard user would be stuck: no focus indicator, no name, a trap. */
    @Test
    void theKeyboardWalkCatchesAnInaccessibleForm() throws Exception
    {
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        Path broken = folder.resolve("keyboard-broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"fr\"><head><title>Broken</title></head><body><form>"
            + "<input id=\"nameless\" style=\"outline:none\"><textarea id=\"trap\" aria-label=\"Piège\" "
            + "onkeydown=\"if (event.key === 'Tab') { event.preventDefault(); }\"></textarea>"
            + "<button type=\"submit\" name=\"to\" value=\"adopted\">Adopter</button></form></body></html>");

        java.util.Map<String, String> walk = keyValues(runNode(Path.of(System.getProperty("cdd.a11y")),
            "keyboard-walk.mjs", broken, "Adopter"));

        assertEquals("input:nameless", walk.get("invisible"));
        assertEquals("input:nameless", walk.get("unnamed"));
        assertEquals("true", walk.get("trapped"));
        assertEquals("button#to", walk.get("missed"), "the button after the trap is never reached");
        assertEquals("adopted", walk.get("submitted"));
    }

    /**
     * Issue 17, item 1: the three main tasks with the keyboard only, in headless Chromium ({@code keyboard-walk.mjs}):
     * register a referral (its form, then "Accepter" on the received referral), write and adopt a contribution (its
     * form, then "Enregistrer l'adoption" on a text in review), record a meeting (its form with the minutes and the
     * actions, then "Valider le compte-rendu"). On every page, Tab reaches every control a mouse reaches, in the page's
     * order, each with a visible focus indicator and a name, without a trap; on the record's page, Enter on the task's
     * button submits its form with the move. The numbers are in docs/accessibility.md.
     */
    @Test
    void theMainTasksCanBeDoneWithTheKeyboardOnly() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");
        List<org.xwiki.contrib.cdd.test.page.XarPage> council = org.xwiki.contrib.cdd.test.page.FictionalCouncil
            .pages(applicationPages());
        council.forEach(this.scenario::addPage);
        Path folder = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output")));
        java.util.Map<String, String[]> tasks = new java.util.LinkedHashMap<>();
        tasks.put("CDD.Saisines.PAT", new String[] {"Accepter", "accepted"});
        tasks.put("CDD.Contributions.NoteEau", new String[] {"Enregistrer l’adoption", "adopted"});
        tasks.put("CDD.Meetings.R2", new String[] {"Valider le compte-rendu", "validated"});
        StringBuilder report = new StringBuilder();
        for (java.util.Map.Entry<String, String[]> task : tasks.entrySet()) {
            org.xwiki.contrib.cdd.test.page.XarPage data = council.stream()
                .filter(p -> p.reference().equals(task.getKey())).findFirst().orElseThrow();
            org.xwiki.contrib.cdd.test.page.XarPage sheet = page(data.objects().get(0).className()
                .replace("Class", "Sheet"));
            for (String action : List.of("edit", "view")) {
                this.scenario.setAction(action);
                Path file = write(this.renderer.render(data, sheet), Locale.FRENCH, folder,
                    "keyboard-" + data.name() + "-" + action);
                String output = runNode(Path.of(System.getProperty("cdd.a11y")), "keyboard-walk.mjs", file,
                    task.getValue()[0]);
                assertTrue(output.startsWith("0\n"), output);
                java.util.Map<String, String> walk = keyValues(output);
                String where = data.name() + " (" + action + "): " + output;
                assertTrue(Integer.parseInt(walk.get("stops")) > 0, where);
                assertEquals("", walk.get("missed"), "every control reached with Tab: " + where);
                assertEquals("", walk.get("invisible"), "a visible focus: " + where);
                assertEquals("", walk.get("unnamed"), "a name for each: " + where);
                assertEquals("false", walk.get("trapped"), where);
                if ("view".equals(action)) {
                    assertEquals(task.getValue()[1], walk.get("submitted"), "Enter on the task's button: " + where);
                }
                report.append(data.name()).append(' ').append(action).append(": ").append(walk.get("stops"))
                    .append(" stops\n");
            }
        }
        this.scenario.setAction("view");
        System.out.println("Keyboard walk:\n" + report);
    }
}
