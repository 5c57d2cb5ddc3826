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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.publication.SmallCounts;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, the rest of items 1 and 4: the charter in force and the published activity reports reach guests as copies
 * the workflow service writes (never a proposal, never the council's report page), and the figures of the published
 * reports become the aggregate indicators' open dataset, with no count of 5 people or fewer.
 *
 * @version $Id$
 */
class PublicDocumentsTest extends AbstractPageTest
{
    private static final String CHARTER = "CDD.Charter.WebHome";

    private static final String PUBLIC_CHARTER = "CDD.Public.Charter";

    private static final String REPORT = "CDD.Reports.2026";

    private static final String REPORT_COPY = "CDD.Public.Reports.2026";

    private static final String HOSTILE = "{{velocity}}$xcontext.user{{/velocity}} <script>alert(1)</script>";

    @BeforeEach
    void theFictionalCouncil()
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    private void move(String workflow, String target, String to, String object)
    {
        try {
            Document answer = submit("CDD.Code.WorkflowService", "workflow", workflow, "target", target, "to", to,
                "object", object);
            assertNotNull(answer.selectFirst(".successmessage"), answer.text());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void beGuest()
    {
        this.scenario.setUser(null);
        this.scenario.setGroups();
    }

    private Document charterAsGuest() throws Exception
    {
        beGuest();
        Document html = this.renderer.render(this.scenario.storedPage(PUBLIC_CHARTER).orElseThrow());
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setUser("XWiki.Animatrice");
        return html;
    }

    @Test
    void theCharterInForceReachesGuestsOnlyThroughAnAdoption() throws Exception
    {
        this.scenario.addPage(SamplePages.withObjects(CHARTER, "Charte", List.of(
            SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 0, "number", "1", "title", "Objet",
                "text", "Le conseil éclaire les élus.", "status", "adopted", "adoptedDate", "2019-03-12"),
            SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 1, "number", "1", "title", "Objet",
                "text", "Le conseil **conseille** les élus. " + HOSTILE, "status", "proposed"),
            SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 2, "number", "2", "title", "Membres",
                "text", "Les membres siègent à titre bénévole.", "status", "proposed"))));

        Document before = charterAsGuest();
        assertEquals("Le conseil n’a encore adopté aucun article de sa charte.",
            before.select(".cdd-public-charter-none").text(), "nothing is public before a move writes the copy");

        // The new wording of article 1 is adopted: the copy holds it, and not the proposal of article 2.
        move("article", CHARTER, "adopted", "1");
        Document one = charterAsGuest();
        assertEquals(List.of("Article 1 — Objet"), one.select(".cdd-charter-article h2").eachText());
        String text = one.select(".cdd-charter-article").text();
        assertTrue(text.contains("Le conseil conseille les élus."), text);
        assertFalse(text.contains("éclaire"), "the older wording is history, not the charter in force");
        assertFalse(text.contains("bénévole"), "a proposal never reaches the public");
        assertTrue(one.select("script").isEmpty());
        assertFalse(one.html().contains("XWiki.Animatrice"), "the member's script never runs on the public page");
        assertEquals("2026-11-28", one.selectFirst(".cdd-charter-adopted time").attr("datetime"));

        move("article", CHARTER, "adopted", "2");
        assertEquals(List.of("Article 1 — Objet", "Article 2 — Membres"),
            charterAsGuest().select(".cdd-charter-article h2").eachText());
        move("article", CHARTER, "repealed", "2");
        assertEquals(List.of("Article 1 — Objet"), charterAsGuest().select(".cdd-charter-article h2").eachText());
        assertTrue(this.scenario.getSavedComments().contains("Statut : adopté → abrogé")
            || this.scenario.getSavedComments().size() >= 9, this.scenario.getSavedComments().toString());

        // Guests read the copy and nothing else of the charter; nobody but administrators edits the copy.
        beGuest();
        assertTrue(this.scenario.hasRight("view", PUBLIC_CHARTER));
        assertFalse(this.scenario.hasRight("view", CHARTER));
        assertFalse(this.scenario.hasRight("edit", PUBLIC_CHARTER));
        this.scenario.setLocale(Locale.ENGLISH);
        // (The member's script is refused by XWiki's restricted rendering, whose error box is in English anyway.)
        Document english = this.renderer.render(this.scenario.storedPage(PUBLIC_CHARTER).orElseThrow());
        assertEquals("Back to the publications — Download the charter as PDF",
            english.select(".cdd-public-charter p").get(0).text());
        assertEquals("The charter in force: each article in the wording the council adopted last.",
            english.select(".cdd-public-charter p").get(1).text());
    }

    private void publishTheReport() throws Exception
    {
        submit("CDD.Code.ReportService", "action", "prepare", "year", "2026");
        move("report", REPORT, "validated", "0");
        submit("CDD.Code.ReportService", "action", "debates", "report", REPORT, "debate_0", "2026-11-20", "debate_1",
            "2026-11-21", "debate_2", "2026-11-24", "debate_3", "2026-11-25");
        move("report", REPORT, "debated", "0");
        assertTrue(this.scenario.storedPage(REPORT_COPY).isEmpty(), "a debated report is not public yet");
        move("report", REPORT, "published", "0");
    }

    /** Eight members of one college and three of another, in office since 2022. */
    private void elevenMembers()
    {
        for (int i = 1; i <= 11; i++) {
            this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.P" + i, "Membre P" + i,
                "CDD.Code.MemberClass", "college", i <= 8 ? "Citoyens" : "Associations", "commune", "Arles", "role",
                "member", "mandateStart", "2022-06-01"));
        }
    }

    @Test
    void aPublishedReportReachesGuestsWithoutAnyCountOfFewPeople() throws Exception
    {
        elevenMembers();
        publishTheReport();
        // What the council reads: the colleges' counts on its own report page.
        Document council = this.renderer.render(this.scenario.storedPage(REPORT).orElseThrow(),
            page("CDD.Code.ReportSheet"));
        Map<String, Integer> colleges = council.select("table.cdd-report-colleges tbody tr").stream().collect(
            Collectors.toMap(tr -> tr.selectFirst("th").text(), tr -> Integer.valueOf(tr.selectFirst("td").text()),
                (a, b) -> a, java.util.LinkedHashMap::new));
        assertFalse(colleges.isEmpty());
        assertNotNull(council.selectFirst("form.cdd-report-republish"), "animators may write the copy again");

        beGuest();
        assertFalse(this.scenario.hasRight("view", REPORT), "the council's report page stays closed");
        assertTrue(this.scenario.hasRight("view", REPORT_COPY));
        assertFalse(this.scenario.hasRight("edit", REPORT_COPY));
        Document copy = this.renderer.render(this.scenario.storedPage(REPORT_COPY).orElseThrow(),
            page("CDD.Code.PublicReportSheet"));
        assertTranslated(copy);
        // Same figures as the council's page, from the frozen snapshot; names, never links to the council's pages.
        assertEquals(council.select("table.cdd-report-referrals-table tbody th").eachText(),
            copy.select("table.cdd-report-referrals-table tbody th").eachText());
        for (String href : copy.select("a[href]").eachAttr("href")) {
            for (String closed : List.of("/CDD/Saisines/", "/CDD/Contributions/", "/CDD/Groups/", "/CDD/Toolbox/",
                "/CDD/Members/", "/CDD/Reports/")) {
                assertFalse(href.contains(closed), href);
            }
        }
        // Each college count as Java's secrecy allows: withheld where 5 people or fewer could be told.
        Map<String, Integer> allowed = SmallCounts.withhold(colleges);
        List<String> shown = copy.select("table.cdd-report-colleges tbody td").eachText();
        List<String> expected = allowed.values().stream()
            .map(count -> count == null ? "non diffusé (5 personnes ou moins)" : String.valueOf(count)).toList();
        assertEquals(expected, shown);
        assertTrue(allowed.containsValue(null), "the fictional council has a small college: " + colleges);
        assertEquals(List.of("Comité syndical du PETR du Pays d’Arles — 20 novembre 2026",
            "Conseil communautaire ACCM — 21 novembre 2026", "Conseil communautaire Terre de Provence — 24 novembre "
                + "2026", "Conseil communautaire CCVBA — 25 novembre 2026"),
            copy.select(".cdd-report-debate-dates li").eachText());
        assertTrue(copy.select("script").isEmpty());

        Document index = this.renderer.render(page("CDD.Public.Reports.WebHome"));
        assertEquals(List.of("Rapport d’activité 2026"), index.select(".cdd-public-report-list a").eachText());
        assertEquals("Rapport d’activité 2026", this.renderer.renderTitle(this.scenario.storedPage(REPORT_COPY)
            .orElseThrow()));
    }

    private String dataFile(String format) throws Exception
    {
        this.scenario.getParameters().clear();
        this.scenario.getParameters().putAll(Map.of("dataset", "indicateurs", "format", format, "outputSyntax",
            "plain"));
        this.scenario.setAction("get");
        this.renderer.render(page("CDD.Public.DataFile"));
        this.scenario.setAction("view");
        this.scenario.getParameters().clear();
        return this.scenario.getResponseBody();
    }

    @Test
    void thePublishedFiguresBecomeTheIndicatorsDatasetWithoutSmallCounts() throws Exception
    {
        beGuest();
        assertEquals(0, OpenDataTest.csv(dataFile("csv")).size(), "no report published: no figure");
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setUser("XWiki.Animatrice");
        elevenMembers();
        publishTheReport();

        beGuest();
        List<CSVRecord> rows = OpenDataTest.csv(dataFile("csv"));
        assertEquals(List.of("identifiant", "annee", "indicateur", "categorie", "valeur", "unite", "diffusion"),
            rows.get(0).getParser().getHeaderNames());
        assertTrue(rows.stream().allMatch(row -> row.get("annee").equals("2026")));
        Map<String, CSVRecord> byId = rows.stream().collect(Collectors.toMap(row -> row.get("identifiant"),
            row -> row));
        assertEquals(rows.size(), byId.size(), "identifiers are unique");
        // Every count of people published is above 5; a withheld one has no value.
        for (CSVRecord row : rows) {
            String indicator = row.get("indicateur");
            if (List.of("membres_en_fonction", "membres_par_college", "membres_actifs", "membres_sur_la_periode",
                "nouveaux_membres").contains(indicator) && row.get("diffusion").equals("publiee")) {
                int count = Integer.parseInt(row.get("valeur"));
                assertTrue(count == 0 || count > 5, row.toString());
            }
            if (!row.get("diffusion").equals("publiee")) {
                assertEquals("", row.get("valeur"), row.toString());
            }
        }
        assertTrue(rows.stream().anyMatch(row -> row.get("diffusion").equals("secret_statistique")));
        assertEquals("publiee", byId.get("2026-saisines_par_nature-consultation_obligatoire").get("diffusion"));

        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema = mapper.readTree(dataFile("schema"));
        JsonNode data = mapper.readTree(dataFile("json"));
        assertEquals(rows.size(), data.size());
        assertEquals(List.of(), OpenDataTest.validate(schema, data));
        for (String personal : List.of("XWiki.", "CDD.Members", "@", "Membre")) {
            assertFalse(dataFile("csv").contains(personal), personal);
        }
    }
}
