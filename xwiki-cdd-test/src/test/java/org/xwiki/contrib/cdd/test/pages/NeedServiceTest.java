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
import org.xwiki.contrib.cdd.entity.NeedClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.PageRenderer;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 6: a need is signed by the server. {@code CDD.Code.NeedService} writes it on the needs page's state
 * page, as its author, with the user as the need's author whatever the form says; only that member or an animator
 * may say which tool answers it; needs typed into the needs page itself are not read.
 *
 * @version $Id$
 */
class NeedServiceTest extends AbstractPageTest
{
    private static final String NEEDS = "CDD.Tools.Needs";

    private static final String STATE_PAGE = "CDD.States.Tools.Needs";

    @BeforeEach
    void aMemberOfTheFictionalCouncil()
    {
        this.scenario.setLocale(Locale.ENGLISH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
    }

    private Document post(String... parameters) throws Exception
    {
        for (int i = 0; i < parameters.length; i += 2) {
            this.scenario.getParameters().put(parameters[i], parameters[i + 1]);
        }
        return this.renderer.render(page("CDD.Code.NeedService"));
    }

    private List<Map<String, String>> needs()
    {
        return this.scenario.storedPage(STATE_PAGE).orElseThrow().objects().stream()
            .filter(o -> NeedClass.REFERENCE.equals(o.className())).map(PageObject::values).toList();
    }

    @Test
    void aMembersNeedIsSignedByTheServer() throws Exception
    {
        Document html = post("action", "declare", "description", "  Voter à distance.  ", "category", "poll",
            "author", "XWiki.SomeoneElse");

        assertTrue(html.selectFirst(".successmessage").text().contains("your need is listed"), html.text());
        List<Map<String, String>> needs = needs();
        assertEquals(2, needs.size(), "the fixture's need, then the member's: " + needs);
        assertEquals(this.scenario.getUser(), needs.get(1).get(NeedClass.AUTHOR));
        assertEquals("Voter à distance.", needs.get(1).get(NeedClass.DESCRIPTION));
        assertEquals("poll", needs.get(1).get(NeedClass.CATEGORY));
        assertEquals(List.of("Need listed"), this.scenario.getSavedComments());

        this.scenario.setMethod("GET");
        Document sheet = this.renderer.render(this.scenario.storedPage(NEEDS).orElseThrow(),
            page("CDD.Code.NeedSheet"));
        assertTrue(sheet.select("section.cdd-need h2").eachText().contains("Voter à distance."));
        assertEquals(1, sheet.select("form.cdd-need-answer").size(), "the member may answer their own need only");
    }

    @Test
    void onlyItsAuthorOrAnAnimatorSaysWhichToolAnswersANeed() throws Exception
    {
        post("action", "declare", "description", "Voter à distance.");
        this.scenario.getParameters().clear();
        this.scenario.getParameters().put("form_token", this.scenario.getToken());

        Document refused = post("action", "answer", "need", "0", "tool", "CDD.Tools.Pad");
        assertEquals(List.of("Only the member who listed this need, or an animator, may say which tool answers it."),
            refused.select(".cdd-workflow-errors li").eachText());

        Document mine = post("action", "answer", "need", "1", "tool", "CDD.Tools.Pad");
        assertTrue(mine.selectFirst(".successmessage") != null, mine.text());
        assertEquals("CDD.Tools.Pad", needs().get(1).get(NeedClass.TOOLS));

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document notATool = post("action", "answer", "need", "0", "tool", "CDD.Toolbox.Fictif");
        assertEquals(List.of("Choose a tool of the council that you can see."),
            notATool.select(".cdd-workflow-errors li").eachText());
    }

    @Test
    void badInputAndPeopleOutsideTheCouncilSaveNothing() throws Exception
    {
        Document bad = post("action", "declare", "description", "x".repeat(501), "category", "spaceship");
        assertEquals(List.of("Describe the need, in 500 characters at most.",
            "Choose one of the kinds of tools offered."), bad.select(".cdd-workflow-errors li").eachText());

        this.scenario.setGroups();
        Document outsider = post("action", "declare", "description", "Voter.", "category", "");
        // Someone outside the council cannot even open the service (CDD.Code): none of its code runs.
        assertTrue(outsider.selectFirst("." + PageRenderer.ACCESS_DENIED) != null, outsider.text());

        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.setMethod("GET");
        assertTrue(post().text().contains("only acts on a form"));
        assertEquals(1, needs().size(), "only the fixture's");
    }

    @Test
    void needsTypedIntoTheNeedsPageAreNotRead() throws Exception
    {
        Map<String, List<String>> forged = new java.util.LinkedHashMap<>();
        forged.put("form_token", List.of(this.scenario.getToken()));
        forged.put("objectPolicy", List.of("updateOrCreate"));
        forged.put("CDD.Code.NeedClass_5_description", List.of("Besoin glissé dans la page"));
        forged.put("CDD.Code.NeedClass_5_author", List.of("XWiki.Other"));

        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save(NEEDS, forged)
            .outcome());

        this.scenario.setMethod("GET");
        Document sheet = this.renderer.render(this.scenario.storedPage(NEEDS).orElseThrow(),
            page("CDD.Code.NeedSheet"));
        assertFalse(sheet.text().contains("Besoin glissé dans la page"), sheet.text());
        assertTrue(sheet.text().contains("Écrire à plusieurs"), "the need listed through the service");
    }
}
