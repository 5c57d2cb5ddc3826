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

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Due dates of referrals and actions, and where they stand today. "Today" comes from the component's clock, so that
 * tests are deterministic. Dates must be within {@link DateBounds} and delays from 0 to its maximum: callers check what
 * users typed first, so that an {@link IllegalArgumentException} here is a programming error.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface DeadlineCalculator
{
    /** Reminder offsets used when the configuration gives none: 30, 7 and 1 days before the due date. */
    List<Integer> DEFAULT_REMINDER_DAYS = List.of(30, 7, 1);

    /**
     * @param start the start date (e.g. the date a referral was received)
     * @param amount how many days or months, from 0 to {@link DateBounds#MAX_DAYS} days or
     *     {@link DateBounds#MAX_MONTHS} months
     * @param rule how they are counted
     * @param moveToBusinessDay whether a due date that falls on a weekend or holiday moves to the next business day
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return the due date
     */
    LocalDate dueDate(LocalDate start, int amount, DeadlineRule rule, boolean moveToBusinessDay,
        boolean alsaceMoselle);

    /**
     * @param date a date
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return the date itself when it is a business day, else the next business day
     */
    LocalDate nextBusinessDay(LocalDate date, boolean alsaceMoselle);

    /**
     * @param dueDate a due date
     * @param reminderDays how many days before it reminders go out (e.g. 30, 7, 1)
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return where it stands today
     */
    DeadlineStatus status(LocalDate dueDate, List<Integer> reminderDays, boolean alsaceMoselle);

    /**
     * @param from a date
     * @param to a later or equal date
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return the business days after {@code from} up to and including {@code to}
     */
    long businessDaysBetween(LocalDate from, LocalDate to, boolean alsaceMoselle);

    /**
     * @return today, in the council's time zone (from the {@link ClockProvider})
     */
    LocalDate today();
}
