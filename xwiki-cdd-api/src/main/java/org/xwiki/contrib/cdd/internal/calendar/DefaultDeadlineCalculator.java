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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.calendar.DeadlineCalculator;
import org.xwiki.contrib.cdd.calendar.DeadlineRule;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.HolidayCalendar;
import org.xwiki.contrib.cdd.calendar.Urgency;

/**
 * Computes due dates and their status with the French holiday calendar. Business days are counted by whole weeks and
 * by the holidays of each year of the range, never day by day: the cost grows with the number of years, not of days.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultDeadlineCalculator implements DeadlineCalculator
{
    private static final int DAYS_A_WEEK = 7;

    private static final int BUSINESS_DAYS_A_WEEK = 5;

    @Inject
    private HolidayCalendar holidayCalendar;

    @Inject
    private ClockProvider clockProvider;

    @Override
    public LocalDate dueDate(LocalDate start, int amount, DeadlineRule rule, boolean moveToBusinessDay,
        boolean alsaceMoselle)
    {
        requireBounded(start);
        if (!DateBounds.containsDelay(amount, rule)) {
            throw new IllegalArgumentException("A delay must be from 0 to " + DateBounds.MAX_DAYS + " days or "
                + DateBounds.MAX_MONTHS + " months: " + amount + " " + rule);
        }
        LocalDate due;
        switch (rule) {
            case BUSINESS_DAYS:
                due = addBusinessDays(start, amount, alsaceMoselle);
                break;
            case MONTHS:
                due = start.plusMonths(amount);
                break;
            case CALENDAR_DAYS:
            default:
                due = start.plusDays(amount);
                break;
        }
        return moveToBusinessDay ? firstBusinessDay(due, alsaceMoselle) : due;
    }

    @Override
    public LocalDate nextBusinessDay(LocalDate date, boolean alsaceMoselle)
    {
        requireBounded(date);
        return firstBusinessDay(date, alsaceMoselle);
    }

    @Override
    public DeadlineStatus status(LocalDate dueDate, List<Integer> reminderDays, boolean alsaceMoselle)
    {
        requireBounded(dueDate);
        LocalDate today = today();
        long calendarDays = ChronoUnit.DAYS.between(today, dueDate);
        long businessDays = calendarDays >= 0 ? countBusinessDays(today, dueDate, alsaceMoselle)
            : -countBusinessDays(dueDate, today, alsaceMoselle);
        List<Integer> offsets = reminderDays == null || reminderDays.isEmpty() ? DEFAULT_REMINDER_DAYS : reminderDays;
        List<LocalDate> reminders = offsets.stream().filter(d -> d != null && d >= 0).map(dueDate::minusDays)
            .filter(d -> !d.isBefore(today)).distinct().sorted().toList();
        return new DeadlineStatus(dueDate, today, calendarDays, businessDays, Urgency.of(calendarDays), reminders);
    }

    @Override
    public long businessDaysBetween(LocalDate from, LocalDate to, boolean alsaceMoselle)
    {
        requireBounded(from);
        requireBounded(to);
        return countBusinessDays(from, to, alsaceMoselle);
    }

    @Override
    public LocalDate today()
    {
        return LocalDate.now(this.clockProvider.getClock());
    }

    private static void requireBounded(LocalDate date)
    {
        if (!DateBounds.contains(date)) {
            throw new IllegalArgumentException("A date must be from " + DateBounds.MIN + " to " + DateBounds.MAX
                + ": " + date);
        }
    }

    /**
     * The weekdays after {@code from} up to {@code to}: five a whole week, then the few days left, less the holidays
     * that fall on a weekday of the range.
     */
    private long countBusinessDays(LocalDate from, LocalDate to, boolean alsaceMoselle)
    {
        if (!to.isAfter(from)) {
            return 0;
        }
        long weeks = ChronoUnit.DAYS.between(from, to) / DAYS_A_WEEK;
        long count = weeks * BUSINESS_DAYS_A_WEEK;
        for (LocalDate day = from.plusWeeks(weeks).plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWeekday(day)) {
                count++;
            }
        }
        return count - weekdayHolidays(from, to, alsaceMoselle);
    }

    /**
     * The holidays after {@code from} up to {@code to} that fall on a weekday (a holiday on a Sunday removes no
     * business day). Two holidays on one date (Ascension on 1 May) are one entry of the map, so one day.
     */
    private long weekdayHolidays(LocalDate from, LocalDate to, boolean alsaceMoselle)
    {
        long count = 0;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            count += this.holidayCalendar.holidays(year, alsaceMoselle).keySet().stream()
                .filter(day -> day.isAfter(from) && !day.isAfter(to) && isWeekday(day)).count();
        }
        return count;
    }

    private LocalDate addBusinessDays(LocalDate start, int amount, boolean alsaceMoselle)
    {
        LocalDate day = start;
        long left = amount;
        // Whole weeks first, fewer than the days left so that at least one is left: the last ones are counted a day
        // at a time, so that the due date is the very day the count is reached, never the weekend after it.
        while (left > BUSINESS_DAYS_A_WEEK) {
            LocalDate later = day.plusWeeks((left - 1) / BUSINESS_DAYS_A_WEEK);
            left -= countBusinessDays(day, later, alsaceMoselle);
            day = later;
        }
        while (left > 0) {
            day = day.plusDays(1);
            if (this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The date itself or the first business day after it. No run of days off is longer than a long weekend with its
     * holidays (four days at Easter in Alsace-Moselle), so this looks at a few days only.
     */
    private LocalDate firstBusinessDay(LocalDate date, boolean alsaceMoselle)
    {
        LocalDate day = date;
        while (!this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekday(LocalDate day)
    {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}
