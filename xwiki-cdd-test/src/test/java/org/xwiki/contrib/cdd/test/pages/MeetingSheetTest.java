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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.MeetingSheet} on a group meeting with two actions, one done.
 *
 * @version $Id$
 */
class MeetingSheetTest extends AbstractPageTest
{
    private XarPage meeting(String minutes)
    {
        return SamplePages.withObjects("CDD.Meetings.Mobilite3", "Groupe mobilité n°3", List.of(
            SamplePages.object(applicationPages(), MeetingClass.REFERENCE, 0, MeetingClass.KIND, "group",
                MeetingClass.START, "2026-11-20 18:00", MeetingClass.COMMUNE, "Arles", MeetingClass.ATTENDEES,
                "CDD.Members.A|CDD.Members.B", MeetingClass.MINUTES, minutes, MeetingClass.MINUTES_STATUS, "draft"),
            SamplePages.object(applicationPages(), ActionItemClass.REFERENCE, 0, ActionItemClass.DESCRIPTION,
                "Contacter la mairie d’Arles", ActionItemClass.DUE_DATE, "2031-01-10", ActionItemClass.STATUS,
                "todo"),
            SamplePages.object(applicationPages(), ActionItemClass.REFERENCE, 1, ActionItemClass.DESCRIPTION,
                "Envoyer le compte-rendu", ActionItemClass.DUE_DATE, "2026-11-25", ActionItemClass.STATUS,
                "done")));
    }

    @BeforeEach
    void aCouncilMember()
    {
        // Someone outside the council may not open the council's pages: these tests read them as a member.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    private Document render(XarPage meeting) throws Exception
    {
        XarPage sheet = page("CDD.Code.MeetingSheet");
        return this.renderer.render(meeting, sheet);
    }

    private void role(String group)
    {
        this.scenario.setGroups(group);
    }

    @Test
    void viewShowsTheMinutesAndTheActionsWithTheirDeadlinesInFrench() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = render(meeting("Échanges sur le PCAET."));

        assertEquals("Brouillon", html.selectFirst(".cdd-meeting-summary .cdd-status").text());
        assertTrue(html.select("dt").eachText().containsAll(List.of("Date et heure", "Présents", "Compte-rendu")));
        assertEquals(List.of("À faire", "Fait"), html.select(".cdd-action-item .cdd-status").eachText());
        List<Element> deadlines = html.select(".cdd-action-item time");
        assertEquals("2031-01-10", deadlines.get(0).attr("datetime"));
        assertTrue(deadlines.get(1).text().startsWith("fait"), deadlines.get(1).text());
    }

    @Test
    void aReferentMayValidateTheMinutesAndAMemberMoveTheActions() throws Exception
    {
        role(CouncilRole.REFERENTS_GROUP);
        Document referent = render(meeting("Texte."));
        assertEquals("Validate the minutes", referent.selectFirst(".cdd-workflow-buttons button").text());

        role(CouncilRole.MEMBERS_GROUP);
        Document member = render(meeting("Texte."));
        List<Element> groups = member.select(".cdd-workflow-buttons");
        assertEquals(2, groups.size(), "no minutes button for a member, one group per action");
        assertEquals(List.of("Start", "Mark as done"), groups.get(0).select("button").eachText());
        assertEquals(List.of("Start"), groups.get(1).select("button").eachText());
        assertEquals("1", groups.get(1).selectFirst("input[name=object]").attr("value"));
    }

    @Test
    void editBindsEveryLabelAndHidesTheWorkflowFields() throws Exception
    {
        this.scenario.setAction("edit");

        Document html = render(meeting("Texte."));

        assertLabelsBound(html, "label");
        assertNotNull(html.getElementById("CDD.Code.ActionItemClass_1_description"));
        assertTrue(html.select("#CDD\\.Code\\.MeetingClass_0_minutesStatus").isEmpty());
        assertEquals("/xwiki/bin/edit/CDD/Meetings/Mobilite3?objectPolicy=updateOrCreate&"
            + "CDD.Code.ActionItemClass_2_status=todo", html.selectFirst("a:contains(Add an action)").attr("href"));
    }

    @Test
    void emptyMinutesOpenOnTheOutlineInTheEditorsLanguageAndWrittenMinutesAreKept() throws Exception
    {
        this.scenario.setAction("edit");
        this.scenario.setLocale(Locale.FRENCH);

        String outline = render(meeting("")).getElementById("CDD.Code.MeetingClass_0_minutes").text();

        assertTrue(outline.startsWith("**Présents :**"), outline);
        assertTrue(outline.contains("**Décisions :**"), outline);
        assertEquals("Texte.", render(meeting("Texte.")).getElementById("CDD.Code.MeetingClass_0_minutes").text());
    }

    @Test
    void hostileMinutesAreRenderedRestricted() throws Exception
    {
        // XWiki renders a text area as wiki syntax, restricted: the script is refused, raw HTML stays text.
        String hostile = "{{velocity}}$xwiki.getDocument('XWiki.XWikiPreferences'){{/velocity}}<iframe src=x>";

        Document html = render(meeting(hostile));

        assertTrue(html.text().contains("<iframe src=x>"), html.text());
        assertTrue(html.select("iframe").isEmpty());
        assertTrue(html.select(".cdd-rendered-text .xwikirenderingerror").text()
            .contains("not allowed in restricted mode"), html.text());
    }
}
