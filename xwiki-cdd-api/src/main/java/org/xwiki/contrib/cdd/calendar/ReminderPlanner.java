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
package org.xwiki.contrib.cdd.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Who must be reminded of what on a given day. Before a due date, at each configured offset (e.g. 30, 7 and 1 days
 * before); a reminder that would fall on a weekend or public holiday goes out the business day before, so that it is
 * never late. Once the due date has passed, on the first business day after it, then every seven days after that
 * (each moved to the next business day), while the item stays open.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface ReminderPlanner
{
    /** The most items one plan reads: a council's open items are counted in hundreds. */
    int MAX_ITEMS = 10000;

    /** The most offsets before a due date. */
    int MAX_OFFSETS = 10;

    /**
     * @param day the day the reminders go out
     * @param items the open items (at most {@link #MAX_ITEMS}; an item without due date or recipient is skipped)
     * @param offsets the days before a due date a reminder goes out (each from 1 to {@link DateBounds#MAX_DAYS}, at
     *     most {@link #MAX_OFFSETS}; none: {@link DeadlineCalculator#DEFAULT_REMINDER_DAYS})
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return the reminders of that day, by recipient (in the order they first appear), each list by due date
     * @throws IllegalArgumentException for a day outside {@link DateBounds}, too many items or a wrong offset
     */
    Map<String, List<Reminder>> remindersOn(LocalDate day, List<ReminderItem> items, List<Integer> offsets,
        boolean alsaceMoselle);
}
