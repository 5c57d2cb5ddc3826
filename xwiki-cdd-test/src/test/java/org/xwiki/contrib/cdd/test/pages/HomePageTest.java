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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
import org.xwiki.contrib.cdd.test.HarnessDays;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the dashboard {@code CDD.WebHome} for people of each role, in French and English.
 *
 * @version $Id$
 */
class HomePageTest extends AbstractPageTest
{
    private static final String HOME = "CDD.WebHome";

    private void add(String reference, String title, String className, String... values)
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), reference, title, className, values));
    }

    /**
     * Camille's council: her member page, a group she belongs to, a mandatory referral overdue by three days, her
     * action item overdue by three days, and the group's next meeting.
     */
    private void council(String group)
    {
        this.scenario.setGroups(group);
        add("CDD.Members.CamilleMartin", "Camille Martin", MemberClass.REFERENCE, MemberClass.USER,
            this.scenario.getUser());
        add("CDD.Groups.Mobilite.WebHome", "Mobilité", GroupClass.REFERENCE, GroupClass.STATUS, "active",
            GroupClass.MEMBERS, "CDD.Members.Dominique|CDD.Members.CamilleMartin");
        add("CDD.Saisines.SCoT", "Révision du SCoT", SaisineClass.REFERENCE, SaisineClass.KIND, "mandatory",
            SaisineClass.STATUS, "in_progress", SaisineClass.DUE_DATE, day(-3));
        add("CDD.Meetings.M3", "Réunion 3", ActionItemClass.REFERENCE, ActionItemClass.DESCRIPTION,
            "Relire le projet d’avis", ActionItemClass.OWNER, this.scenario.getUser(), ActionItemClass.STATUS, "todo",
            ActionItemClass.DUE_DATE, day(-3));
        add("CDD.Meetings.M4", "Atelier mobilité", MeetingClass.REFERENCE, MeetingClass.KIND, "group",
            MeetingClass.GROUP, "CDD.Groups.Mobilite.WebHome", MeetingClass.START,
            this.scenario.getToday().plusDays(1) + " 18:00");
    }

    private String day(int fromToday)
    {
        return this.scenario.getToday().plusDays(fromToday).toString();
    }

    private static List<String> sections(Document html)
    {
        return html.select("section > h2").eachText();
    }

    @Test
    void someoneOutsideTheCouncilSeesPublicationsAndTheAboutSection() throws Exception
    {
        council(null);

        Document html = this.renderer.render(page(HOME));

        // Only the public space: no list of the council's records, no query of them.
        assertEquals(List.of(), sections(html));
        assertEquals(List.of("The council’s publications", "Follow-up of the recommendations",
            "The council’s charter", "Activity reports", "Atom feed of the publications"),
            html.select(".cdd-home-public nav a").eachText());
        assertEquals("For the public", html.selectFirst(".cdd-home-public h2").text());
    }

    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void aMemberSeesTheirActionsAndTheCouncilsWorkInFrench(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        council(CouncilRole.MEMBERS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);

        Document html = this.renderer.render(page(HOME));

        assertEquals("Conseil de développement", this.renderer.renderTitle(page(HOME)));
        assertEquals("Mobilité", html.selectFirst(".myGroups a").text());
        assertEquals("Atelier mobilité", html.selectFirst(".nextMeetings a").text());
        assertEquals(List.of("Mes groupes de travail", "Mes actions en cours", "Courriel quotidien de rappel",
            "Mes calendriers", "Saisines en cours, par échéance", "Contributions en relecture",
            "Prochaines réunions", "Publications récentes", "À propos de ce wiki"), sections(html));
        Element action = html.selectFirst(".myActions li");
        assertEquals("Relire le projet d’avis", action.selectFirst("a").text());
        assertEquals("en retard de 3 jours", action.selectFirst("time.cdd-urgency-overdue").text());
        assertEquals(List.of("Groupes de travail", "Saisines", "Contributions et avis", "Réunions", "Membres",
            "Boîte à outils", "Tutoriels", "Ressources", "Outils collaboratifs", "Charte",
            "Auto-évaluation", "Rapports d’activité", "Publications du conseil"),
            html.select(".cdd-spaces a").eachText());
    }

    /**
     * @return each test day at three times: just after midnight (the day before, in UTC), noon and late evening
     */
    static Stream<LocalDateTime> councilTimes()
    {
        return HarnessDays.todays().flatMap(day -> Stream.of(day.atTime(0, 30), day.atTime(12, 0),
            day.atTime(23, 30)));
    }

    /**
     * An animator's action items and mandatory referrals due yesterday, today and tomorrow: the dashboard's queries
     * run over them, so that each list is compared with the deadline text of each item.
     */
    private void itemsAroundToday(Map<String, String> due)
    {
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        int number = 0;
        for (Map.Entry<String, String> item : due.entrySet()) {
            number++;
            add("CDD.Meetings.Item" + number, "Réunion " + number, ActionItemClass.REFERENCE,
                ActionItemClass.DESCRIPTION, item.getKey(), ActionItemClass.OWNER, this.scenario.getUser(),
                ActionItemClass.STATUS, "todo", ActionItemClass.DUE_DATE, item.getValue());
            add("CDD.Saisines.Item" + number, item.getKey(), SaisineClass.REFERENCE, SaisineClass.KIND, "mandatory",
                SaisineClass.STATUS, "received", SaisineClass.DUE_DATE, item.getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("councilTimes")
    void overdueListsAndDeadlineTextsAgreeOnWhatTodayIs(LocalDateTime councilTime) throws Exception
    {
        this.scenario.setNow(councilTime);
        this.scenario.setLocale(Locale.FRENCH);
        Map<String, String> due = new LinkedHashMap<>();
        due.put("Hier", day(-1));
        due.put("Aujourd’hui", day(0));
        due.put("Demain", day(1));
        itemsAroundToday(due);

        Document html = this.renderer.render(page(HOME));

        assertEquals(List.of("Hier"), html.select(".overdue a").eachText(), "due before today, and only that");
        assertEquals(List.of("Hier"), html.select(".mandatory a").eachText());
        assertEquals(List.of("en retard de 1 jour", "échéance aujourd’hui", "dans 1 jour"),
            html.select(".myActions time").eachText());
        assertEquals(List.of("en retard de 1 jour"), html.select(".myActions time.cdd-urgency-overdue").eachText());
        assertTrue(this.scenario.getExecutedQueries().stream().noneMatch(q -> q.contains("saisine.status")),
            "no list keeps a referral by the copy of its state: " + this.scenario.getExecutedQueries());
    }

    @Test
    void theOpenReferralsAreTheWorkflowsStatesBeforeTransmission() throws Exception
    {
        council(CouncilRole.MEMBERS_GROUP);
        // One referral in each state, as the workflow service confirmed it; each due on another day, in state order.
        List<String> states = org.xwiki.contrib.cdd.workflow.CouncilWorkflows.SAISINE.states();
        for (int i = 0; i < states.size(); i++) {
            add("CDD.Saisines.State" + i, "En état " + states.get(i), SaisineClass.REFERENCE, SaisineClass.KIND,
                "optional", SaisineClass.STATUS, states.get(i), SaisineClass.DUE_DATE, day(10 + i));
        }

        Document html = this.renderer.render(page(HOME));

        assertEquals(List.of("Révision du SCoT", "En état received", "En état accepted", "En état in_progress",
            "En état opinion_adopted"), html.select(".openSaisines a").eachText(),
            "the states before transmission, from the workflow (Java), in due date order");
    }

    @Test
    void aMemberWithoutAMemberPageStillSeesTheGroupsTheyReferee() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        add("CDD.Groups.Energie.WebHome", "Énergie", GroupClass.REFERENCE, GroupClass.STATUS, "active",
            GroupClass.REFERENTS, "XWiki.Dominique|" + this.scenario.getUser());
        add("CDD.Groups.Eau.WebHome", "Eau", GroupClass.REFERENCE, GroupClass.STATUS, "active",
            GroupClass.REFERENTS, this.scenario.getUser() + "e");
        add("CDD.Meetings.E1", "Comité énergie", MeetingClass.REFERENCE, MeetingClass.KIND, "group",
            MeetingClass.GROUP, "CDD.Groups.Energie.WebHome", MeetingClass.START, day(2) + " 18:00");
        add("CDD.Meetings.E2", "Comité eau", MeetingClass.REFERENCE, MeetingClass.KIND, "group",
            MeetingClass.GROUP, "CDD.Groups.Eau.WebHome", MeetingClass.START, day(2) + " 18:00");

        Document html = this.renderer.render(page(HOME));

        assertEquals(List.of("Énergie"), html.select(".myGroups a").eachText(), "referent of Énergie; the referent "
            + this.scenario.getUser() + "e of Eau is someone else");
        assertEquals(List.of("Comité énergie"), html.select(".nextMeetings a").eachText());
        assertEquals("Nothing for now.", html.selectFirst(".myActions p").text());
    }

    @Test
    void theAnimatorAlsoSeesOverdueItemsAndMandatoryConsultationsWithOneQueryPerList() throws Exception
    {
        council(CouncilRole.ANIMATORS_GROUP);

        Document html = this.renderer.render(page(HOME));

        assertTrue(sections(html).containsAll(List.of("Overdue actions",
            "Mandatory consultations without an opinion")));
        assertEquals("Révision du SCoT", html.selectFirst(".mandatory a").text());
        assertEquals(15, this.scenario.getExecutedQueries().size(), "the confirmed states, the role, my member page, "
            + "my groups (referent, member), my daily e-mail choice, who turned the newsletter off, my calendar "
            + "address, then one query per list: "
            + this.scenario.getExecutedQueries());
    }

    @Test
    void homeShowsTheVersionOfTheInstalledJar() throws Exception
    {
        Document html = this.renderer.render(page(HOME));

        String expected = System.getProperty("cdd.expectedVersion");
        assertNotNull(expected);
        assertEquals("Conseil de développement application, version " + expected,
            html.selectFirst(".cdd-version").text());
    }

    @Test
    void onlyAdministratorsSeeTheAdministrationSection() throws Exception
    {
        assertFalse(this.renderer.render(page(HOME)).text().contains("For administrators"));

        this.scenario.setAdmin(true);
        Document html = this.renderer.render(page(HOME));

        assertTrue(html.select(".cdd-about h3").eachText().contains("For administrators"));
        assertEquals("/xwiki/bin/admin/XWiki/XWikiPreferences",
            html.selectFirst("a:contains(Open the wiki administration)").attr("href"));
        assertTrue(sections(html).contains("Overdue actions"), "an administrator counts as an animator");
    }

    @Test
    void hostileTitlesInListsAreText() throws Exception
    {
        String hostile = "<script>x</script>{{velocity}}y{{/velocity}}~";
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        add("CDD.Saisines.X", hostile, SaisineClass.REFERENCE, SaisineClass.STATUS, "received");

        Document html = this.renderer.render(page(HOME));

        assertEquals(hostile, html.selectFirst(".openSaisines a").text());
        assertTrue(html.select("script").isEmpty());
    }
}
