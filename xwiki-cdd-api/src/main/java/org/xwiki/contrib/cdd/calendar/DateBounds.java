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
import java.time.Month;

import org.xwiki.stability.Unstable;

/**
 * The dates and delays the application accepts, in one place for the macros, the script services, the record reader
 * and the tests. A council's dates (referrals, mandates, meetings, reviews) fall within a few years of today: the
 * bounds are wide enough for any real archive or plan, and narrow enough that no computation over them (business
 * days, holidays, due dates) can run for long, however the values were typed.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class DateBounds
{
    /** The first year accepted: older than any archive a council keeps. */
    public static final int MIN_YEAR = 1900;

    /** The last year accepted: further than any plan a council makes. */
    public static final int MAX_YEAR = 2200;

    /** The first date accepted: 1 January {@link #MIN_YEAR}. */
    public static final LocalDate MIN = LocalDate.of(MIN_YEAR, Month.JANUARY, 1);

    /** The last date accepted: 31 December {@link #MAX_YEAR}. */
    public static final LocalDate MAX = LocalDate.of(MAX_YEAR, Month.DECEMBER, 31);

    /**
     * The longest delay in days (calendar or business days): ten years. The longest legal delays a council counts in
     * days are a few months; ten years leaves room for any local rule while keeping a due date near the accepted
     * dates.
     */
    public static final int MAX_DAYS = 3650;

    /**
     * The longest delay in months: ten years, longer than a mandate (six years) and than any review period a council
     * would set.
     */
    public static final int MAX_MONTHS = 120;

    private DateBounds()
    {
    }

    /**
     * @param date a date, possibly null
     * @return whether it is from {@link #MIN} to {@link #MAX}, both included
     */
    public static boolean contains(LocalDate date)
    {
        return date != null && !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /**
     * @param year a year
     * @return whether it is from {@link #MIN_YEAR} to {@link #MAX_YEAR}, both included
     */
    public static boolean containsYear(int year)
    {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /**
     * @param amount a delay
     * @param rule how it is counted
     * @return whether it is from 0 to {@link #MAX_DAYS} days, or to {@link #MAX_MONTHS} months
     */
    public static boolean containsDelay(long amount, DeadlineRule rule)
    {
        return amount >= 0 && amount <= (rule == DeadlineRule.MONTHS ? MAX_MONTHS : MAX_DAYS);
    }
}
