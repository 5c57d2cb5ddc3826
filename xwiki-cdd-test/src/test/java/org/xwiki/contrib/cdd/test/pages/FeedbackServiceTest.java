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

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MethodFeedbackClass;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.PageRenderer;
import org.xwiki.contrib.cdd.test.BrowserForm;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 6: feedback on a method is signed by the server. {@code CDD.Code.FeedbackService} writes it on the
 * method's state page, as its author, with the user as author whatever the form says, one per member (a new one
 * replaces theirs); feedback typed into the method page itself is not counted.
 *
 * @version $Id$
 */
class FeedbackServiceTest extends AbstractPageTest
{
    private static final String METHOD = "CDD.Toolbox.Fictif";

    private static final String STATE_PAGE = "CDD.States.Toolbox.Fictif";

    private static final String SHEET = "CDD.Code.MethodSheet";

    @BeforeEach
    void aMemberOfTheFictionalCouncil()
    {
        this.scenario.setLocale(Locale.ENGLISH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    private XarPage method()
    {
        return this.scenario.storedPage(METHOD).orElseThrow();
    }

    /** The member fills the sheet's feedback form and sends it, as a browser would. */
    private Document send(String rating, String comment, String... extra) throws Exception
    {
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        Document view = this.renderer.render(method(), page(SHEET));
        BrowserForm form = BrowserForm.of(org.jsoup.Jsoup.parseBodyFragment(view.selectFirst("form.cdd-feedback-form")
            .outerHtml()))
            .select("rating", rating).type("comment", comment);
        Map<String, List<String>> sent = form.submit();
        for (int i = 0; i < extra.length; i += 2) {
            sent.put(extra[i], List.of(extra[i + 1]));
        }
        this.scenario.setMethod("POST");
        this.scenario.getParameters().clear();
        sent.forEach((name, values) -> this.scenario.getParameters().put(name, values.get(0)));
        return this.renderer.render(page("CDD.Code.FeedbackService"));
    }

    private List<Map<String, String>> feedback()
    {
        return this.scenario.storedPage(STATE_PAGE).orElseThrow().objects().stream()
            .filter(o -> MethodFeedbackClass.REFERENCE.equals(o.className())).map(PageObject::values).toList();
    }

    @Test
    void aMembersFeedbackIsSignedByTheServerAndReplacesTheirEarlierOne() throws Exception
    {
        Document first = send("5", "Très utile.", "author", "XWiki.SomeoneElse");

        assertTrue(first.selectFirst(".successmessage").text().contains("your feedback is recorded"), first.text());
        List<Map<String, String>> recorded = feedback();
        assertEquals(2, recorded.size(), "the fixture's feedback, then the member's: " + recorded);
        assertEquals(this.scenario.getUser(), recorded.get(1).get(MethodFeedbackClass.AUTHOR),
            "the author is the user, whatever the form says");
        assertEquals("5", recorded.get(1).get(MethodFeedbackClass.RATING));

        Document second = send("2", "À revoir.");

        assertTrue(second.selectFirst(".successmessage").text().contains("replaces"), second.text());
        recorded = feedback();
        assertEquals(2, recorded.size(), "one feedback per member: " + recorded);
        assertEquals("2", recorded.get(1).get(MethodFeedbackClass.RATING));
        assertEquals("À revoir.", recorded.get(1).get(MethodFeedbackClass.COMMENT));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        Document view = this.renderer.render(method(), page(SHEET));
        assertEquals("2 feedback(s), average rating 3 out of 5", view.selectFirst(".cdd-method-rating").text());
        assertTrue(view.selectFirst(".cdd-feedback-form").text().contains("sending it again replaces it"));
        assertEquals("2", view.selectFirst("#cdd-feedback-rating option[selected]").attr("value"));
    }

    @Test
    void aBadRatingATooLongCommentOrAForeignMeetingSaveNothing() throws Exception
    {
        Document bad = send("5", "x".repeat(2001), "rating", "6", "meeting", "CDD.Toolbox.Nouveau");

        assertEquals(List.of("Choose a rating from 1 to 5.", "The comment is longer than 2,000 characters: "
            + "shorten it.", "The meeting chosen is not a meeting of the council that you can see."),
            bad.select(".cdd-workflow-errors li").eachText());
        assertEquals(1, feedback().size(), "only the fixture's");
    }

    @Test
    void aGetAForeignTokenOrSomeoneOutsideTheCouncilSaveNothing() throws Exception
    {
        this.scenario.getParameters().put("target", METHOD);
        this.scenario.getParameters().put("rating", "5");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        this.scenario.setMethod("GET");
        assertTrue(this.renderer.render(page("CDD.Code.FeedbackService")).text().contains("only acts on a form"));

        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", "token-XWiki.SomeoneElse");
        assertTrue(this.renderer.render(page("CDD.Code.FeedbackService")).text().contains("The form has expired"));

        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        this.scenario.setGroups();
        // Someone outside the council cannot even open the service (CDD.Code): none of its code runs.
        assertTrue(this.renderer.render(page("CDD.Code.FeedbackService")).selectFirst("." + PageRenderer.ACCESS_DENIED)
            != null);
        assertEquals(1, feedback().size());
    }

    @Test
    void feedbackTypedIntoTheMethodPageIsNotCounted() throws Exception
    {
        Map<String, List<String>> forged = new java.util.LinkedHashMap<>();
        forged.put("form_token", List.of(this.scenario.getToken()));
        forged.put("objectPolicy", List.of("updateOrCreate"));
        for (int i = 1; i <= 3; i++) {
            forged.put("CDD.Code.MethodFeedbackClass_" + i + "_rating", List.of("1"));
            forged.put("CDD.Code.MethodFeedbackClass_" + i + "_author", List.of("XWiki.Other" + i));
        }

        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save(METHOD, forged)
            .outcome());

        Document view = this.renderer.render(method(), page(SHEET));
        assertEquals("1 feedback(s), average rating 4 out of 5", view.selectFirst(".cdd-method-rating").text());
        Document home = this.renderer.render(page("CDD.Toolbox.WebHome"));
        assertEquals(List.of("Méthode fictive — 1 feedback(s), average rating 4 out of 5"),
            home.select(".cdd-toolbox-best li").eachText());
        assertTrue(WorkflowStateClass.statePage(METHOD).equals(STATE_PAGE));
    }

    @Test
    void theFormIsLabelledAndOnlyForTheCouncil() throws Exception
    {
        Document view = this.renderer.render(method(), page(SHEET));
        assertLabelsBound(view, ".cdd-feedback-form label");
        assertEquals(List.of("", "1", "2", "3", "4", "5"), view.select("#cdd-feedback-rating option").eachAttr(
            "value"));

        this.scenario.setGroups();
        assertTrue(this.renderer.render(method(), page(SHEET)).select(".cdd-feedback-form").isEmpty());
    }
}
