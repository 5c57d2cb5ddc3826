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

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.ArticleClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.CharterSheet} on {@code CDD.Charter.WebHome}: the articles in force, their history, the
 * proposals and their adoption.
 *
 * @version $Id$
 */
class CharterTest extends AbstractPageTest
{
    private static final String CHARTER = "CDD.Charter.WebHome";

    private PageObject article(int object, String number, String title, String text, String status, String adopted)
    {
        return adopted == null
            ? SamplePages.object(applicationPages(), ArticleClass.REFERENCE, object, ArticleClass.NUMBER, number,
                ArticleClass.TITLE, title, ArticleClass.TEXT, text, ArticleClass.STATUS, status)
            : SamplePages.object(applicationPages(), ArticleClass.REFERENCE, object, ArticleClass.NUMBER, number,
                ArticleClass.TITLE, title, ArticleClass.TEXT, text, ArticleClass.STATUS, status,
                ArticleClass.ADOPTED_DATE, adopted);
    }

    private XarPage charter()
    {
        return SamplePages.withObjects(CHARTER, "Charte", List.of(
            article(0, "2", "Composition", "Trois collèges.", "adopted", "2019-03-12"),
            article(1, "1", "Objet", "Le conseil éclaire les élus.", "adopted", "2019-03-12"),
            article(2, "2", "Composition <b>", "Quatre collèges, dont un de jeunes.", "adopted", "2023-06-20"),
            article(3, "2", "Composition", "Cinq collèges.", "proposed", null),
            article(4, "3", "Indemnités", "Aucune.", "repealed", "2019-03-12")));
    }

    private Document render(String group) throws Exception
    {
        this.scenario.setGroups(group);
        return this.renderer.render(charter(), page("CDD.Code.CharterSheet"));
    }

    @Test
    void theAnimatorReadsTheCharterInForceItsHistoryAndTheProposals() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = render("CDD.Code.AnimatorsGroup");

        assertEquals(List.of("Article 1 — Objet", "Article 2 — Composition <b>"),
            html.select(".cdd-charter-article h2").eachText(), "by number, the 2023 wording of article 2");
        Element second = html.select(".cdd-charter-article").get(1);
        assertTrue(second.text().contains("Quatre collèges, dont un de jeunes."), second.text());
        assertEquals("2023-06-20", second.selectFirst(".cdd-charter-adopted time").attr("datetime"));
        assertEquals("Historique de l’article 2 : 1 rédaction(s) antérieure(s)",
            second.selectFirst("details summary").text());
        assertTrue(second.selectFirst("details").text().contains("Trois collèges."));
        assertEquals("2023-06-20", second.selectFirst("details time").attr("datetime"), "replaced that day");
        assertEquals(List.of("Enregistrer son abrogation"), second.select(".cdd-workflow-buttons button")
            .eachText());
        assertEquals(List.of("Article 3 — Indemnités"), html.select("section.cdd-charter-history li").eachText());
        Element proposal = html.selectFirst(".cdd-charter-proposals .cdd-charter-proposal");
        assertEquals("Article 2 — Composition", proposal.selectFirst("h3").text());
        assertEquals("Proposé", proposal.selectFirst(".cdd-status").text());
        Element adopt = proposal.selectFirst(".cdd-workflow-buttons form");
        assertEquals("adopted", adopt.selectFirst("button").attr("value"));
        assertEquals("3", adopt.selectFirst("input[name=object]").attr("value"));
        assertEquals("article", adopt.selectFirst("input[name=workflow]").attr("value"));
        assertTrue(html.selectFirst("a:contains(Télécharger en PDF)").attr("href").contains("format=pdf"));
        assertTrue(html.select("b").isEmpty(), "titles are text");
    }

    @Test
    void aMemberReadsAndProposesButDoesNotSeeTheProposalsOrTheButtons() throws Exception
    {
        Document html = render("CDD.Code.MembersGroup");

        assertTrue(html.select(".cdd-charter-proposals, .cdd-workflow-buttons").isEmpty());
        String propose = html.selectFirst("a:contains(Propose an article)").attr("href");
        assertTrue(propose.contains("CDD.Code.ArticleClass_5_status=proposed"), propose);
        String reword = html.selectFirst("a:contains(Propose a new wording of article 2)").attr("href");
        assertTrue(reword.contains("CDD.Code.ArticleClass_5_number=2"), reword);
    }

    @Test
    void onlyProposalsAreEditable() throws Exception
    {
        this.scenario.setAction("edit");

        Document html = render("CDD.Code.MembersGroup");

        assertEquals(List.of("CDD.Code.ArticleClass_3_number", "CDD.Code.ArticleClass_3_title",
            "CDD.Code.ArticleClass_3_text"), html.select("label").eachAttr("for"));
        assertLabelsBound(html, "label");
    }

    @Test
    void theShippedCharterIsEmptyAndPrintsWithoutItsButtons() throws Exception
    {
        // A member: someone outside the council may not view the charter nor its sheet.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        XarPage shipped = page(CHARTER);
        assertEquals("", shipped.content(), "members edit this page: its display lives in CDD.Code.CharterSheet");

        Document html = this.renderer.render(shipped, page("CDD.Code.CharterSheet"));

        assertTrue(html.text().contains("No article is in force yet"), html.text());
        String css = page("CDD.Code.SkinExtension").objects().get(0).values().get("code");
        assertTrue(css.contains("@media print") && css.contains(".cdd-charter-proposals"), "a print layout");
    }
}
