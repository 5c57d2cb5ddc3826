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
package org.xwiki.contrib.cdd.indicators;

import java.time.LocalDate;

import org.xwiki.stability.Unstable;

/**
 * A period of activity, both ends included: a calendar year by default (the activity report is yearly).
 *
 * @param start the first day
 * @param end the last day
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record Period(LocalDate start, LocalDate end)
{
    /**
     * Refuses an inverted period.
     */
    public Period
    {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("A period needs a start on or before its end: " + start + ", " + end);
        }
    }

    /**
     * @param year a year
     * @return 1 January to 31 December of that year
     */
    public static Period calendarYear(int year)
    {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * @param date a date, possibly null
     * @return whether it falls in the period
     */
    public boolean contains(LocalDate date)
    {
        return date != null && !date.isBefore(this.start) && !date.isAfter(this.end);
    }
}
