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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.ArticleClass;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction.Outcome;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 3: a member who may edit a record saves it with another state through XWiki's save action (as a
 * POST to {@code /save/} with their own token would). XWiki has no rights per property, so the save goes through and
 * the record's copy of the state changes; but nothing the workflow decides follows it: the lists, the sheets, the
 * moves and the figures read the state the workflow service confirmed on the record's page of {@code CDD.States},
 * which no member may write.
 *
 * @version $Id$
 */
class WorkflowBypassTest extends AbstractPageTest
{
    private static final String FORM_TOKEN = "form_token";

    @BeforeEach
    void aMemberOfTheFictionalCouncil()
    {
        this.scenario.setLocale(Locale.ENGLISH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    /** The member's save of one page with the given fields, as the save action receives it. */
    private StandInSaveAction.Result memberSaves(String reference, String... fields)
    {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put(FORM_TOKEN, List.of(this.scenario.getToken()));
        for (int i = 0; i < fields.length; i += 2) {
            parameters.put(fields[i], new ArrayList<>(List.of(fields[i + 1])));
        }
        return new StandInSaveAction(this.scenario).save(reference, parameters);
    }

    private Document view(String reference) throws Exception
    {
        XarPage data = this.scenario.storedPage(reference).orElseThrow();
        String sheet = data.objects().stream().map(o -> FictionalCouncil.SHEETS.get(o.className()))
            .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        return this.renderer.render(data, page(sheet));
    }

    private String badge(Document html)
    {
        return html.selectFirst(".cdd-status").text();
    }

    @Test
    void aContributionSavedAsPublishedStaysADraftForTheWorkflow() throws Exception
    {
        String draft = "CDD.Contributions.Brouillon";
        this.scenario.addPage(SamplePages.withObject(applicationPages(), draft, "Projet d’avis du membre",
            ContributionClass.REFERENCE, ContributionClass.TYPE, "opinion", ContributionClass.STATUS, "draft"));

        StandInSaveAction.Result saved = memberSaves(draft, "CDD.Code.ContributionClass_0_status", "published",
            "CDD.Code.ContributionClass_0_publicationDate", "01/01/2026");

        assertEquals(Outcome.SAVED, saved.outcome(), "XWiki lets a member who may edit the page save any value");
        assertEquals("published", saved.page().firstObject(ContributionClass.REFERENCE).orElseThrow().values()
            .get(ContributionClass.STATUS));
        Document home = this.renderer.render(page("CDD.WebHome"));
        assertFalse(home.select(".published a").eachText().contains("Projet d’avis du membre"),
            home.select(".published").text());
        assertTrue(home.select(".published a").eachText().contains("AvisMobilite"), "a published opinion is listed");
        Document sheet = view(draft);
        assertEquals("Draft", badge(sheet));
        assertNotNull(sheet.selectFirst(".cdd-state-copy"), "the page says its copy of the state was changed");
        assertEquals(List.of("Send for review"), sheet.select(".cdd-workflow-move button").eachText(),
            "the moves start from the confirmed state");
        assertFalse(sheet.text().contains("2026"), "no publication date but the workflow's");
    }

    @Test
    void aReferralSavedAsClosedStaysOpenOnTheDashboard() throws Exception
    {
        StandInSaveAction.Result saved = memberSaves("CDD.Saisines.PCAET", "CDD.Code.SaisineClass_0_status", "closed",
            "CDD.Code.SaisineClass_0_closedDate", "01/11/2026");

        assertEquals(Outcome.SAVED, saved.outcome());
        Document home = this.renderer.render(page("CDD.WebHome"));
        assertTrue(home.select(".openSaisines a").eachText().contains("PCAET"), home.select(".openSaisines").text());
        Document sheet = view("CDD.Saisines.PCAET");
        assertEquals("In progress", badge(sheet));
        assertFalse(sheet.text().contains("Closed on"), sheet.text());
    }

    @Test
    void minutesSavedAsValidatedStayDraft() throws Exception
    {
        StandInSaveAction.Result saved = memberSaves("CDD.Meetings.R2", "CDD.Code.MeetingClass_0_minutesStatus",
            "validated", "CDD.Code.MeetingClass_0_minutesValidatedDate", "01/11/2026");

        assertEquals(Outcome.SAVED, saved.outcome());
        Document sheet = view("CDD.Meetings.R2");
        assertEquals("validated", saved.page().firstObject(MeetingClass.REFERENCE).orElseThrow().values()
            .get(MeetingClass.MINUTES_STATUS));
        assertEquals("Draft", badge(sheet));
        assertNotNull(sheet.selectFirst(".cdd-state-copy"));
    }

    @Test
    void aTutorialSavedAsPublishedIsNotOnTheShelves() throws Exception
    {
        String tutorial = "CDD.Tutorials.Brouillon";
        this.scenario.addPage(SamplePages.withObject(applicationPages(), tutorial, "Tutoriel pas encore relu",
            TutorialClass.REFERENCE, TutorialClass.STATUS, "draft", TutorialClass.TOOL, "CDD.Tools.Pad",
            TutorialClass.AUDIENCE, "member", TutorialClass.LEVEL, "beginner"));

        assertEquals(Outcome.SAVED, memberSaves(tutorial, "CDD.Code.TutorialClass_0_status", "published").outcome());

        Document tool = view("CDD.Tools.Pad");
        assertFalse(tool.text().contains("Tutoriel pas encore relu"), tool.text());
        assertTrue(tool.text().contains("Tutoriel sans public"), "a published tutorial of the tool is listed");
        Document shelf = this.renderer.render(page("CDD.Tutorials.WebHome"));
        assertFalse(shelf.text().contains("Tutoriel pas encore relu"), shelf.text());
        assertTrue(shelf.text().contains("Tutoriel sans public"), shelf.text());
    }

    @Test
    void anArticleSavedAsAdoptedStaysAProposal() throws Exception
    {
        String charter = "CDD.Charter.WebHome";
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        XarPage withProposal = SamplePages.withObjects(charter, "Charte", List.of(
            SamplePages.object(applicationPages(), ArticleClass.REFERENCE, 0, ArticleClass.NUMBER, "1",
                ArticleClass.TITLE, "Objet", ArticleClass.TEXT, "Le conseil donne des avis.", ArticleClass.STATUS,
                "adopted", ArticleClass.ADOPTED_DATE, "2024-03-01"),
            SamplePages.object(applicationPages(), ArticleClass.REFERENCE, 1, ArticleClass.NUMBER, "2",
                ArticleClass.TITLE, "Proposition", ArticleClass.TEXT, "Un membre propose.", ArticleClass.STATUS,
                "proposed")));
        this.scenario.addPage(withProposal);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);

        assertEquals(Outcome.SAVED, memberSaves(charter, "CDD.Code.ArticleClass_1_status", "adopted",
            "CDD.Code.ArticleClass_1_adoptedDate", "01/11/2026").outcome());

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document html = this.renderer.render(this.scenario.storedPage(charter).orElseThrow(),
            page("CDD.Code.CharterSheet"));
        List<String> inForce = html.select(".cdd-charter-article h2").eachText();
        assertTrue(inForce.stream().anyMatch(h -> h.contains("Objet")), inForce.toString());
        assertFalse(inForce.stream().anyMatch(h -> h.contains("Proposition")), inForce.toString());
        assertTrue(html.select(".cdd-charter-proposal h3").eachText().stream().anyMatch(h -> h.contains(
            "Proposition")), "still among the proposals: " + html.select(".cdd-charter-proposals").text());
    }

    @Test
    void noMemberMaySaveAStatePage() throws Exception
    {
        String statePage = WorkflowStateClass.statePage("CDD.Contributions.AvisMobilite");
        assertTrue(this.scenario.storedPage(statePage).isPresent(), "the fixture's published opinion has one");

        StandInSaveAction.Result saved = memberSaves(statePage, "CDD.Code.WorkflowStateClass_0_status", "archived");
        StandInSaveAction.Result created = memberSaves("CDD.States.Contributions.Nouveau",
            "CDD.Code.WorkflowStateClass_0_record", "CDD.Contributions.Nouveau", "CDD.Code.WorkflowStateClass_0_slot",
            "contribution:0", "CDD.Code.WorkflowStateClass_0_status", "published");

        assertEquals(Outcome.ACCESS_DENIED, saved.outcome());
        assertEquals(Outcome.ACCESS_DENIED, created.outcome());
        assertFalse(this.scenario.hasRight("view", statePage), "a member may not even read the state pages");
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        assertTrue(this.scenario.hasRight("view", statePage));
        assertFalse(this.scenario.hasRight("edit", statePage), "nor may an animator write one: only the service");
        assertNull(this.scenario.storedPage("CDD.States.Contributions.Nouveau").orElse(null));
    }
}
