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

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.calendar.DeadlineRule;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.HolidayCalendar;
import org.xwiki.contrib.cdd.calendar.Urgency;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

    /** Only a guard against a computation that would run for hours: the tests measure nothing. */
    private static final Duration GUARD = Duration.ofMillis(500);

    /** Fixed, so that a failure can be replayed. */
    private static final long SEED = 20261128L;

    private static final int DAYS_IN_BOUNDS = (int) ChronoUnit.DAYS.between(DateBounds.MIN, DateBounds.MAX);

    @InjectMockComponents
    private DefaultDeadlineCalculator calculator;

    @MockComponent
    private ClockProvider clockProvider;

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private HolidayCalendar holidays;

    @BeforeEach
    void fixToday() throws Exception
    {
        when(this.clockProvider.getClock()).thenReturn(TestClockProvider.clock());
        this.holidays = this.componentManager.getInstance(HolidayCalendar.class);
    }

    /** The rule as it reads, one day at a time: what the arithmetic must give. */
    private long countDayByDay(LocalDate from, LocalDate to, boolean alsaceMoselle)
    {
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (this.holidays.isBusinessDay(day, alsaceMoselle)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate addDayByDay(LocalDate start, int amount, boolean alsaceMoselle)
    {
        LocalDate day = start;
        for (int added = 0; added < amount;) {
            day = day.plusDays(1);
            if (this.holidays.isBusinessDay(day, alsaceMoselle)) {
                added++;
            }
        }
        return day;
    }

    private static LocalDate randomDate(Random random)
    {
        return DateBounds.MIN.plusDays(random.nextInt(DAYS_IN_BOUNDS + 1));
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

    @Test
    void businessDaysCountedByWeeksAndHolidaysMatchADayByDayCount()
    {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = randomDate(random);
            // Mostly short ranges (the usual delays), some over decades, a few over the whole bounds.
            int length = random.nextInt(i % 100 == 0 ? DAYS_IN_BOUNDS : i % 10 == 0 ? 7300 : 400);
            LocalDate to = from.plusDays(length).isAfter(DateBounds.MAX) ? DateBounds.MAX : from.plusDays(length);
            boolean alsaceMoselle = random.nextBoolean();

            assertEquals(countDayByDay(from, to, alsaceMoselle),
                this.calculator.businessDaysBetween(from, to, alsaceMoselle), from + " to " + to + " " + alsaceMoselle);
            assertEquals(0, this.calculator.businessDaysBetween(to, from, alsaceMoselle), "an inverted range is empty");
        }
    }

    @Test
    void businessDaysAddedByWeeksMatchADayByDayWalk()
    {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            LocalDate start = randomDate(random);
            int amount = i % 10 == 0 ? random.nextInt(DateBounds.MAX_DAYS + 1) : random.nextInt(60);
            boolean alsaceMoselle = random.nextBoolean();

            assertEquals(addDayByDay(start, amount, alsaceMoselle), this.calculator.dueDate(start, amount,
                DeadlineRule.BUSINESS_DAYS, false, alsaceMoselle), start + " + " + amount + " " + alsaceMoselle);
        }
    }

    @Test
    void theNextBusinessDayMatchesADayByDayWalk()
    {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            LocalDate date = randomDate(random);
            boolean alsaceMoselle = random.nextBoolean();
            LocalDate expected = date;
            while (!this.holidays.isBusinessDay(expected, alsaceMoselle)) {
                expected = expected.plusDays(1);
            }

            assertEquals(expected, this.calculator.nextBusinessDay(date, alsaceMoselle), date + " " + alsaceMoselle);
        }
    }

    @Test
    void theWholeBoundsAreCountedAsOneDayAtATimeWould()
    {
        for (boolean alsaceMoselle : List.of(false, true)) {
            assertEquals(countDayByDay(DateBounds.MIN, DateBounds.MAX, alsaceMoselle),
                this.calculator.businessDaysBetween(DateBounds.MIN, DateBounds.MAX, alsaceMoselle));
        }
    }

    @ParameterizedTest
    @CsvSource({
        // Good Friday 3 April 2026 (Alsace-Moselle only), then Easter Monday 6 April.
        "2026-04-02,2026-04-07,false,2", "2026-04-02,2026-04-07,true,1",
        // Christmas on a Thursday in 2025, Saint Stephen (Alsace-Moselle only) on the Friday.
        "2025-12-24,2025-12-29,false,2", "2025-12-24,2025-12-29,true,1",
        // Saint Stephen on a Saturday in 2026 takes no business day.
        "2026-12-24,2026-12-28,false,1", "2026-12-24,2026-12-28,true,1",
        // Across the new year, and a whole year: 2026 has 261 weekdays, 9 of them holidays, 10 in Alsace-Moselle.
        "2025-12-31,2026-01-02,true,1", "2025-12-31,2026-12-31,false,252", "2025-12-31,2026-12-31,true,251"})
    void alsaceMoselleHolidaysAreCounted(LocalDate from, LocalDate to, boolean alsaceMoselle, long expected)
    {
        assertEquals(expected, this.calculator.businessDaysBetween(from, to, alsaceMoselle));
        assertEquals(expected, countDayByDay(from, to, alsaceMoselle));
    }

    @Test
    void alsaceMoselleHolidaysMoveDueDates()
    {
        LocalDate thursday = LocalDate.of(2026, 4, 2);

        assertEquals(LocalDate.of(2026, 4, 3), this.calculator.dueDate(thursday, 1, DeadlineRule.BUSINESS_DAYS,
            false, false));
        assertEquals(LocalDate.of(2026, 4, 7), this.calculator.dueDate(thursday, 1, DeadlineRule.BUSINESS_DAYS,
            false, true), "Good Friday, the weekend and Easter Monday");
        assertEquals(LocalDate.of(2026, 4, 7), this.calculator.nextBusinessDay(LocalDate.of(2026, 4, 3), true));
        assertEquals(LocalDate.of(2025, 12, 29), this.calculator.dueDate(LocalDate.of(2025, 12, 24), 1,
            DeadlineRule.BUSINESS_DAYS, false, true));
    }

    @Test
    void datesAndDelaysOutOfBoundsAreRefusedAtOnce()
    {
        for (LocalDate far : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(9999, 12, 31),
            DateBounds.MAX.plusDays(1), DateBounds.MIN.minusDays(1))) {
            assertTimeoutPreemptively(GUARD, () -> {
                assertThrows(IllegalArgumentException.class, () -> this.calculator.status(far, null, true));
                assertThrows(IllegalArgumentException.class,
                    () -> this.calculator.businessDaysBetween(TODAY, far, true));
                assertThrows(IllegalArgumentException.class, () -> this.calculator.nextBusinessDay(far, true));
                assertThrows(IllegalArgumentException.class,
                    () -> this.calculator.dueDate(far, 1, DeadlineRule.CALENDAR_DAYS, true, true));
            }, far::toString);
        }
        for (DeadlineRule rule : DeadlineRule.values()) {
            assertTimeoutPreemptively(GUARD, () -> {
                assertThrows(IllegalArgumentException.class,
                    () -> this.calculator.dueDate(TODAY, Integer.MAX_VALUE, rule, true, true));
                assertThrows(IllegalArgumentException.class, () -> this.calculator.dueDate(TODAY, -1, rule, true,
                    true));
            }, rule::id);
        }
    }

    @Test
    void theLongestDelaysFromTheLastDateAreComputedAtOnce()
    {
        assertTimeoutPreemptively(GUARD, () -> {
            LocalDate due = this.calculator.dueDate(DateBounds.MAX, DateBounds.MAX_DAYS, DeadlineRule.BUSINESS_DAYS,
                true, true);
            // Beyond the bounds, a result is still computed: only what is typed is bounded.
            assertEquals(addDayByDay(DateBounds.MAX, DateBounds.MAX_DAYS, true), due);
            assertEquals(DateBounds.MAX.plusMonths(DateBounds.MAX_MONTHS), this.calculator.dueDate(DateBounds.MAX,
                DateBounds.MAX_MONTHS, DeadlineRule.MONTHS, false, false));
            assertEquals(Urgency.OVERDUE, this.calculator.status(DateBounds.MIN, List.of(), true).urgency());
            assertEquals(Urgency.LATER, this.calculator.status(DateBounds.MAX, List.of(), true).urgency());
        });
    }
}
