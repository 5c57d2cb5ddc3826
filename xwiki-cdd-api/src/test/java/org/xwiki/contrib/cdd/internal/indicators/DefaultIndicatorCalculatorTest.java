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
package org.xwiki.contrib.cdd.internal.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.indicators.Period;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.when;

/**
 * Unit tests for {@link DefaultIndicatorCalculator} on a small fictional council whose figures are worked out by hand
 * in the comments; "today" is 28 November 2026 and the period is 2026.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultIndicatorCalculatorTest
{
    private static final LocalDate TODAY = TestClockProvider.TODAY;

    private static final String MANDATORY = "mandatory";

    private static final String OPINION = "opinion";

    @InjectMockComponents
    private DefaultIndicatorCalculator calculator;

    @MockComponent
    private ClockProvider clockProvider;

    @BeforeEach
    void fixToday()
    {
        when(this.clockProvider.getClock()).thenReturn(TestClockProvider.clock());
    }

    private static EntityRecord record(EntityDefinition definition, String page, Object... values)
    {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], values[i + 1]);
        }
        RecordResult result = new DefaultRecordReader(new TestClockProvider()).read(definition, page, map);
        assertEquals(List.of(), result.errors());
        return result.record();
    }

    private static IndicatorInput council()
    {
        List<EntityRecord> saisines = List.of(
            // S1: 47 days to adoption (C1, 20 March), on time.
            record(SaisineClass.DEFINITION, "S1", SaisineClass.KIND, MANDATORY, SaisineClass.ORIGIN_BODY, "petr",
                SaisineClass.THEMES, "pcaet|mobility", SaisineClass.RECEIVED_DATE, "2026-02-01",
                SaisineClass.DUE_DATE, "2026-04-01", SaisineClass.CONTRIBUTIONS, "C1"),
            // S2: 66 days to adoption (C2 points at it), but transmitted after its due date.
            record(SaisineClass.DEFINITION, "S2", SaisineClass.KIND, "optional", SaisineClass.ORIGIN_BODY, "accm",
                SaisineClass.THEMES, "water", SaisineClass.RECEIVED_DATE, "2026-03-10", SaisineClass.DUE_DATE,
                "2026-05-10", SaisineClass.TRANSMITTED_DATE, "2026-05-20"),
            // S3: mandatory, due 31 October, no opinion.
            record(SaisineClass.DEFINITION, "S3", SaisineClass.KIND, MANDATORY, SaisineClass.ORIGIN_BODY, "petr",
                SaisineClass.THEMES, "scot", SaisineClass.RECEIVED_DATE, "2026-09-01", SaisineClass.DUE_DATE,
                "2026-10-31"),
            // S4: not due yet.
            record(SaisineClass.DEFINITION, "S4", SaisineClass.KIND, "self", SaisineClass.ORIGIN_BODY, "tpa",
                SaisineClass.RECEIVED_DATE, "2026-11-01", SaisineClass.DUE_DATE, "2027-01-15"),
            // S5: declined: in no share.
            record(SaisineClass.DEFINITION, "S5", SaisineClass.KIND, MANDATORY, SaisineClass.RECEIVED_DATE,
                "2025-11-01", SaisineClass.DUE_DATE, "2026-01-10", SaisineClass.STATUS, "declined"),
            // S6: received in 2025, due and answered on time in 2026 (C3).
            record(SaisineClass.DEFINITION, "S6", SaisineClass.KIND, "optional", SaisineClass.RECEIVED_DATE,
                "2025-12-01", SaisineClass.DUE_DATE, "2026-02-01", SaisineClass.CONTRIBUTIONS, "C3"));
        List<EntityRecord> contributions = List.of(
            record(ContributionClass.DEFINITION, "C1", ContributionClass.TYPE, OPINION,
                ContributionClass.ADOPTION_DATE, "2026-03-20", ContributionClass.STATUS, "published"),
            record(ContributionClass.DEFINITION, "C2", ContributionClass.TYPE, OPINION, ContributionClass.SAISINE,
                "S2", ContributionClass.ADOPTION_DATE, "2026-05-15", ContributionClass.STATUS, "adopted"),
            record(ContributionClass.DEFINITION, "C3", ContributionClass.TYPE, "note", ContributionClass.ADOPTION_DATE,
                "2026-01-20", ContributionClass.STATUS, "archived"),
            record(ContributionClass.DEFINITION, "C4", ContributionClass.TYPE, "contribution",
                ContributionClass.STATUS, "draft"));
        List<EntityRecord> recommendations = List.of(
            record(RecommendationClass.DEFINITION, "C1", RecommendationClass.FOLLOW_UP_STATUS, "taken_into_account",
                RecommendationClass.REPLY_DATE, "2026-06-01"),
            record(RecommendationClass.DEFINITION, "C1", RecommendationClass.FOLLOW_UP_STATUS, "pending"),
            record(RecommendationClass.DEFINITION, "C4", RecommendationClass.FOLLOW_UP_STATUS, "pending"));
        List<EntityRecord> meetings = List.of(
            record(MeetingClass.DEFINITION, "M1", MeetingClass.KIND, "group", MeetingClass.START, "2026-03-05T18:00",
                MeetingClass.EXPECTED, "A|B|C|D", MeetingClass.ATTENDEES, "A|B|C", MeetingClass.METHODS,
                "world_cafe"),
            record(MeetingClass.DEFINITION, "M2", MeetingClass.KIND, "plenary", MeetingClass.START,
                "2026-06-10T18:00", MeetingClass.EXPECTED, "A|B|C|D", MeetingClass.ATTENDEES, "A|D|E",
                MeetingClass.METHODS, "world_cafe|dot_voting"),
            record(MeetingClass.DEFINITION, "M3", MeetingClass.KIND, "bureau", MeetingClass.START,
                "2025-12-01T18:00", MeetingClass.EXPECTED, "A", MeetingClass.ATTENDEES, "A"));
        List<EntityRecord> members = List.of(
            record(MemberPrivateClass.WITH_MEMBER, "A", MemberPrivateClass.GENDER, "f", MemberClass.COLLEGE, "citizens",
                MemberPrivateClass.AGE_CLASS, "15-29", MemberClass.MANDATE_START, "2022-01-01"),
            record(MemberPrivateClass.WITH_MEMBER, "B", MemberPrivateClass.GENDER, "m", MemberClass.COLLEGE, "citizens",
                MemberPrivateClass.AGE_CLASS, "30-44", MemberClass.MANDATE_START, "2026-04-01"),
            record(MemberPrivateClass.WITH_MEMBER, "C", MemberPrivateClass.GENDER, "f", MemberClass.COLLEGE, "associations",
                MemberClass.MANDATE_START, "2020-01-01", MemberClass.MANDATE_END, "2025-06-30"),
            record(MemberPrivateClass.WITH_MEMBER, "D", MemberPrivateClass.GENDER, "m", MemberClass.COLLEGE, "economy",
                MemberPrivateClass.AGE_CLASS, "60-74"));
        List<EntityRecord> tutorials = List.of(
            record(TutorialClass.DEFINITION, "T1", TutorialClass.STATUS, "published", TutorialClass.PUBLICATION_DATE,
                "2026-02-01", TutorialClass.LAST_REVIEWED, "2026-02-01"),
            record(TutorialClass.DEFINITION, "T2", TutorialClass.STATUS, "published", TutorialClass.PUBLICATION_DATE,
                "2025-01-01", TutorialClass.LAST_REVIEWED, "2025-06-01"),
            record(TutorialClass.DEFINITION, "T3", TutorialClass.STATUS, "draft"));
        return new IndicatorInput(saisines, contributions, recommendations, meetings, members, tutorials);
    }

    private static Object value(IndicatorReport report, String id)
    {
        return report.get(id).orElseThrow().value();
    }

    @Test
    void referralIndicators()
    {
        IndicatorReport report = this.calculator.compute(council(), Period.calendarYear(2026));

        assertEquals(Map.of(MANDATORY, 2L, "optional", 1L, "self", 1L),
            value(report, IndicatorCalculator.SAISINES_BY_KIND));
        assertEquals(Map.of("petr", 2L, "accm", 1L, "tpa", 1L), value(report, IndicatorCalculator.SAISINES_BY_ORIGIN));
        assertEquals(Map.of("pcaet", 1L, "mobility", 1L, "water", 1L, "scot", 1L),
            value(report, IndicatorCalculator.SAISINES_BY_THEME));
        // Due in 2026 and by today, not declined: S1, S2, S3, S6; on time: S1, S6.
        assertEquals(50.0, value(report, IndicatorCalculator.ANSWERED_BEFORE_DUE_SHARE));
        // 47 and 66 days.
        assertEquals(56.5, value(report, IndicatorCalculator.DAYS_TO_ADOPTION_MEDIAN));
        assertEquals(66L, value(report, IndicatorCalculator.DAYS_TO_ADOPTION_P90));
        assertEquals(1L, value(report, IndicatorCalculator.MANDATORY_OVERDUE));
    }

    @Test
    void contributionIndicators()
    {
        IndicatorReport report = this.calculator.compute(council(), Period.calendarYear(2026));

        assertEquals(2L, value(report, IndicatorCalculator.OPINIONS_ADOPTED));
        assertEquals(Map.of(OPINION, 2L, "note", 1L), value(report, IndicatorCalculator.CONTRIBUTIONS_BY_TYPE));
        assertEquals(Map.of("published", 1L, "adopted", 1L, "archived", 1L, "draft", 1L),
            value(report, IndicatorCalculator.CONTRIBUTIONS_BY_STATUS));
        // C1's two recommendations; C4 was not adopted.
        assertEquals(50.0, value(report, IndicatorCalculator.RECOMMENDATIONS_REPLIED_SHARE));
        assertEquals(Map.of("taken_into_account", 1L, "pending", 1L),
            value(report, IndicatorCalculator.RECOMMENDATIONS_BY_FOLLOW_UP));
    }

    @Test
    void participationIndicators()
    {
        IndicatorReport report = this.calculator.compute(council(), Period.calendarYear(2026));

        assertEquals(Map.of("group", 1L, "plenary", 1L), value(report, IndicatorCalculator.MEETINGS_BY_KIND));
        // M1: A, B, C of A–D; M2: A, D of A–D (E was not expected): 5 of 8.
        assertEquals(62.5, value(report, IndicatorCalculator.ATTENDANCE_RATE));
        assertEquals(Map.of("f", 75.0, "m", 50.0), value(report, IndicatorCalculator.ATTENDANCE_BY_GENDER));
        assertEquals(Map.of("citizens", 75.0, "associations", 50.0, "economy", 50.0),
            value(report, IndicatorCalculator.ATTENDANCE_BY_COLLEGE));
        assertEquals(Map.of("15-29", 100.0, "30-44", 50.0, "undisclosed", 50.0, "60-74", 50.0),
            value(report, IndicatorCalculator.ATTENDANCE_BY_AGE_CLASS));
        assertEquals(4L, value(report, IndicatorCalculator.ACTIVE_MEMBERS), "E is not a member");
        assertEquals(3L, value(report, IndicatorCalculator.MEMBERS_TOTAL), "C's mandate ended in 2025");
        assertEquals(1L, value(report, IndicatorCalculator.NEW_MEMBERS));
        assertEquals(Map.of("world_cafe", 2L, "dot_voting", 1L), value(report, IndicatorCalculator.METHODS_USED));
    }

    @Test
    void tutorialIndicators()
    {
        IndicatorReport report = this.calculator.compute(council(), Period.calendarYear(2026));

        assertEquals(1L, value(report, IndicatorCalculator.TUTORIALS_PUBLISHED));
        assertEquals(1L, value(report, IndicatorCalculator.TUTORIALS_NOT_REVIEWED), "T2, reviewed in June 2025");
    }

    @Test
    void anEmptyPeriodHasCountsOfZeroAndNoShares()
    {
        IndicatorReport report = this.calculator.compute(council(), Period.calendarYear(2030));

        assertEquals(IndicatorCalculator.ALL, report.indicators().stream().map(Indicator::id).toList());
        assertEquals(Map.of(), value(report, IndicatorCalculator.SAISINES_BY_KIND));
        assertNull(value(report, IndicatorCalculator.ANSWERED_BEFORE_DUE_SHARE), "no referral was due");
        assertNull(value(report, IndicatorCalculator.DAYS_TO_ADOPTION_MEDIAN));
        assertNull(value(report, IndicatorCalculator.ATTENDANCE_RATE));
        assertEquals(0L, value(report, IndicatorCalculator.MANDATORY_OVERDUE));
        assertEquals("cdd.indicator.attendance_rate.definition",
            report.get(IndicatorCalculator.ATTENDANCE_RATE).orElseThrow().definitionKey());
    }
}
