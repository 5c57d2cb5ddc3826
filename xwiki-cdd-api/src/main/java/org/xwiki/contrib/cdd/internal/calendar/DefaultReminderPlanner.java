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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.calendar.DeadlineCalculator;
import org.xwiki.contrib.cdd.calendar.HolidayCalendar;
import org.xwiki.contrib.cdd.calendar.Reminder;
import org.xwiki.contrib.cdd.calendar.ReminderItem;
import org.xwiki.contrib.cdd.calendar.ReminderPlanner;

/**
 * Computes each item's reminder days from its due date alone, so that any day's plan is the same whoever computes it
 * and whenever: no state, nothing remembered between two runs (the digest's log says what was sent).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultReminderPlanner implements ReminderPlanner
{
    private static final int WEEK = 7;

    @Inject
    private HolidayCalendar holidayCalendar;

    @Override
    public Map<String, List<Reminder>> remindersOn(LocalDate day, List<ReminderItem> items, List<Integer> offsets,
        boolean alsaceMoselle)
    {
        if (day == null || !DateBounds.contains(day)) {
            throw new IllegalArgumentException("The day must be from " + DateBounds.MIN + " to " + DateBounds.MAX);
        }
        List<ReminderItem> all = items == null ? List.of() : items;
        if (all.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("Too many items (the most is " + MAX_ITEMS + "): " + all.size());
        }
        List<Integer> before = checkedOffsets(offsets);
        List<Reminder> reminders = new ArrayList<>();
        for (ReminderItem item : all) {
            if (item != null && item.dueDate() != null && DateBounds.contains(item.dueDate())) {
                reminderOn(day, item, before, alsaceMoselle).ifPresent(reminder -> reminders.addAll(each(reminder)));
            }
        }
        reminders.sort(Comparator.comparing((Reminder r) -> r.item().dueDate()));
        Map<String, List<Reminder>> byRecipient = new LinkedHashMap<>();
        reminders.forEach(r -> byRecipient.computeIfAbsent(r.recipient(), k -> new ArrayList<>()).add(r));
        return byRecipient;
    }

    // The same reminder for each recipient of its item, each once.
    private static List<Reminder> each(Reminder reminder)
    {
        List<Reminder> each = new ArrayList<>();
        for (String recipient : new LinkedHashSet<>(reminder.item().recipients())) {
            if (recipient != null && !recipient.isBlank()) {
                each.add(new Reminder(recipient, reminder.item(), reminder.overdue(), reminder.days()));
            }
        }
        return each;
    }

    private static List<Integer> checkedOffsets(List<Integer> offsets)
    {
        if (offsets == null || offsets.isEmpty()) {
            return DeadlineCalculator.DEFAULT_REMINDER_DAYS;
        }
        if (offsets.size() > MAX_OFFSETS) {
            throw new IllegalArgumentException("At most " + MAX_OFFSETS + " reminder offsets: " + offsets.size());
        }
        for (Integer offset : offsets) {
            if (offset == null || offset < 1 || offset > DateBounds.MAX_DAYS) {
                throw new IllegalArgumentException("A reminder offset must be from 1 to " + DateBounds.MAX_DAYS
                    + " days: " + offset);
            }
        }
        return offsets;
    }

    // The reminder of one item on that day, if any; without recipient yet.
    private Optional<Reminder> reminderOn(LocalDate day, ReminderItem item, List<Integer> offsets,
        boolean alsaceMoselle)
    {
        LocalDate due = item.dueDate();
        long left = ChronoUnit.DAYS.between(day, due);
        if (left >= 0) {
            for (Integer offset : offsets) {
                LocalDate reminder = due.minusDays(offset);
                if (DateBounds.contains(reminder) && day.equals(businessDayOnOrBefore(reminder, alsaceMoselle))) {
                    return Optional.of(new Reminder("", item, false, left));
                }
            }
            return Optional.empty();
        }
        LocalDate firstOverdue = businessDayOnOrAfter(due.plusDays(1), alsaceMoselle);
        long sinceFirst = ChronoUnit.DAYS.between(firstOverdue, day);
        if (sinceFirst < 0) {
            return Optional.empty();
        }
        // The weekly reminders fall seven days apart from the first one, each moved past a holiday on its own: a move
        // is shorter than a week, so only the week that started last can fall on this day.
        LocalDate weekly = firstOverdue.plusDays(sinceFirst / WEEK * WEEK);
        return day.equals(businessDayOnOrAfter(weekly, alsaceMoselle))
            ? Optional.of(new Reminder("", item, true, -left)) : Optional.empty();
    }

    private LocalDate businessDayOnOrBefore(LocalDate date, boolean alsaceMoselle)
    {
        LocalDate day = date;
        while (DateBounds.contains(day) && !this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
            day = day.minusDays(1);
        }
        return day;
    }

    // Past the last day the application knows, the date stays as it is (no holiday is known there).
    private LocalDate businessDayOnOrAfter(LocalDate date, boolean alsaceMoselle)
    {
        LocalDate day = date;
        while (DateBounds.contains(day) && !this.holidayCalendar.isBusinessDay(day, alsaceMoselle)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
