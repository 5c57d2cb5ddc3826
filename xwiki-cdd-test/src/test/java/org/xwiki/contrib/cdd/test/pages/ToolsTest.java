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

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.NeedClass;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the collaborative tools analysis: the comparison {@code CDD.Tools.WebHome}, {@code CDD.Code.ToolSheet}
 * and the members' needs {@code CDD.Tools.Needs} shown by {@code CDD.Code.NeedSheet}.
 *
 * @version $Id$
 */
class ToolsTest extends AbstractPageTest
{
    /**
     * The lists keep to what the reader may view (XWiki's viewable filter): the tests read them as a council member
     * unless they say otherwise.
     */
    @org.junit.jupiter.api.BeforeEach
    void asACouncilMember()
    {
        this.scenario.setGroups("CDD.Code.MembersGroup");
    }

    private static final String HOME = "CDD.Tools.WebHome";

    private static final String NEEDS = "CDD.Tools.Needs";

    @BeforeEach
    void tools()
    {
        tool("Zoom", "Zoom", ToolClass.CATEGORY, "video", ToolClass.RECOMMENDATION, "rejected", ToolClass.RATIONALE,
            "Données hors UE", ToolClass.COST, "Payant", ToolClass.HOSTING, "Zoom", ToolClass.DATA_LOCATION, "other",
            ToolClass.OPEN_SOURCE, "0", ToolClass.LEARNING_CURVE, "easy", ToolClass.URL, "javascript:alert(1)");
        tool("Bbb", "BigBlueButton", ToolClass.CATEGORY, "video", ToolClass.RECOMMENDATION, "adopted",
            ToolClass.RATIONALE, "Libre et hébergé en France", ToolClass.COST, "Gratuit", ToolClass.HOSTING,
            "Association <Libre>", ToolClass.DATA_LOCATION, "france", ToolClass.OPEN_SOURCE, "1",
            ToolClass.ACCESSIBILITY, "Sous-titres", ToolClass.LEARNING_CURVE, "medium", ToolClass.ASSESSMENT_DATE,
            "2026-11-28", ToolClass.URL, "https://bbb.example.org");
        tool("Framadate", "Framadate", ToolClass.CATEGORY, "poll", ToolClass.RECOMMENDATION, "adopted",
            ToolClass.COST, "Gratuit", ToolClass.HOSTING, "Framasoft", ToolClass.DATA_LOCATION, "france",
            ToolClass.OPEN_SOURCE, "1", ToolClass.LEARNING_CURVE, "easy", ToolClass.URL, "https://framadate.org");
    }

    private void tool(String name, String title, String... values)
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Tools." + name, title,
            ToolClass.REFERENCE, values));
    }

    @Test
    void toolsOfACategorySideBySideInFrench() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.getParameters().put("category", "video");

        Document html = this.renderer.render(page(HOME));

        Element table = html.selectFirst("table.cdd-tools-comparison");
        assertEquals(List.of("BigBlueButton", "Zoom"), table.select("thead th a").eachText(), "adopted first");
        assertEquals("2 outil(s) comparé(s), le choix du conseil d’abord", table.selectFirst("caption").text());
        Element recommendation = table.selectFirst("tr:has(th:contains(Recommandation du conseil))");
        assertEquals(List.of("Adopté", "Écarté"), recommendation.select("td").eachText());
        assertEquals(List.of("Oui", "Non"), table.selectFirst("tr:has(th:contains(Logiciel libre))").select("td")
            .eachText());
        assertEquals(List.of("En France", "Hors de l’Union européenne"),
            table.selectFirst("tr:has(th:contains(Où sont gardées))").select("td").eachText());
        Element assessed = table.selectFirst("tr:has(th:contains(Évalué le)) time");
        assertEquals("2026-11-28", assessed.attr("datetime"));
        assertEquals("28 novembre 2026", assessed.text());
        Element urls = table.selectFirst("tr:has(th:contains(Adresse))");
        assertEquals("https://bbb.example.org", urls.selectFirst("a").attr("href"));
        assertEquals(1, urls.select("a").size(), "a javascript: address is text, never a link");
        assertEquals("javascript:alert(1)", urls.select("td").get(1).text());
        assertEquals("Association <Libre>", table.selectFirst("tr:has(th:contains(Hébergé par)) td").text());
        assertEquals("video", html.selectFirst("#cdd-tools-category option[selected]").attr("value"));
        assertEquals(1, this.scenario.getExecutedQueries().size());
        assertEquals(List.of("col", "col"), table.select("thead th").eachAttr("scope"));
        assertEquals("Tous les outils évalués", html.select("h2").last().text());
        assertTrue(html.selectFirst(".livedata-standin").attr("data-properties").contains("recommendation"));
    }

    @Test
    void aCategoryOutsideTheListShowsEveryTool() throws Exception
    {
        this.scenario.getParameters().put("category", "<script>");

        Document html = this.renderer.render(page(HOME));

        assertEquals(List.of("BigBlueButton", "Framadate", "Zoom"), html.select("thead th a").eachText());
        assertTrue(html.select("#cdd-tools-category option[selected]").isEmpty());
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void aToolListsTheNeedsItAnswers() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        // Two needs: one answered by Framadate and another tool (listed once), one by another tool only.
        this.scenario.addPage(SamplePages.withObjects(NEEDS, "Besoins", List.of(
            SamplePages.object(applicationPages(), NeedClass.REFERENCE, 0, NeedClass.DESCRIPTION,
                "Choisir une date <vite>", NeedClass.TOOLS, "CDD.Tools.Framadate|CDD.Tools.Bbb"),
            SamplePages.object(applicationPages(), NeedClass.REFERENCE, 1, NeedClass.DESCRIPTION, "Se voir",
                NeedClass.TOOLS, "CDD.Tools.Bbb"))));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Tutorials.Sondage",
            "Proposer des dates", TutorialClass.REFERENCE, TutorialClass.TOOL, "CDD.Tools.Framadate",
            TutorialClass.STATUS, "published"));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Tutorials.Brouillon", "Brouillon",
            TutorialClass.REFERENCE, TutorialClass.TOOL, "CDD.Tools.Framadate", TutorialClass.STATUS, "draft"));
        XarPage tool = SamplePages.withObject(applicationPages(), "CDD.Tools.Framadate", "Framadate",
            ToolClass.REFERENCE, ToolClass.CATEGORY, "poll", ToolClass.RECOMMENDATION, "adopted",
            ToolClass.OPEN_SOURCE, "1");

        Document html = this.renderer.render(tool, page("CDD.Code.ToolSheet"));

        assertTrue(html.select(".cdd-tool dd").eachText().containsAll(List.of("Sondages et dates", "Adopté")),
            html.select(".cdd-tool dd").eachText().toString());
        assertEquals(List.of("Choisir une date <vite>"), html.select(".cdd-tool-needs li a").eachText(),
            "once, though the need names two tools");
        assertEquals(List.of("Proposer des dates"), html.select(".cdd-tool-tutorials li a").eachText(),
            "the published tutorials that name this tool");

        this.scenario.setAction("edit");
        Document edit = this.renderer.render(tool, page("CDD.Code.ToolSheet"));
        assertLabelsBound(edit, "label");
        assertTrue(edit.select(".cdd-tool-needs").isEmpty());
    }

    @Test
    void theNeedsPageLinksEachNeedToItsToolsOrSaysNoneAnswers() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        XarPage needs = SamplePages.withObjects(NEEDS, "Besoins", List.of(
            SamplePages.object(applicationPages(), NeedClass.REFERENCE, 0, NeedClass.DESCRIPTION,
                "Choisir une date <script>alert(1)</script>", NeedClass.CATEGORY, "poll", NeedClass.TOOLS,
                "CDD.Tools.Framadate"),
            SamplePages.object(applicationPages(), NeedClass.REFERENCE, 1, NeedClass.DESCRIPTION,
                "Dessiner ensemble en visio")));

        Document html = this.renderer.render(needs, page("CDD.Code.NeedSheet"));

        List<Element> sections = html.select("section.cdd-need");
        assertEquals("Choisir une date <script>alert(1)</script>", sections.get(0).selectFirst("h2").text());
        assertTrue(html.select("script").isEmpty());
        assertEquals("Framadate", sections.get(0).select("dd a").get(1).text(), "the title, from one query");
        assertEquals("Sondages et dates — comparer les outils de ce type", sections.get(0).selectFirst("dd").text());
        assertTrue(sections.get(0).selectFirst("dd a").attr("href").endsWith("/CDD/Tools/?category=poll")
            || sections.get(0).selectFirst("dd a").attr("href").contains("category=poll"),
            sections.get(0).selectFirst("dd a").attr("href"));
        assertEquals("Aucun outil n’y répond encore.", sections.get(1).selectFirst("dd.cdd-need-open").text());
        // The needs are listed through CDD.Code.NeedService, which signs them: no author is ever typed.
        Element declare = html.selectFirst("form.cdd-need-declare");
        assertEquals("/xwiki/bin/view/CDD/Code/NeedService", declare.attr("action"));
        assertEquals("post", declare.attr("method"));
        assertEquals("declare", declare.selectFirst("input[name=action]").attr("value"));
        assertTrue(html.select("[name*=author]").isEmpty());
        assertLabelsBound(html, "label");
        assertTrue(html.select("form.cdd-need-answer").isEmpty(), "a member answers only the needs they listed");
        assertEquals(2, this.scenario.getExecutedQueries().size(), "the role, the tool titles");

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document animator = this.renderer.render(needs, page("CDD.Code.NeedSheet"));
        assertEquals(2, animator.select("form.cdd-need-answer").size(), "an animator answers any need");
        assertEquals("1", animator.select("form.cdd-need-answer input[name=need]").get(1).attr("value"));

        this.scenario.setAction("edit");
        Document edit = this.renderer.render(needs, page("CDD.Code.NeedSheet"));
        assertTrue(edit.select("input, textarea, select").isEmpty(), "nothing about the needs is typed in the form");
    }

    @Test
    void theShippedNeedsPageStartsEmptyAndHasNoScript() throws Exception
    {
        XarPage shipped = page(NEEDS);
        assertEquals("", shipped.content(), "members edit this page: its display lives in CDD.Code.NeedSheet");

        Document html = this.renderer.render(shipped, page("CDD.Code.NeedSheet"));

        assertTrue(html.select("p").eachText().contains("No need listed yet."), html.text());
        assertEquals("Members’ needs", this.renderer.renderTitle(shipped));
    }
}
