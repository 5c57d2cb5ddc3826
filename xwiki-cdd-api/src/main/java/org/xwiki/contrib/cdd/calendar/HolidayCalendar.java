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
import java.util.SortedMap;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * French public holidays (jours fériés, Code du travail L3133-1), with the two extra days of Alsace-Moselle as an
 * option, and the business days they leave.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface HolidayCalendar
{
    /**
     * @param year a year
     * @param alsaceMoselle whether to add Good Friday and 26 December (local law of Alsace-Moselle)
     * @return the holidays of that year, by date, each with its id (e.g. {@code easter_monday}) for translation
     */
    SortedMap<LocalDate, String> holidays(int year, boolean alsaceMoselle);

    /**
     * @param date a date
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return whether it is a business day: Monday to Friday and not a holiday
     */
    boolean isBusinessDay(LocalDate date, boolean alsaceMoselle);

    /**
     * @param year a year
     * @return Easter Sunday of that year (Gregorian calendar)
     */
    LocalDate easterSunday(int year);
}
