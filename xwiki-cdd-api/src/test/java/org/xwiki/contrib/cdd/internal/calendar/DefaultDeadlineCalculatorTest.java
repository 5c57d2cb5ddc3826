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
package org.xwiki.contrib.cdd.internal.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DeadlineRule;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.Urgency;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * Unit tests for {@link DefaultDeadlineCalculator}, with "today" fixed to Saturday 28 November 2026.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(FrenchHolidayCalendar.class)
class DefaultDeadlineCalculatorTest
{
    private static final LocalDate TODAY = TestClockProvider.TODAY;

    @InjectMockComponents
    private DefaultDeadlineCalculator calculator;

    @MockComponent
    private ClockProvider clockProvider;

    @BeforeEach
    void fixToday()
    {
        when(this.clockProvider.getClock()).thenReturn(TestClockProvider.clock());
    }

    @ParameterizedTest
    @CsvSource({"2026-01-31,1,2026-02-28", "2028-01-31,1,2028-02-29", "2024-02-29,12,2025-02-28",
        "2026-03-31,1,2026-04-30", "2026-08-31,6,2027-02-28", "2026-01-15,2,2026-03-15"})
    void monthsEndOnTheLastDayOfAShorterMonth(LocalDate start, int months, LocalDate expected)
    {
        assertEquals(expected, this.calculator.dueDate(start, months, DeadlineRule.MONTHS, false, false));
    }

    @Test
    void aDueDateOnTheFourteenthOfJulyMovesToTheNextBusinessDay()
    {
        LocalDate start = LocalDate.of(2026, 7, 4);

        assertEquals(LocalDate.of(2026, 7, 14), this.calculator.dueDate(start, 10, DeadlineRule.CALENDAR_DAYS,
            false, false));
        assertEquals(LocalDate.of(2026, 7, 15), this.calculator.dueDate(start, 10, DeadlineRule.CALENDAR_DAYS,
            true, false));
    }

    @Test
    void businessDaysSkipWeekendsAndHolidays()
    {
        // Friday 10 July + 2 business days: Monday 13, (Tuesday 14 is the national day), Wednesday 15.
        assertEquals(LocalDate.of(2026, 7, 15), this.calculator.dueDate(LocalDate.of(2026, 7, 10), 2,
            DeadlineRule.BUSINESS_DAYS, false, false));
        assertEquals(LocalDate.of(2026, 7, 10), this.calculator.dueDate(LocalDate.of(2026, 7, 10), 0,
            DeadlineRule.BUSINESS_DAYS, false, false));
    }

    @Test
    void aSaturdayBeforeWhitMondayMovesToTuesday()
    {
        assertEquals(LocalDate.of(2026, 5, 26), this.calculator.nextBusinessDay(LocalDate.of(2026, 5, 23), false));
    }

    @Test
    void twoMonthsFromDecemberCrossTheYearInALeapYear()
    {
        assertEquals(LocalDate.of(2028, 2, 29), this.calculator.dueDate(LocalDate.of(2027, 12, 29), 62,
            DeadlineRule.CALENDAR_DAYS, false, false));
    }

    @Test
    void statusCountsCalendarAndBusinessDaysLeftAndTheRemindersToCome()
    {
        DeadlineStatus status = this.calculator.status(LocalDate.of(2026, 12, 15), List.of(30, 7, 1), false);

        assertEquals(17, status.calendarDaysLeft());
        assertEquals(12, status.businessDaysLeft());
        assertEquals(Urgency.DUE_30D, status.urgency());
        assertEquals(List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 14)), status.reminderDates());
    }

    @Test
    void anOverdueDateCountsBackwards()
    {
        DeadlineStatus status = this.calculator.status(LocalDate.of(2026, 11, 25), List.of(), false);

        assertEquals(-3, status.calendarDaysLeft());
        assertEquals(-2, status.businessDaysLeft(), "Thursday 26 and Friday 27");
        assertTrue(status.isOverdue());
        assertEquals(List.of(), status.reminderDates());
    }

    @Test
    void defaultRemindersAreThirtySevenAndOneDaysBefore()
    {
        DeadlineStatus status = this.calculator.status(LocalDate.of(2027, 1, 29), null, false);

        assertEquals(List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 28)),
            status.reminderDates());
        assertEquals(Urgency.LATER, status.urgency());
    }

    @ParameterizedTest
    @CsvSource({"-1,OVERDUE", "0,DUE_7D", "7,DUE_7D", "8,DUE_30D", "30,DUE_30D", "31,LATER"})
    void urgencyClassesHaveExactBoundaries(long days, Urgency expected)
    {
        assertEquals(expected, Urgency.of(days));
        assertEquals(expected, this.calculator.status(TODAY.plusDays(days), List.of(), false).urgency());
    }
}
