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
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.HarnessDays;
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

    private void council(String group)
    {
        Date overdue = this.scenario.storedDay(-3);
        this.scenario.setQueryAnswers((statement, values) -> {
            if (statement.contains("XWiki.XWikiGroups")) {
                return group == null ? List.of() : List.of(group);
            }
            if (statement.contains("saisine.kind = 'mandatory'")) {
                return List.of((Object) new Object[] {"CDD.Saisines.SCoT", "Révision du SCoT", overdue});
            }
            if (statement.contains("member.user = :user")) {
                return List.of("CDD.Members.CamilleMartin");
            }
            if (statement.contains("CDD.Code.GroupClass") && "%CDD.Members.CamilleMartin%".equals(values.get("member"))
                && ("%" + this.scenario.getUser() + "%").equals(values.get("user"))) {
                return List.of((Object) new Object[] {"CDD.Groups.Mobilite.WebHome", "Mobilité", null});
            }
            if (statement.contains("item.owner = :user")) {
                return List.of((Object) new Object[] {"CDD.Meetings.M3", "Relire le projet d’avis", overdue});
            }
            if (statement.contains("meeting.group in (:groups)")
                && ((List<?>) values.get("groups")).contains("CDD.Groups.Mobilite.WebHome")) {
                return List.of((Object) new Object[] {"CDD.Meetings.M4", "Atelier mobilité", null});
            }
            return List.of();
        });
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

        assertEquals(List.of("Recent publications", "About this wiki"), sections(html));
        assertEquals(List.of("For members", "For the animator and group referents", "For the public"),
            html.select(".cdd-about h3").eachText());
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
        assertEquals(List.of("Mes groupes de travail", "Mes actions en cours", "Saisines en cours, par échéance",
            "Contributions en relecture",
            "Prochaines réunions", "Publications récentes", "À propos de ce wiki"), sections(html));
        Element action = html.selectFirst(".myActions li");
        assertEquals("Relire le projet d’avis", action.selectFirst("a").text());
        assertEquals("en retard de 3 jours", action.selectFirst("time.cdd-urgency-overdue").text());
        assertEquals(List.of("Groupes de travail", "Saisines", "Contributions et avis", "Réunions", "Membres",
            "Boîte à outils", "Tutoriels", "Ressources", "Outils collaboratifs", "Charte"),
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
     * Answers the dashboard's "overdue" queries as their condition says ({@code dueDate < :today}), over items due
     * yesterday, today and tomorrow: so that the list and the deadline text of each item are compared.
     */
    private void itemsAroundToday(Map<String, Date> due)
    {
        this.scenario.setQueryAnswers((statement, values) -> {
            if (statement.contains("XWiki.XWikiGroups")) {
                return List.of(CouncilRole.ANIMATORS_GROUP);
            }
            List<Object> all = new ArrayList<>();
            due.forEach((title, date) -> all.add(new Object[] {"CDD.Meetings." + title.length(), title, date}));
            if (statement.contains("item.owner = :user")) {
                return all;
            }
            if (statement.contains("item.dueDate < :today") || statement.contains("saisine.dueDate < :today")) {
                Date today = (Date) values.get("today");
                return all.stream().filter(row -> ((Date) ((Object[]) row)[2]).before(today)).toList();
            }
            return List.of();
        });
    }

    @ParameterizedTest
    @MethodSource("councilTimes")
    void overdueListsAndDeadlineTextsAgreeOnWhatTodayIs(LocalDateTime councilTime) throws Exception
    {
        this.scenario.setNow(councilTime);
        this.scenario.setLocale(Locale.FRENCH);
        Map<String, Date> due = new LinkedHashMap<>();
        due.put("Hier", this.scenario.storedDay(-1));
        due.put("Aujourd’hui", this.scenario.storedDay(0));
        due.put("Demain", this.scenario.storedDay(1));
        itemsAroundToday(due);

        Document html = this.renderer.render(page(HOME));

        assertEquals(List.of("Hier"), html.select(".overdue a").eachText(), "due before today, and only that");
        assertEquals(List.of("Hier"), html.select(".mandatory a").eachText());
        assertEquals(List.of("en retard de 1 jour", "échéance aujourd’hui", "dans 1 jour"),
            html.select(".myActions time").eachText());
        assertEquals(List.of("en retard de 1 jour"), html.select(".myActions time.cdd-urgency-overdue").eachText());
        assertEquals(List.of("received", "accepted", "in_progress"),
            this.scenario.valuesOf("saisine.kind = 'mandatory'").get("awaiting"),
            "awaiting an opinion: the referral workflow's states before it, from Java");
    }

    @Test
    void theOpenReferralsAreTheWorkflowsStatesBeforeTransmission() throws Exception
    {
        council(CouncilRole.MEMBERS_GROUP);

        this.renderer.render(page(HOME));

        assertEquals(List.of("received", "accepted", "in_progress", "opinion_adopted"),
            this.scenario.valuesOf("saisine.status in (:open)").get("open"));
    }

    @Test
    void aMemberWithoutAMemberPageStillSeesTheGroupsTheyReferee() throws Exception
    {
        this.scenario.setQueryAnswers((statement, values) -> {
            if (statement.contains("XWiki.XWikiGroups")) {
                return List.of(CouncilRole.MEMBERS_GROUP);
            }
            if (statement.contains("CDD.Code.GroupClass")
                && ("%" + this.scenario.getUser() + "%").equals(values.get("member"))) {
                return List.of((Object) new Object[] {"CDD.Groups.Energie.WebHome", "Énergie", null});
            }
            if (statement.contains("meeting.group in (:groups)")
                && List.of("", "CDD.Groups.Energie.WebHome").equals(values.get("groups"))) {
                return List.of((Object) new Object[] {"CDD.Meetings.E1", "Comité énergie", null});
            }
            return List.of();
        });

        Document html = this.renderer.render(page(HOME));

        assertEquals("Énergie", html.selectFirst(".myGroups a").text());
        assertEquals("Comité énergie", html.selectFirst(".nextMeetings a").text());
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
        assertEquals(10, this.scenario.getExecutedQueries().size(),
            "the role, my member page, then one query per list");
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
        this.scenario.setQueryAnswers((statement, values) -> statement.contains("XWiki.XWikiGroups")
            ? List.of(CouncilRole.MEMBERS_GROUP)
            : List.of((Object) new Object[] {"CDD.Saisines.X", hostile, null}));

        Document html = this.renderer.render(page(HOME));

        assertEquals(hostile, html.selectFirst(".openSaisines a").text());
        assertTrue(html.select("script").isEmpty());
    }
}
