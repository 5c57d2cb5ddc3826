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

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.PageRenderer;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.StandInObject;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.WorkflowService}: only a POST with the user's token, by someone who may edit the page and
 * whose council role allows the move, with the required values, saves the page — once, with a comment.
 *
 * @version $Id$
 */
class WorkflowServiceTest extends AbstractPageTest
{
    private static final String TARGET = "CDD.Saisines.Mobilite";

    private static final String SERVICE = "CDD.Code.WorkflowService";

    private static final String STATE_PAGE = "CDD.States.Saisines.Mobilite";

    @BeforeEach
    void aReceivedReferral()
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), TARGET, "Mobilité", SaisineClass.REFERENCE,
            SaisineClass.KIND, "optional", SaisineClass.STATUS, "received", SaisineClass.GROUP,
            "CDD.Groups.Mobilite.WebHome", SaisineClass.DUE_DATE, "2027-01-15"));
        inGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        this.scenario.getParameters().put("workflow", "saisine");
        this.scenario.getParameters().put("target", TARGET);
        this.scenario.getParameters().put("to", "accepted");
    }

    private void inGroups(String... groups)
    {
        this.scenario.setGroups(groups);
    }

    private StandInObject saisine()
    {
        return this.scenario.document(TARGET).getObject(SaisineClass.REFERENCE);
    }

    private Document run() throws Exception
    {
        return this.renderer.render(page(SERVICE));
    }

    private void assertNothingSaved()
    {
        assertEquals(List.of(), this.scenario.getSavedComments());
        assertEquals("received", saisine().getValue(SaisineClass.STATUS));
        assertNull(saisine().getValue(SaisineClass.ACCEPTED_DATE));
    }

    @Test
    void anAnimatorAcceptsTheReferralWhichIsSavedOnceWithAComment() throws Exception
    {
        Document html = run();

        assertEquals("accepted", saisine().getValue(SaisineClass.STATUS));
        assertInstanceOf(Date.class, saisine().getValue(SaisineClass.ACCEPTED_DATE), "the move stamps the day");
        assertEquals(List.of("Status: received → accepted", "Status: received → accepted"), this.scenario.getSavedComments());
        java.util.Map<String, String> stored = this.scenario.storedPage(TARGET).orElseThrow()
            .firstObject(SaisineClass.REFERENCE).orElseThrow().values();
        assertEquals("accepted", stored.get(SaisineClass.STATUS), "the new version is stored");
        assertTrue(stored.get(SaisineClass.ACCEPTED_DATE).startsWith(this.scenario.getToday().toString()), stored
            .toString());
        assertTrue(html.selectFirst(".successmessage").text().contains("received → accepted"));
        assertEquals("/xwiki/bin/view/CDD/Saisines/Mobilite", html.selectFirst("a").attr("href"));
        // The state that counts: on the record's state page, written as the service page's author.
        Map<String, String> state = this.scenario.storedPage(STATE_PAGE).orElseThrow()
            .firstObject(WorkflowStateClass.REFERENCE).orElseThrow().values();
        assertEquals(TARGET, state.get(WorkflowStateClass.RECORD));
        assertEquals("saisine:0", state.get(WorkflowStateClass.SLOT));
        assertEquals("accepted", state.get(WorkflowStateClass.STATUS));
        assertEquals(this.scenario.getUser(), state.get(WorkflowStateClass.MOVED_BY));
        assertTrue(state.get(WorkflowStateClass.STAMPS).startsWith("acceptedDate=" + this.scenario.getNow()
            .toInstant()), state.toString());
    }

    @Test
    void theMoveStartsFromTheConfirmedStateNotFromTheRecordsCopy() throws Exception
    {
        // A member saved the referral as "in progress" with the edit form: its copy says so, its state page does not.
        this.scenario.store(SamplePages.withObject(applicationPages(), TARGET, "Mobilité", SaisineClass.REFERENCE,
            SaisineClass.KIND, "optional", SaisineClass.STATUS, "in_progress", SaisineClass.GROUP,
            "CDD.Groups.Mobilite.WebHome", SaisineClass.DUE_DATE, "2027-01-15"), "forged");
        this.scenario.getParameters().put("to", "opinion_adopted");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());

        Document refused = run();

        assertTrue(refused.selectFirst(".errormessage") != null, "in_progress → opinion_adopted is no move from "
            + "the confirmed state, received: " + refused.text());
        assertTrue(this.scenario.storedPage(STATE_PAGE).isEmpty());

        this.scenario.getParameters().put("to", "accepted");
        run();

        assertEquals("accepted", this.scenario.storedPage(STATE_PAGE).orElseThrow()
            .firstObject(WorkflowStateClass.REFERENCE).orElseThrow().values().get(WorkflowStateClass.STATUS));
    }

    @Test
    void aMemberRecordsTheCheckOfAPublishedTutorialWhichTheServiceDatesAndSigns() throws Exception
    {
        String tutorial = "CDD.Tutorials.Suivre";
        this.scenario.addPage(SamplePages.withObject(applicationPages(), tutorial, "Suivre un groupe",
            TutorialClass.REFERENCE, TutorialClass.STATUS, "published", TutorialClass.AUDIENCE, "member",
            TutorialClass.LEVEL, "beginner", TutorialClass.LAST_REVIEWED, "2024-01-10",
            TutorialClass.PUBLICATION_DATE, "2024-01-10"));
        inGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.getParameters().put("workflow", "tutorial");
        this.scenario.getParameters().put("target", tutorial);
        this.scenario.getParameters().put("to", "published");

        Document html = run();

        assertTrue(html.selectFirst(".successmessage").text().contains("Your check is recorded"), html.text());
        Map<String, String> state = this.scenario.storedPage("CDD.States.Tutorials.Suivre").orElseThrow()
            .firstObject(WorkflowStateClass.REFERENCE).orElseThrow().values();
        assertEquals("published", state.get(WorkflowStateClass.STATUS));
        assertEquals(this.scenario.getUser(), state.get(WorkflowStateClass.MOVED_BY), "the reviewer is the user");
        assertTrue(state.get(WorkflowStateClass.STAMPS).contains("lastReviewed=" + this.scenario.getNow()
            .toInstant()), "dated anew: " + state);
        assertTrue(state.get(WorkflowStateClass.STAMPS).contains("publicationDate=2024-01-"), "kept: " + state);
        assertEquals(List.of("Checked against the real pages", "Checked against the real pages"),
            this.scenario.getSavedComments());

        // Only a published tutorial can be checked, and the sheet never offers it among the other moves.
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document sheet = this.renderer.render(this.scenario.storedPage(tutorial).orElseThrow(),
            page("CDD.Code.TutorialSheet"));
        assertEquals(List.of("Back to draft"), sheet.select(".cdd-workflow-buttons button").eachText());
    }

    @Test
    void aCopyOfTheServiceSavedByAMemberCannotWriteAState() throws Exception
    {
        // The script's author is who saved the page running it: a member may view no state page, edit none.
        this.scenario.setScriptAuthor("XWiki.Dominique");

        Document html = run();

        assertTrue(this.scenario.storedPage(STATE_PAGE).isEmpty());
        assertEquals(List.of(), this.scenario.getSavedComments());
        assertTrue(html.text().contains("The state of this page cannot be recorded"), html.text());
    }

    @Test
    void aGetSavesNothing() throws Exception
    {
        this.scenario.setMethod("GET");

        Document html = run();

        assertNothingSaved();
        assertTrue(html.selectFirst(".errormessage").text().contains("only acts on a form"));
    }

    @Test
    void aMissingOrForeignTokenSavesNothing() throws Exception
    {
        this.scenario.getParameters().remove("form_token");
        run();
        assertNothingSaved();

        this.scenario.getParameters().put("form_token", "token-XWiki.SomeoneElse");
        Document html = run();
        assertNothingSaved();
        assertTrue(html.text().contains("The form has expired"));
    }

    @Test
    void aMemberCannotMakeAnAnimatorsMove() throws Exception
    {
        inGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);

        Document html = run();

        assertNothingSaved();
        assertEquals(List.of("Seuls les animateurs peuvent le passer à l’état accepted."),
            html.select(".cdd-workflow-errors li").eachText());
    }

    @Test
    void someoneOutsideTheCouncilChangesNothing() throws Exception
    {
        // Someone of no council group to whom the page itself gives edit right: the role check stops them.
        this.scenario.addPage(SamplePages.restricted(SamplePages.withObject(applicationPages(), TARGET, "Mobilité",
            SaisineClass.REFERENCE, SaisineClass.KIND, "optional", SaisineClass.STATUS, "received"), "view,edit",
            "XWiki.XWikiAllGroup"));
        inGroups();

        Document html = run();

        assertNothingSaved();
        // Someone outside the council cannot even open the service (CDD.Code): none of its code runs.
        assertTrue(html.selectFirst("." + PageRenderer.ACCESS_DENIED) != null, html.text());
    }

    @Test
    void someoneWithoutEditRightChangesNothing() throws Exception
    {
        // Start again without the edit right the other tests have.
        this.scenario.reset(applicationPages());
        this.scenario.addPage(SamplePages.restricted(SamplePages.withObject(applicationPages(), TARGET, "Mobilité",
            SaisineClass.REFERENCE, SaisineClass.STATUS, "received"), "edit", "XWiki.XWikiAdminGroup"));
        inGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(java.util.Map.of("form_token", this.scenario.getToken(), "workflow",
            "saisine", "target", TARGET, "to", "accepted"));

        Document html = run();

        assertNothingSaved();
        assertTrue(html.text().contains("You cannot change this page"), html.text());
    }

    @Test
    void aMissingRequiredFieldIsNamedInTheUsersLanguage() throws Exception
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), TARGET, "Mobilité", SaisineClass.REFERENCE,
            SaisineClass.KIND, "optional", SaisineClass.STATUS, "received"));
        this.scenario.setLocale(Locale.FRENCH);

        Document html = run();

        assertNothingSaved();
        assertEquals(List.of("Groupe chargé : obligatoire pour cette étape.", "Échéance : obligatoire pour cette étape."),
            html.select(".cdd-workflow-errors li").eachText());
    }

    @Test
    void aMoveTheWorkflowLacksIsRefused() throws Exception
    {
        this.scenario.getParameters().put("to", "answered");

        Document html = run();

        assertNothingSaved();
        assertTrue(html.text().contains("This step is not possible: from received to answered."), html.text());
    }

    @Test
    void aRecommendationIsAnsweredByItsNumberWithTheReplyRequired() throws Exception
    {
        this.scenario.addPage(ContributionSheetTest.opinion(applicationPages(), "adopted", "Premier."));
        this.scenario.getParameters().putAll(java.util.Map.of("workflow", "recommendation", "target",
            ContributionSheetTest.OPINION, "to", "taken_into_account", "object", "0"));

        Document refused = run();

        assertTrue(refused.text().contains("Reply of the elected body: required for this step."), refused.text());
        assertEquals(List.of(), this.scenario.getSavedComments());

        this.scenario.getParameters().put("object", "1");
        run();

        assertEquals(List.of("Status: partly → taken_into_account", "Status: partly → taken_into_account"), this.scenario.getSavedComments());
        assertEquals("taken_into_account", this.scenario.document(ContributionSheetTest.OPINION)
            .getObject("CDD.Code.RecommendationClass", 1).getValue("followUpStatus"));
        assertEquals("pending", this.scenario.document(ContributionSheetTest.OPINION)
            .getObject("CDD.Code.RecommendationClass", 0).getValue("followUpStatus"));
    }

    @Test
    void hostileParametersAreNeitherRunNorShown() throws Exception
    {
        this.scenario.getParameters().put("target", "<script>alert(1)</script>{{velocity}}x{{/velocity}}");

        Document html = run();

        assertTrue(html.select("script").isEmpty());
        assertTrue(html.text().contains("You cannot change this page"));
        assertEquals(List.of(), this.scenario.getSavedComments());
    }

    @Test
    void anAnimatorRecordsTheAdoptionOfACharterProposalAndAMemberCannot() throws Exception
    {
        String charter = "CDD.Charter.WebHome";
        this.scenario.addPage(SamplePages.withObjects(charter, "Charte", List.of(
            SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 0, "number", "1", "title", "Objet",
                "text", "Le conseil éclaire les élus.", "status", "adopted", "adoptedDate", "2019-03-12"),
            SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 1, "number", "1", "title", "Objet",
                "text", "Le conseil conseille les élus.", "status", "proposed"))));
        this.scenario.getParameters().putAll(java.util.Map.of("workflow", "article", "target", charter, "to",
            "adopted", "object", "1"));

        inGroups(CouncilRole.MEMBERS_GROUP);
        run();
        assertEquals(List.of(), this.scenario.getSavedComments(), "only animators record an adoption");

        inGroups(CouncilRole.ANIMATORS_GROUP);
        run();
        // The state page, the charter, and the public copy of the charter in force.
        assertEquals(List.of("Status: proposed → adopted", "Status: proposed → adopted",
            "Status: proposed → adopted"), this.scenario.getSavedComments());
        StandInObject adopted = this.scenario.document(charter).getObject("CDD.Code.ArticleClass", 1);
        assertEquals("adopted", adopted.getValue("status"));
        assertInstanceOf(Date.class, adopted.getValue("adoptedDate"), "the adoption day is stamped");
        assertEquals("adopted", this.scenario.document(charter).getObject("CDD.Code.ArticleClass", 0)
            .getValue("status"), "the older wording is not touched: it becomes the article's history");
    }
}
