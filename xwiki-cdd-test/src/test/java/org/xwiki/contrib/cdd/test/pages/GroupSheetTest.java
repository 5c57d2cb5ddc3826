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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.GroupSheet}: the group's home, with one query per list.
 *
 * @version $Id$
 */
class GroupSheetTest extends AbstractPageTest
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

    private static final String GROUP = "CDD.Groups.Mobilite.WebHome";

    private XarPage group()
    {
        return SamplePages.withObject(applicationPages(), GROUP, "Mobilité", GroupClass.REFERENCE,
            GroupClass.MANDATE, "Mobilités du quotidien dans le Pays d’Arles.", GroupClass.STATUS, "active",
            GroupClass.MEMBERS, "CDD.Members.A|CDD.Members.B");
    }

    private Document render() throws Exception
    {
        XarPage group = group();
        XarPage sheet = page("CDD.Code.GroupSheet");
        return this.renderer.render(group, sheet);
    }

    private void add(XarPage page)
    {
        this.scenario.addPage(page);
    }

    private String day(int fromToday)
    {
        return this.scenario.getToday().plusDays(fromToday).toString();
    }

    /**
     * The group's members, its next meeting (in a week), a past meeting with an open action item due in a week, a
     * referral due in a week; and another group's meeting and referral, which its home must not list.
     */
    private void answers(String hostileTitle)
    {
        add(SamplePages.withObject(applicationPages(), "CDD.Members.A", "Camille Martin", MemberClass.REFERENCE,
            MemberClass.COLLEGE, "Citoyens"));
        add(SamplePages.withObject(applicationPages(), "CDD.Members.B", "Karim Benali", MemberClass.REFERENCE));
        add(SamplePages.withObject(applicationPages(), "CDD.Meetings.M4", hostileTitle, MeetingClass.REFERENCE,
            MeetingClass.GROUP, GROUP, MeetingClass.KIND, "group", MeetingClass.START, day(7) + " 18:30"));
        add(SamplePages.withObjects("CDD.Meetings.M3", "Réunion 3", List.of(
            SamplePages.object(applicationPages(), MeetingClass.REFERENCE, 0, MeetingClass.GROUP, GROUP,
                MeetingClass.KIND, "group", MeetingClass.START, day(-2) + " 18:30"),
            SamplePages.object(applicationPages(), ActionItemClass.REFERENCE, 0, ActionItemClass.DESCRIPTION,
                "Contacter la mairie", ActionItemClass.OWNER, "XWiki.CamilleMartin", ActionItemClass.STATUS, "todo",
                ActionItemClass.DUE_DATE, day(7)))));
        add(SamplePages.withObject(applicationPages(), "CDD.Saisines.PCAET", "PCAET 2026", SaisineClass.REFERENCE,
            SaisineClass.GROUP, GROUP, SaisineClass.DUE_DATE, day(7)));
        add(SamplePages.withObject(applicationPages(), "CDD.Meetings.Eau1", "Eau", MeetingClass.REFERENCE,
            MeetingClass.GROUP, "CDD.Groups.Eau.WebHome", MeetingClass.KIND, "group", MeetingClass.START,
            day(3) + " 18:30"));
        add(SamplePages.withObject(applicationPages(), "CDD.Saisines.Eau", "Eau", SaisineClass.REFERENCE,
            SaisineClass.GROUP, "CDD.Groups.Eau.WebHome", SaisineClass.DUE_DATE, day(3)));
    }

    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void theHomeListsMeetingsActionsReferralsWithOneQueryEach(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        answers("Réunion n°4");
        this.scenario.setLocale(Locale.FRENCH);

        Document html = render();

        assertEquals(7, this.scenario.getExecutedQueries().size(), this.scenario.getExecutedQueries().toString());
        assertEquals(List.of("Camille Martin — Citoyens", "Karim Benali"), html.select(".cdd-group-members li")
            .eachText());
        assertTrue(html.selectFirst(".cdd-group-open-actions li").text().startsWith("Contacter la mairie — CamilleMartin dans 7 jours"),
            html.selectFirst(".cdd-group-open-actions li").text());
        assertEquals("Dossiers documentaires", html.selectFirst(".cdd-group-resources h2").text());
        Element upcoming = html.selectFirst(".cdd-group-upcoming");
        assertEquals("Prochaines réunions", upcoming.selectFirst("h2").text());
        assertEquals("/xwiki/bin/view/CDD/Meetings/M4", upcoming.selectFirst("a").attr("href"));
        assertEquals(today.plusDays(7) + "T18:30", upcoming.selectFirst("time").attr("datetime"));
        assertEquals(this.scenario.getNow(), this.scenario.valuesOf("meeting.start >= :now").get("now"),
            "upcoming means from now on, on the application's clock");
        assertEquals("Contacter la mairie", html.selectFirst(".cdd-group-open-actions a").text());
        assertEquals(List.of("Réunion 3"), html.select(".cdd-group-past a").eachText());
        assertEquals(List.of("PCAET 2026"), html.select(".cdd-group-saisines a").eachText(), "this group's only");
        assertTrue(html.select(".cdd-group dt").eachText().contains("Mandat"));
    }

    @Test
    void newMeetingAndContributionArePrefilledWithTheGroup() throws Exception
    {
        answers("x");

        Document html = render();

        String meeting = html.selectFirst(".cdd-group-actions a").attr("href");
        assertTrue(meeting.startsWith("/xwiki/bin/edit/CDD/Meetings/Mobilite-202611281200?"), "named after the "
            + "group, not after its WebHome: " + meeting);
        assertTrue(URLDecoder.decode(meeting, StandardCharsets.UTF_8).contains("title=Meeting of the Mobilité group"),
            "titled here, or XWiki copies the template's title: " + meeting);
        String contribution = html.select(".cdd-group-actions a").get(1).attr("href");
        assertTrue(URLDecoder.decode(contribution, StandardCharsets.UTF_8).contains(
            "title=Contribution of the Mobilité group"), contribution);
        assertTrue(meeting.contains("template=CDD.Code.MeetingTemplate"));
        assertTrue(meeting.contains("CDD.Code.MeetingClass_0_group=CDD.Groups.Mobilite.WebHome"), meeting);
        assertEquals("New contribution", html.select(".cdd-group-actions a").get(1).text());
    }

    @Test
    void hostileTitlesAreText() throws Exception
    {
        String hostile = "<script>alert(1)</script>{{velocity}}ran{{/velocity}}";
        answers(hostile);

        Document html = render();

        assertEquals(hostile, html.selectFirst(".cdd-group-upcoming a").text());
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void editShowsTheFormOnly() throws Exception
    {
        this.scenario.setAction("edit");

        Document html = render();

        assertEquals(0, this.scenario.getExecutedQueries().size());
        assertTrue(html.getElementById("CDD.Code.GroupClass_0_mandate") != null);
    }
}
