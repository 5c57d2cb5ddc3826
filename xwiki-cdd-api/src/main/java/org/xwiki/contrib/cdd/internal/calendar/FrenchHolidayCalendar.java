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
import java.time.Month;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.HolidayCalendar;

/**
 * The eleven French public holidays (Code du travail L3133-1) and, as an option, the two extra days of Alsace-Moselle
 * (Good Friday, 26 December). Computed on each call: nothing is cached, so nothing is shared between cluster nodes.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class FrenchHolidayCalendar implements HolidayCalendar
{
    @Override
    public SortedMap<LocalDate, String> holidays(int year, boolean alsaceMoselle)
    {
        LocalDate easter = easterSunday(year);
        SortedMap<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, Month.JANUARY, 1), "new_year");
        holidays.put(easter.plusDays(1), "easter_monday");
        holidays.put(LocalDate.of(year, Month.MAY, 1), "labour_day");
        holidays.put(LocalDate.of(year, Month.MAY, 8), "victory_1945");
        holidays.put(easter.plusDays(39), "ascension");
        holidays.put(easter.plusDays(50), "whit_monday");
        holidays.put(LocalDate.of(year, Month.JULY, 14), "national_day");
        holidays.put(LocalDate.of(year, Month.AUGUST, 15), "assumption");
        holidays.put(LocalDate.of(year, Month.NOVEMBER, 1), "all_saints");
        holidays.put(LocalDate.of(year, Month.NOVEMBER, 11), "armistice_1918");
        holidays.put(LocalDate.of(year, Month.DECEMBER, 25), "christmas");
        if (alsaceMoselle) {
            holidays.put(easter.minusDays(2), "good_friday");
            holidays.put(LocalDate.of(year, Month.DECEMBER, 26), "saint_stephen");
        }
        return holidays;
    }

    @Override
    public boolean isBusinessDay(LocalDate date, boolean alsaceMoselle)
    {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
            && !holidays(date.getYear(), alsaceMoselle).containsKey(date);
    }

    @Override
    public LocalDate easterSunday(int year)
    {
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
