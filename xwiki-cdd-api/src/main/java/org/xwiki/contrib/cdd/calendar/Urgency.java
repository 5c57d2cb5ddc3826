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

import java.util.Locale;

import org.xwiki.stability.Unstable;

/**
 * How close a due date is, from the point of view of "today".
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public enum Urgency
{
    /** The due date is past. */
    OVERDUE,

    /** Due today or within the next 7 days. */
    DUE_7D,

    /** Due within 8 to 30 days. */
    DUE_30D,

    /** Due in more than 30 days. */
    LATER;

    /**
     * @return the id used in pages and translation keys ({@code cdd.urgency.<id>}), e.g. {@code due_7d}
     */
    public String id()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param calendarDaysLeft days from today to the due date (negative when past)
     * @return the urgency
     */
    public static Urgency of(long calendarDaysLeft)
    {
        if (calendarDaysLeft < 0) {
            return OVERDUE;
        }
        if (calendarDaysLeft <= 7) {
            return DUE_7D;
        }
        return calendarDaysLeft <= 30 ? DUE_30D : LATER;
    }
}
