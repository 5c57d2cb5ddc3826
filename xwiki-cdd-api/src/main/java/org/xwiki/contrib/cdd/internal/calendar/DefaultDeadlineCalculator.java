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
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DeadlineCalculator;
import org.xwiki.contrib.cdd.calendar.DeadlineRule;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.HolidayCalendar;
import org.xwiki.contrib.cdd.calendar.Urgency;

/**
 * Computes due dates and their status with the French holiday calendar.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultDeadlineCalculator implements DeadlineCalculator
{
    @Inject
    private HolidayCalendar holidayCalendar;

    @Inject
    private ClockProvider clockProvider;

    @Override
    public LocalDate dueDate(LocalDate start, int amount, DeadlineRule rule, boolean moveToBusinessDay,
        boolean alsaceMoselle)
    {
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
        return moveToBusinessDay ? nextBusinessDay(due, alsaceMoselle) : due;
    }

    @Override
    public LocalDate nextBusinessDay(LocalDate date, boolean alsaceMoselle)
    {
        LocalDate day = date;
        while (!this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public DeadlineStatus status(LocalDate dueDate, List<Integer> reminderDays, boolean alsaceMoselle)
    {
        LocalDate today = today();
        long calendarDays = ChronoUnit.DAYS.between(today, dueDate);
        long businessDays = calendarDays >= 0 ? businessDaysBetween(today, dueDate, alsaceMoselle)
            : -businessDaysBetween(dueDate, today, alsaceMoselle);
        List<Integer> offsets = reminderDays == null || reminderDays.isEmpty() ? DEFAULT_REMINDER_DAYS : reminderDays;
        List<LocalDate> reminders = offsets.stream().filter(d -> d != null && d >= 0).map(dueDate::minusDays)
            .filter(d -> !d.isBefore(today)).distinct().sorted().toList();
        return new DeadlineStatus(dueDate, today, calendarDays, businessDays, Urgency.of(calendarDays), reminders);
    }

    @Override
    public long businessDaysBetween(LocalDate from, LocalDate to, boolean alsaceMoselle)
    {
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public LocalDate today()
    {
        return LocalDate.now(this.clockProvider.getClock());
    }

    private LocalDate addBusinessDays(LocalDate start, int amount, boolean alsaceMoselle)
    {
        LocalDate day = start;
        int added = 0;
        while (added < amount) {
            day = day.plusDays(1);
            if (this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
                added++;
            }
        }
        return day;
    }
}
