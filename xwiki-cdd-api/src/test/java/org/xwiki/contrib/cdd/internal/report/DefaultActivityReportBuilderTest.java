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
package org.xwiki.contrib.cdd.internal.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ActivityReportBuilder;
import org.xwiki.contrib.cdd.report.ReportBody;
import org.xwiki.contrib.cdd.report.ReportContribution;
import org.xwiki.contrib.cdd.report.ReportGroup;
import org.xwiki.contrib.cdd.report.ReportReferral;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The activity report's figures against a hand computation: 2026, today 30 November 2026.
 *
 * @version $Id$
 */
class DefaultActivityReportBuilderTest
{
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static final String PETR = "PETR";

    private static final String CCVBA = "CCVBA";

    private static final String URBANISM = "CDD.Groups.Urbanisme.WebHome";

    private static final String CLIMATE = "CDD.Groups.Climat.WebHome";

    private static final String WORLD_CAFE = "CDD.Toolbox.WorldCafe";

    private static final String DEBATE = "CDD.Toolbox.Debat";

    private static EntityRecord record(EntityDefinition definition, String page, Object... values)
    {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            if (values[i + 1] != null) {
                map.put((String) values[i], values[i + 1]);
            }
        }
        return new EntityRecord(definition, page, map);
    }

    private static EntityRecord saisine(String page, String kind, String origin, LocalDate received, LocalDate due,
        Object... more)
    {
        Object[] values = new Object[8 + more.length];
        System.arraycopy(new Object[] {SaisineClass.KIND, kind, SaisineClass.ORIGIN_BODY, origin,
            SaisineClass.RECEIVED_DATE, received, SaisineClass.DUE_DATE, due}, 0, values, 0, 8);
        System.arraycopy(more, 0, values, 8, more.length);
        return record(SaisineClass.DEFINITION, page, values);
    }

    @Test
    void aYearOfReferralsOpinionsAndBodies()
    {
        List<EntityRecord> saisines = List.of(
            // PLU: mandatory, received 12 March, due 11 May; opinion adopted 5 May (54 days), transmitted 7 May
            // to the PETR and the CCVBA: on time.
            saisine("CDD.Saisines.PLU", "mandatory", PETR, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 5, 11),
                SaisineClass.TRANSMITTED_DATE, LocalDate.of(2026, 5, 7), SaisineClass.TRANSMITTED_TO,
                List.of(PETR, CCVBA), SaisineClass.GROUP, URBANISM),
            // SCoT: mandatory, received 1 June, due 31 July; opinion adopted 10 August (70 days), never
            // transmitted: late, called out.
            saisine("CDD.Saisines.SCoT", "mandatory", PETR, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31)),
            // PCAET: mandatory, received 28 September, due 27 November: no opinion, unanswered, called out.
            saisine("CDD.Saisines.PCAET", "mandatory", CCVBA, LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 11, 27)),
            // Mobility: optional from a body nobody configured, due 15 December: pending.
            saisine("CDD.Saisines.Mobilite", "optional", "Region", LocalDate.of(2026, 10, 15),
                LocalDate.of(2026, 12, 15)),
            // Self-referral on water, declined.
            saisine("CDD.Saisines.Eau", "self", "", LocalDate.of(2026, 2, 2), null, SaisineClass.STATUS, "declined"),
            // Received in 2025: not in the report, but its opinion transmitted to the CCVBA on 10 January 2026
            // counts for the CCVBA in 2026.
            saisine("CDD.Saisines.Old", "mandatory", CCVBA, LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 19),
                SaisineClass.TRANSMITTED_DATE, LocalDate.of(2026, 1, 10), SaisineClass.TRANSMITTED_TO,
                List.of(CCVBA)));
        List<EntityRecord> contributions = List.of(
            record(ContributionClass.DEFINITION, "CDD.Contributions.AvisPLU", ContributionClass.SAISINE,
                "CDD.Saisines.PLU", ContributionClass.ADOPTION_DATE, LocalDate.of(2026, 5, 5), ContributionClass.GROUP,
                URBANISM, ContributionClass.ADOPTING_BODY, "plenary", ContributionClass.PUBLICATION_DATE,
                LocalDate.of(2026, 5, 20)),
            record(ContributionClass.DEFINITION, "CDD.Contributions.AvisSCoT", ContributionClass.SAISINE,
                "CDD.Saisines.SCoT", ContributionClass.ADOPTION_DATE, LocalDate.of(2026, 8, 10),
                ContributionClass.GROUP, CLIMATE),
            // Adopted in 2025 on the 2025 referral: not among the year's contributions.
            record(ContributionClass.DEFINITION, "CDD.Contributions.AvisOld", ContributionClass.SAISINE,
                "CDD.Saisines.Old", ContributionClass.ADOPTION_DATE, LocalDate.of(2025, 12, 15),
                ContributionClass.PUBLICATION_DATE, LocalDate.of(2026, 1, 5)));
        // AvisPLU: one recommendation taken into account, one partly (addressed to the CCVBA), one still pending;
        // AvisOld: one not taken.
        List<EntityRecord> recommendations = List.of(
            record(RecommendationClass.DEFINITION, "CDD.Contributions.AvisPLU", RecommendationClass.FOLLOW_UP_STATUS,
                "taken_into_account"),
            record(RecommendationClass.DEFINITION, "CDD.Contributions.AvisPLU", RecommendationClass.FOLLOW_UP_STATUS,
                "partly", RecommendationClass.ADDRESSEE, CCVBA),
            record(RecommendationClass.DEFINITION, "CDD.Contributions.AvisPLU", RecommendationClass.FOLLOW_UP_STATUS,
                "pending"),
            record(RecommendationClass.DEFINITION, "CDD.Contributions.AvisOld", RecommendationClass.FOLLOW_UP_STATUS,
                "not_taken"));
        List<EntityRecord> meetings = List.of(
            record(MeetingClass.DEFINITION, "CDD.Meetings.P1", MeetingClass.KIND, "plenary", MeetingClass.START,
                LocalDateTime.of(2026, 3, 3, 18, 0)),
            record(MeetingClass.DEFINITION, "CDD.Meetings.P2", MeetingClass.KIND, "plenary", MeetingClass.START,
                LocalDateTime.of(2026, 10, 6, 18, 0), MeetingClass.METHODS, List.of(WORLD_CAFE)),
            record(MeetingClass.DEFINITION, "CDD.Meetings.G1", MeetingClass.KIND, "group", MeetingClass.START,
                LocalDateTime.of(2026, 4, 1, 18, 0), MeetingClass.GROUP, URBANISM, MeetingClass.METHODS,
                List.of(WORLD_CAFE, DEBATE)),
            record(MeetingClass.DEFINITION, "CDD.Meetings.B1", MeetingClass.KIND, "bureau", MeetingClass.START,
                LocalDateTime.of(2026, 1, 12, 9, 0)),
            record(MeetingClass.DEFINITION, "CDD.Meetings.Old", MeetingClass.KIND, "plenary", MeetingClass.START,
                LocalDateTime.of(2025, 12, 31, 23, 0), MeetingClass.METHODS, List.of(DEBATE)));

        ActivityReport report = new DefaultActivityReportBuilder().build(2026,
            new ActivityReportBuilder.ReportRecords(saisines, contributions, recommendations, meetings),
            List.of(PETR, CCVBA), TODAY);

        assertEquals(List.of("CDD.Saisines.Eau", "CDD.Saisines.PLU", "CDD.Saisines.SCoT", "CDD.Saisines.PCAET",
            "CDD.Saisines.Mobilite"), report.referrals().stream().map(ReportReferral::page).toList(),
            "the five received in 2026, by received date");
        assertEquals(List.of(ReportReferral.DECLINED, ReportReferral.ON_TIME, ReportReferral.LATE,
            ReportReferral.UNANSWERED, ReportReferral.PENDING),
            report.referrals().stream().map(ReportReferral::outcome).toList());
        ReportReferral plu = report.referrals().get(1);
        assertEquals(LocalDate.of(2026, 5, 5), plu.opinion());
        assertEquals(54L, plu.delayDays(), "12 March to 5 May: 19 + 30 + 5");
        assertEquals(List.of(PETR, CCVBA), plu.transmittedTo());
        assertEquals("CDD.Groups.Urbanisme.WebHome", plu.group());
        assertEquals(70L, report.referrals().get(2).delayDays(), "1 June to 10 August: 29 + 31 + 10");
        assertEquals(null, report.referrals().get(3).delayDays());
        assertEquals(List.of("CDD.Saisines.SCoT", "CDD.Saisines.PCAET"),
            report.getCalledOut().stream().map(ReportReferral::page).toList());
        assertEquals(Map.of("mandatory", 3, "optional", 1, "self", 1), report.getReferralsByKind());
        // PETR: PLU and SCoT received, PLU transmitted, whose opinion AvisPLU makes 3 recommendations, one of them
        // addressed to the CCVBA: 2 for the PETR, 1 answered (taken); CCVBA: PCAET received, PLU and Old transmitted
        // in 2026: 3 + 1 recommendations, 2 + 1 answered; Region (not configured): Mobility received; total: 5
        // received, 2 transmitted (PLU, Old), 4 recommendations, 3 answered.
        assertEquals(List.of(new ReportBody(PETR, true, 2, 1, 2, 1), new ReportBody(CCVBA, true, 1, 2, 4, 3),
            new ReportBody("Region", false, 1, 0, 0, 0), new ReportBody("", false, 5, 2, 4, 3)), report.bodies());
        assertEquals(Map.of("plenary", 2, "bureau", 1, "group", 1), report.meetingsByKind(),
            "the 2025 plenary is not counted");
        // Contributions adopted in 2026, by adoption date: AvisPLU (5 May, published 20 May), AvisSCoT (10 August).
        assertEquals(List.of(new ReportContribution("CDD.Contributions.AvisPLU", "", "CDD.Saisines.PLU", URBANISM,
            LocalDate.of(2026, 5, 5), "plenary", LocalDate.of(2026, 5, 20), Map.of("taken_into_account", 1, "partly",
                1, "pending", 1)), new ReportContribution("CDD.Contributions.AvisSCoT", "", "CDD.Saisines.SCoT",
                    CLIMATE, LocalDate.of(2026, 8, 10), "", null, Map.of())), report.contributions());
        assertEquals(3, report.contributions().get(0).getRecommendations());
        assertEquals(List.of("pending", "taken_into_account", "partly"), List.copyOf(report.getFollowUp().keySet()),
            "the workflow's order; AvisOld's recommendation belongs to 2025");
        // Climate: AvisSCoT; Urbanism: the PLU referral, AvisPLU and the group meeting G1.
        assertEquals(List.of(new ReportGroup(CLIMATE, 0, 1, 0), new ReportGroup(URBANISM, 1, 1, 1)),
            report.groups());
        // World café in P2 and G1, debate in G1 (the 2025 meeting's debate is not counted).
        assertEquals(Map.of(WORLD_CAFE, 2, DEBATE, 1), report.methods());
        assertEquals(List.of(WORLD_CAFE, DEBATE), report.getMethodsByUse());
        // Published in 2026, whenever adopted: AvisOld (adopted in 2025, published 5 January), AvisPLU (20 May).
        assertEquals(List.of("CDD.Contributions.AvisOld", "CDD.Contributions.AvisPLU"),
            report.published().stream().map(ReportContribution::page).toList());
    }

    @Test
    void aPastYearCountsOnlyItsOwnDueDatesAndBothLinksToAnOpinion()
    {
        // Received in December 2025, due in February 2026, no opinion: still pending in the 2025 report, even read on
        // 30 November 2026. Received in March 2025, transmitted to the PETR in June; its opinion is listed by the
        // referral (not named by the contribution) and makes one recommendation, taken into account.
        List<EntityRecord> saisines = List.of(
            saisine("CDD.Saisines.Late", "mandatory", PETR, LocalDate.of(2025, 12, 10), LocalDate.of(2026, 2, 8)),
            saisine("CDD.Saisines.Listed", "optional", PETR, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 6, 1),
                SaisineClass.CONTRIBUTIONS, List.of("CDD.Contributions.Listed"), SaisineClass.TRANSMITTED_DATE,
                LocalDate.of(2025, 6, 2), SaisineClass.TRANSMITTED_TO, List.of(PETR)));
        List<EntityRecord> contributions = List.of(record(ContributionClass.DEFINITION, "CDD.Contributions.Listed",
            ContributionClass.ADOPTION_DATE, LocalDate.of(2025, 5, 20)));
        List<EntityRecord> recommendations = List.of(record(RecommendationClass.DEFINITION,
            "CDD.Contributions.Listed", RecommendationClass.FOLLOW_UP_STATUS, "taken_into_account"));

        ActivityReport report = new DefaultActivityReportBuilder().build(2025, new ActivityReportBuilder.ReportRecords(
            saisines, contributions, recommendations, List.of()), List.of(PETR), TODAY);

        assertEquals(List.of(ReportReferral.LATE, ReportReferral.PENDING),
            report.referrals().stream().map(ReportReferral::outcome).toList(),
            "Listed: transmitted 2 June, due 1 June; Late: due in 2026");
        assertEquals(List.of(new ReportBody(PETR, true, 2, 1, 1, 1), new ReportBody("", false, 2, 1, 1, 1)),
            report.bodies());
    }
}
