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
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.SelfEvaluation} over the fictional council on its fixed day, 2026-11-28. Figures computed by
 * hand: referrals received in 2026, PCAET (mandatory, received 2026-10-02) and PAT (optional, 2026-11-20); the
 * self-referral Eau has no received date, so it is counted in no year. Six members in office (mandates from
 * 2022-06-01, none ended), none new in 2026; two of them, M1 and M3, attended the meetings of 2026 (R1 to R3).
 *
 * @version $Id$
 */
class SelfEvaluationTest extends AbstractPageTest
{
    private Document render(Locale locale, String year) throws Exception
    {
        this.scenario.setLocale(locale);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        if (year != null) {
            this.scenario.getParameters().put("year", year);
        }
        return this.renderer.render(page("CDD.SelfEvaluation"));
    }

    private static List<String> cells(Document html, String id)
    {
        Element row = html.getElementById("indicator-" + id);
        return row.select("td li").isEmpty() ? List.of(row.select("td").get(0).text()) : row.select("td li").eachText();
    }

    @Test
    void eachDeliberativeBodyAndTheMandatoryConsultationsLeftUnanswered() throws Exception
    {
        Document html = render(Locale.FRENCH, null);

        // 2026: PCAET and PAT received (no body named: the total only); Eau's opinion transmitted on 2026-06-21 to
        // "PETR", a body the settings do not name, which gets its own line; the configured bodies exchanged nothing.
        Element table = html.selectFirst("table.cdd-bodies");
        assertEquals("Saisines reçues et avis transmis en 2026, par instance délibérante",
            table.selectFirst("caption").text());
        assertEquals(List.of("Comité syndical du PETR du Pays d’Arles 0 0", "Conseil communautaire ACCM 0 0",
            "Conseil communautaire Terre de Provence 0 0", "Conseil communautaire CCVBA 0 0", "PETR 0 1",
            "Total 2 1"), table.select("tbody tr").eachText());
        assertEquals(List.of("scope=row"), List.of("scope=" + table.selectFirst("tbody th").attr("scope")));
        // PCAET, mandatory, due 2026-11-25, three days ago, has no adopted opinion yet.
        assertEquals(List.of("PCAET — sans avis, échéance dépassée du 25 novembre 2026"),
            html.select("ul.cdd-called-out li").eachText());
        assertEquals("2026-11-25", html.selectFirst("ul.cdd-called-out time").attr("datetime"));

        Document english = render(Locale.ENGLISH, "2025");
        assertEquals("None: every mandatory consultation that fell due got its opinion in time.",
            english.selectFirst(".cdd-selfevaluation-bodies p").text());
        assertTranslated(english);
    }

    @Test
    void everyIndicatorOfTheYearWithItsDefinitionInEnglish() throws Exception
    {
        Document html = render(Locale.ENGLISH, null);

        assertTranslated(html);
        assertEquals(23, html.select("table.cdd-selfevaluation tbody tr").size(), "every indicator");
        assertEquals(List.of("Mandatory consultation: 1", "Optional referral: 1"), cells(html, "saisines_by_kind"));
        assertEquals(List.of("6"), cells(html, "members_total"));
        assertEquals(List.of("2"), cells(html, "active_members"), "M1 and M3, the attendees of the 2026 meetings");
        assertEquals(List.of("0"), cells(html, "new_members"));
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document animator = this.renderer.render(page("CDD.SelfEvaluation"));
        // The fictional meetings name no expected participant: no rate, and the animator is told so.
        assertEquals(List.of("No data for this period"), cells(animator, "attendance_by_gender"));
        assertTrue(html.getElementById("indicator-saisines_by_kind").select("td").get(1).text()
            .startsWith("Referrals whose received date falls in the period"));
        assertEquals("2026", html.select("#cdd-selfevaluation-year option[selected]").text(), "this year first");
        // Charts: referrals per year and kind; on-time answers (2026: PCAET due 3 days ago, unanswered, and Eau,
        // transmitted before its due date: 1 of 2 = 50 %). No opinion has an adoption date, no meeting an expected
        // list: no delay chart, no attendance chart.
        assertEquals(2, html.select("svg[role=img]").size(), "referrals by kind, and answered on time");
        assertEquals(List.of("50"), cells(html, "answered_before_due_share").stream()
            .map(v -> v.replace("%", "").trim()).toList());
        assertTrue(html.select("table").text().contains("2026"), "the chart's data table");
    }

    @Test
    void aMeetingWithItsExpectedParticipantsGivesTheAttendanceByCollege() throws Exception
    {
        this.scenario.setLocale(Locale.ENGLISH);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        // Expected M1 (citizens) and M2 (associations); M1 came: citizens 1/1 = 100 %, associations 0/1 = 0 %.
        this.scenario.addPage(org.xwiki.contrib.cdd.test.page.SamplePages.withObject(applicationPages(),
            "CDD.Meetings.Pleniere", "Plénière", org.xwiki.contrib.cdd.entity.MeetingClass.REFERENCE, "kind",
            "plenary", "start", this.scenario.getToday().minusDays(10) + " 18:00", "expected",
            "CDD.Members.M1|CDD.Members.M2", "attendees", "CDD.Members.M1"));

        Document html = this.renderer.render(page("CDD.SelfEvaluation"));

        assertEquals(List.of("citizens: 100%", "associations: 0%"), cells(html, "attendance_by_college"));
        assertEquals(List.of("Woman: 100%", "Man: 0%"), cells(html, "attendance_by_gender"));
        assertEquals(3, html.select("svg[role=img]").size(), "referrals by kind, on time, attendance by college");
    }

    @Test
    void anotherYearOfTheFiveOffered() throws Exception
    {
        Document html = render(Locale.FRENCH, "2025");

        assertTranslated(html);
        assertEquals("Indicateurs de 2025", html.selectFirst("table.cdd-selfevaluation caption").text());
        assertEquals(List.of("Aucune donnée pour cette période"), cells(html, "saisines_by_kind"));
        assertEquals(List.of("2022", "2023", "2024", "2025", "2026"),
            html.select("#cdd-selfevaluation-year option").eachText());
        assertEquals(List.of("Visible des seuls chargés de mission : une catégorie de peu de personnes permettrait de "
            + "les reconnaître."), cells(html, "attendance_by_gender"), "a member sees no breakdown by private data");
        assertEquals(cells(html, "attendance_by_gender"), cells(html, "attendance_by_age_class"));
    }

    @Test
    void aYearOutsideTheChoicesFallsBackToThisYear() throws Exception
    {
        Document html = render(Locale.FRENCH, "\"><script>alert(1)</script>");

        assertEquals("Indicateurs de 2026", html.selectFirst("table.cdd-selfevaluation caption").text());
        assertTrue(html.select("script").isEmpty());
    }
}
