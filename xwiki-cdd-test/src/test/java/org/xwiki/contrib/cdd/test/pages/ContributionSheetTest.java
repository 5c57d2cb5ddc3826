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
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.ContributionSheet} on an adopted opinion with two recommendations, one answered.
 *
 * @version $Id$
 */
class ContributionSheetTest extends AbstractPageTest
{
    static final String OPINION = "CDD.Contributions.AvisPCAET";

    static XarPage opinion(PageSet pages, String status, String firstText)
    {
        return SamplePages.withObjects(OPINION, "Avis sur le PCAET", List.of(
            SamplePages.object(pages, ContributionClass.REFERENCE, 0, ContributionClass.TYPE, "opinion",
                ContributionClass.STATUS, status, ContributionClass.SUMMARY, "Un avis favorable avec réserves.",
                ContributionClass.CONTEXT, "Le PETR a saisi le conseil.", ContributionClass.ADOPTION_DATE,
                "2026-11-20", ContributionClass.ADOPTING_BODY, "plenary", ContributionClass.VOTES_FOR, "14",
                ContributionClass.VOTES_AGAINST, "2", ContributionClass.VOTES_ABSTENTION, "3"),
            SamplePages.object(pages, RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT, firstText,
                RecommendationClass.FOLLOW_UP_STATUS, "pending"),
            SamplePages.object(pages, RecommendationClass.REFERENCE, 1, RecommendationClass.TEXT,
                "Associer les communes rurales.", RecommendationClass.FOLLOW_UP_STATUS, "partly",
                RecommendationClass.REPLY, "Deux réunions seront organisées.", RecommendationClass.REPLY_DATE,
                "2026-12-01")));
    }

    private Document render(XarPage contribution) throws Exception
    {
        return this.renderer.render(contribution, page("CDD.Code.ContributionSheet"));
    }

    private void role(String group)
    {
        this.scenario.setGroups(group);
    }

    @Test
    void viewShowsTheOpinionAndEachRecommendationWithItsFollowUpInFrench() throws Exception
    {
        // A member: someone outside the council may not view the contribution nor its sheet.
        role(CouncilRole.MEMBERS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);

        Document html = render(opinion(applicationPages(), "adopted", "Renforcer les transports à la demande."));

        assertEquals("Adoptée", html.selectFirst(".cdd-contribution-summary .cdd-status").text());
        assertTrue(html.select("dt").eachText().containsAll(List.of("Type", "Voix pour", "Adoptée par")));
        assertEquals(List.of("En attente", "Prise en compte en partie"),
            html.select(".cdd-recommendation .cdd-status").eachText());
        assertTrue(html.text().contains("Deux réunions seront organisées."));
        assertEquals(List.of("1. Contexte et question posée", "2. Constats et analyse", "3. Recommandations"),
            html.select("h2").eachText(), "the parts of an opinion are its sections, one slide each");
    }

    @Test
    void theAnimatorGetsTheContributionAndFollowUpMovesWithTheObjectNumber() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);

        Document html = render(opinion(applicationPages(), "adopted", "Renforcer les transports à la demande."));

        List<Element> groups = html.select(".cdd-workflow-buttons");
        assertEquals(3, groups.size());
        assertEquals(List.of("Publish", "Archive"), groups.get(0).select("button").eachText());
        assertEquals(List.of("Taken into account", "Partly taken into account", "Not taken into account"),
            groups.get(1).select("button").eachText());
        assertEquals("0", groups.get(1).selectFirst("input[name=object]").attr("value"));
        assertEquals("recommendation", groups.get(1).selectFirst("input[name=workflow]").attr("value"));
        assertEquals("1", groups.get(2).selectFirst("input[name=object]").attr("value"));
    }

    @Test
    void aMemberMaySendADraftForReviewButNothingElse() throws Exception
    {
        role(CouncilRole.MEMBERS_GROUP);

        Document html = render(opinion(applicationPages(), "draft", "Texte."));

        assertEquals(List.of("Send for review"), html.select(".cdd-workflow-buttons button").eachText());
    }

    @Test
    void editBindsLabelsToTheFieldsOfEveryObject() throws Exception
    {
        // A member: someone outside the council may not view the contribution nor its sheet.
        role(CouncilRole.MEMBERS_GROUP);
        this.scenario.setAction("edit");

        Document html = render(opinion(applicationPages(), "draft", "Texte."));

        assertLabelsBound(html, "label");
        assertNotNull(html.getElementById("CDD.Code.RecommendationClass_1_reply"));
        assertNotNull(html.getElementById("CDD.Code.ContributionClass_0_summary"));
        assertNull(html.getElementById("CDD.Code.ContributionClass_0_status"));
        assertNull(html.getElementById("CDD.Code.RecommendationClass_0_followUpStatus"));
        assertTrue(html.select(".cdd-workflow-buttons").isEmpty());
    }

    /**
     * Recommendation 1 was deleted: XWiki keeps the numbers of the others (0 and 2), so "Add a recommendation" must
     * name 3; the count (2) would name recommendation 2 and reset its follow-up to pending.
     */
    @Test
    void aNewRecommendationNeverLandsOnAnExistingOneAfterADeletion() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setAction("edit");
        XarPage contribution = SamplePages.withObjects(OPINION, "Avis", List.of(
            SamplePages.object(applicationPages(), ContributionClass.REFERENCE, 0, ContributionClass.STATUS,
                "draft"),
            SamplePages.object(applicationPages(), RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT, "A."),
            SamplePages.object(applicationPages(), RecommendationClass.REFERENCE, 2, RecommendationClass.TEXT, "C.",
                RecommendationClass.FOLLOW_UP_STATUS, "taken")));

        Document html = render(contribution);

        String add = html.selectFirst("a:contains(Add a recommendation)").attr("href");
        assertTrue(add.contains("CDD.Code.RecommendationClass_3_followUpStatus=pending"), add);
        // The XAR's setting: the follow-up is checked 6 months after today, 28 November 2026.
        assertTrue(add.contains("CDD.Code.RecommendationClass_3_reviewDate=28%2F05%2F2027"), add);
    }

    @Test
    void aNewRecommendationIsCheckedAfterTheMonthsTheCouncilSet() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setAction("edit");
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", "recommendationReviewMonths", "3"));

        String add = render(SamplePages.withObject(applicationPages(), OPINION, "Avis", ContributionClass.REFERENCE,
            ContributionClass.STATUS, "draft")).selectFirst("a:contains(Add a recommendation)").attr("href");

        assertTrue(add.contains("RecommendationClass_0_reviewDate=28%2F02%2F2027"), "three months after 28 November "
            + "2026: " + add);
    }

    @Test
    void aHostileRecommendationIsRenderedRestricted() throws Exception
    {
        // A member: someone outside the council may not view the contribution nor its sheet.
        role(CouncilRole.MEMBERS_GROUP);
        String hostile = "{{/html}}{{velocity}}#set($x=1)ran{{/velocity}}<img src=x onerror=alert(1)>";

        Document html = render(opinion(applicationPages(), "adopted", hostile));

        // A text area is wiki syntax rendered restricted: the script is refused, raw HTML is text.
        assertTrue(html.text().contains("<img src=x onerror=alert(1)>"), html.text());
        assertFalse(html.text().contains(")ran"), html.text());
        assertTrue(html.select("img").isEmpty());
    }
}
