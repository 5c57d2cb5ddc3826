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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The screenshots of the guides ({@code docs/images/*.png} in French, {@code docs/images/en/*.png} in English): pages
 * of the fictional council and its year rendered by the page harness as an animator (a guest for the public pages),
 * framed with the application's stylesheet, shot by headless Chromium ({@code screenshot.mjs}). Not a test of the
 * suite (its name does not end with Test): run it on purpose, after a build, with
 * {@code ./mvnw -B test -pl xwiki-cdd-test -Dtest=DocScreenshots -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcdd.screenshots=$PWD/docs/images} (see docs/images/README.md). {@code DocsImagesTest} checks that the guides show
 * exactly {@link #NAMES}, with a text alternative.
 *
 * @version $Id$
 */
public class DocScreenshots extends AbstractPageTest
{
    /** The pictures, by file name (without {@code .png}). */
    public static final List<String> NAMES = List.of("home", "saisine-form", "saisine", "contribution", "meeting",
        "composition", "report", "toolbox", "member", "public-home", "accessibility", "anonymisation");

    private static final String ANIMATORS = "CDD.Code.AnimatorsGroup";

    // XWiki's skin is not rendered by the harness: a neutral frame stands in for it, under the application's styles.
    private static final String FRAME = "body{font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;"
        + "line-height:1.45;color:#333;margin:0;background:#fff}main{padding:16px 24px;max-width:976px}"
        + "h1{font-size:26px;font-weight:normal;margin:0 0 12px}table{border-collapse:collapse}"
        + "td,th{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left}a{color:#0b5ea8}"
        + "input,select,textarea{font:inherit}";

    private void council()
    {
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        FictionalYear.pages(applicationPages(), Scenario.DEFAULT_TODAY).forEach(this.scenario::addPage);
        // The shipped settings, with what a council fills in: its bodies, colleges, communes and census shares.
        Map<String, String> settings = new LinkedHashMap<>(page("CDD.Code.Configuration")
            .firstObject("CDD.Code.ConfigurationClass").orElseThrow().values());
        settings.putAll(FictionalCouncil.SETTINGS);
        List<String> values = new ArrayList<>();
        settings.forEach((name, value) -> values.addAll(List.of(name, value)));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", values.toArray(new String[0])));
    }

    // One member left four years ago, for the list of former members to anonymise: only for that picture, so that
    // the others show the data set as it is.
    private Document formerMember() throws Exception
    {
        XarPage member = data("CDD.Members.M3");
        this.scenario.addPage(FictionalCouncil.formerMember(applicationPages(), "M3", "economy",
            Scenario.DEFAULT_TODAY.minusYears(4)));
        Document list = this.renderer.render(page("CDD.Code.MemberAnonymisation"));
        this.scenario.addPage(member);
        return list;
    }

    private XarPage data(String reference)
    {
        return this.scenario.storedPage(reference).orElseThrow();
    }

    private Document shot(String name) throws Exception
    {
        this.scenario.setUser(Scenario.DEFAULT_USER);
        this.scenario.setGroups(ANIMATORS);
        this.scenario.setAction("view");
        switch (name) {
            case "home":
                return this.renderer.render(page("CDD.WebHome"));
            case "saisine-form":
                this.scenario.setAction("edit");
                return this.renderer.render(data("CDD.Saisines.PAT"), page("CDD.Code.SaisineSheet"));
            case "saisine":
                return this.renderer.render(data("CDD.Saisines.PCAET"), page("CDD.Code.SaisineSheet"));
            case "contribution":
                return this.renderer.render(data("CDD.Contributions.NoteEau"), page("CDD.Code.ContributionSheet"));
            case "meeting":
                return this.renderer.render(data("CDD.Meetings.R1"), page("CDD.Code.MeetingSheet"));
            case "composition":
                return this.renderer.render(page("CDD.Members.Composition"));
            case "report":
                return this.renderer.render(data("CDD.Reports." + (Scenario.DEFAULT_TODAY.getYear() - 1)),
                    page("CDD.Code.ReportSheet"));
            case "toolbox":
                return this.renderer.render(page("CDD.Toolbox.WebHome"));
            case "member":
                return this.renderer.render(data("CDD.Members.M1"), page("CDD.Code.MemberSheet"));
            case "anonymisation":
                return formerMember();
            default:
                // The public pages, as a guest reads them.
                this.scenario.setUser(null);
                this.scenario.setGroups();
                return "public-home".equals(name) ? this.renderer.render(page("CDD.Public.WebHome"))
                    : this.renderer.render(page("CDD.Public.Accessibility"),
                        page("CDD.Code.AccessibilityStatementSheet"));
        }
    }

    @Test
    void takeTheScreenshots() throws Exception
    {
        Path out = Path.of(System.getProperty("cdd.screenshots", "target/screenshots"));
        Path a11y = Path.of(System.getProperty("cdd.a11y"));
        Path html = Files.createDirectories(Path.of(System.getProperty("cdd.a11y.output"), "screenshots"));
        council();
        String css = page("CDD.Code.SkinExtension").firstObject("XWiki.StyleSheetExtension").orElseThrow().values()
            .get("code");
        Map<Path, Path> pictures = new LinkedHashMap<>();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            this.scenario.setLocale(locale);
            Path folder = Files.createDirectories(Locale.FRENCH.equals(locale) ? out : out.resolve("en"));
            for (String name : NAMES) {
                Document body = shot(name);
                Path file = html.resolve(name + '-' + locale.getLanguage() + ".html");
                Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + name + "</title><style>" + FRAME + "</style><style>" + css
                    + "</style></head><body><main>" + body.body().html() + "</main></body></html>\n",
                    StandardCharsets.UTF_8);
                pictures.put(file.toAbsolutePath(), folder.resolve(name + ".png").toAbsolutePath());
            }
        }
        List<String> command = new ArrayList<>(List.of("node", "screenshot.mjs"));
        pictures.forEach((file, png) -> command.add(file + "=" + png));
        Process process = new ProcessBuilder(command).directory(a11y.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(300, TimeUnit.SECONDS);
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
    }
}
