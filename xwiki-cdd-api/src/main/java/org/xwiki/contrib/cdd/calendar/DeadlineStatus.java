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

import org.xwiki.stability.Unstable;

/**
 * Where a due date stands on a given day.
 *
 * @param dueDate the due date
 * @param today the day it is computed for
 * @param calendarDaysLeft calendar days from today to the due date, negative when overdue
 * @param businessDaysLeft business days after today up to and including the due date, negative (business days
 *     since) when overdue
 * @param urgency the urgency class
 * @param reminderDates the reminder dates still to come (today included), earliest first
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record DeadlineStatus(LocalDate dueDate, LocalDate today, long calendarDaysLeft, long businessDaysLeft,
    Urgency urgency, List<LocalDate> reminderDates)
{
    /**
     * @return whether the due date is past
     */
    public boolean isOverdue()
    {
        return this.urgency == Urgency.OVERDUE;
    }
}
