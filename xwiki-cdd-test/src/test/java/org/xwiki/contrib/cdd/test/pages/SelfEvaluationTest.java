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
        // transmitted before its due date: 1 of 2 = 50 %); the methods of the 2026 meetings (R1, R2 and R3 each used
        // both, named by their titles). No opinion has an adoption date, no meeting an expected list: no delay chart,
        // no attendance chart; a member gets no chart by gender or age class.
        assertEquals(List.of("Referrals received each year, by kind",
            "Referrals answered on time, by year of their due date", "Meetings of 2026 per facilitation method"),
            html.select("svg[role=img] title").eachText());
        assertTrue(html.select("table").text().contains("Méthode fictive 3"), "the methods' titles, not their pages");
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
        // The animator also gets the rates by gender and age class (M1, a woman of 15-29, came; M2, a man of 30-44,
        // did not).
        assertEquals(List.of("Attendance rate by college in 2026", "Attendance rate by gender in 2026",
            "Attendance rate by age class in 2026", "Meetings of 2026 per facilitation method"),
            html.select("svg[role=img] title").eachText().subList(2, 6));
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
        assertEquals(List.of("Visible des seuls animateurs : une catégorie de peu de personnes permettrait de "
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

    /**
     * The full fictional year (2025, {@code FictionalYear}) against a hand computation: ten referrals (4 mandatory, 4
     * optional, 2 self); six opinions whose delays from receipt, sorted, are 51, 54, 70, 76, 83 and 146 days: median
     * (70 + 76) / 2 = 73; seven referrals fell due in 2025 and were not declined (PLUArles, SCoT, Velo, PCAETACCM,
     * Tourisme, Agriculture, Sante), four answered by their due date: 4 / 7 = 57.1 %; nine recommendations, seven
     * replied: 77.8 %; twelve meetings expecting M1, M2 and M3, attended by M1 and M2: 24 / 36 = 66.7 %, citizens
     * (M1) and associations (M2) 100 %, economy (M3) 0 %.
     */
    @Test
    void aFullYearAgainstAHandComputation() throws Exception
    {
        org.xwiki.contrib.cdd.test.page.FictionalYear.pages(applicationPages(), this.scenario.getToday())
            .forEach(this.scenario::addPage);
        Document html = render(Locale.FRENCH, "2025");

        assertEquals(java.util.Set.of("Consultation obligatoire : 4", "Saisine facultative : 4", "Auto-saisine : 2"),
            java.util.Set.copyOf(cells(html, "saisines_by_kind")));
        assertEquals(List.of("6"), cells(html, "opinions_adopted"));
        assertEquals(List.of("73 jours"), cells(html, "days_to_adoption_median"));
        assertEquals(List.of("57,1 %"), cells(html, "answered_before_due_share"));
        assertEquals(List.of("77,8 %"), cells(html, "recommendations_replied_share"));
        assertEquals(List.of("66,7 %"), cells(html, "attendance_rate"));
        assertEquals(java.util.Set.of("citizens : 100 %", "associations : 100 %", "economy : 0 %"),
            java.util.Set.copyOf(cells(html, "attendance_by_college")));

        Document english = render(Locale.ENGLISH, "2025");
        assertTranslated(english);
        assertEquals(List.of("73 days"), cells(english, "days_to_adoption_median"));
        assertEquals(List.of("57.1%"), cells(english, "answered_before_due_share"));
    }

    /**
     * A period from one day to another: from 1 March to 30 June 2025, the fictional year received Velo (1 March,
     * optional), PCAETACCM (5 May, mandatory) and Tourisme (10 June, optional). A period that ends before it starts is
     * refused with a message, the figures of the year stay, and the dates typed are kept.
     */
    @Test
    void aPeriodFromOneDayToAnother() throws Exception
    {
        org.xwiki.contrib.cdd.test.page.FictionalYear.pages(applicationPages(), this.scenario.getToday())
            .forEach(this.scenario::addPage);
        this.scenario.getParameters().put("from", "2025-03-01");
        this.scenario.getParameters().put("to", "2025-06-30");
        Document html = render(Locale.FRENCH, null);

        assertEquals("Indicateurs du 1 mars 2025 au 30 juin 2025",
            html.selectFirst("table.cdd-selfevaluation caption").text());
        assertEquals(java.util.Set.of("Consultation obligatoire : 1", "Saisine facultative : 2"),
            java.util.Set.copyOf(cells(html, "saisines_by_kind")));
        assertLabelsBound(html, "form.cdd-selfevaluation-year label");

        this.scenario.getParameters().put("from", "2025-06-30");
        this.scenario.getParameters().put("to", "2025-03-01");
        Document refused = render(Locale.ENGLISH, null);
        assertEquals("The period from 2025-06-30 to 2025-03-01 is not valid: its end must not be before its start.",
            refused.selectFirst(".cdd-selfevaluation-period-error").text());
        assertEquals("2025-06-30", refused.selectFirst("#cdd-selfevaluation-from").attr("value"));
        assertEquals("Indicators of 2026", refused.selectFirst("table.cdd-selfevaluation caption").text());
    }
}
