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
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit tests for {@link FrenchHolidayCalendar}.
 *
 * @version $Id$
 */
class FrenchHolidayCalendarTest
{
    private final FrenchHolidayCalendar calendar = new FrenchHolidayCalendar();

    @ParameterizedTest
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16",
        "2029,2029-04-01", "2030,2030-04-21"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter)
    {
        assertEquals(easter, this.calendar.easterSunday(year));
    }

    @ParameterizedTest
    @CsvSource({"2024,2024-04-01,2024-05-09,2024-05-20", "2025,2025-04-21,2025-05-29,2025-06-09",
        "2026,2026-04-06,2026-05-14,2026-05-25", "2027,2027-03-29,2027-05-06,2027-05-17",
        "2028,2028-04-17,2028-05-25,2028-06-05", "2029,2029-04-02,2029-05-10,2029-05-21",
        "2030,2030-04-22,2030-05-30,2030-06-10"})
    void easterBasedHolidaysMoveWithEaster(int year, LocalDate easterMonday, LocalDate ascension,
        LocalDate whitMonday)
    {
        SortedMap<LocalDate, String> holidays = this.calendar.holidays(year, false);

        assertEquals("easter_monday", holidays.get(easterMonday));
        assertEquals("ascension", holidays.get(ascension));
        assertEquals("whit_monday", holidays.get(whitMonday));
        assertEquals(11, holidays.size());
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephen()
    {
        SortedMap<LocalDate, String> holidays = this.calendar.holidays(2026, true);

        assertEquals(13, holidays.size());
        assertEquals("good_friday", holidays.get(LocalDate.of(2026, 4, 3)));
        assertEquals("saint_stephen", holidays.get(LocalDate.of(2026, 12, 26)));
        assertFalse(this.calendar.holidays(2026, false).containsKey(LocalDate.of(2026, 4, 3)));
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays()
    {
        assertFalse(this.calendar.isBusinessDay(LocalDate.of(2026, 7, 14), false), "national day, a Tuesday");
        assertFalse(this.calendar.isBusinessDay(LocalDate.of(2026, 11, 28), false), "a Saturday");
        assertTrue(this.calendar.isBusinessDay(LocalDate.of(2026, 7, 15), false));
        assertTrue(this.calendar.isBusinessDay(LocalDate.of(2026, 4, 3), false), "Good Friday outside Alsace");
        assertFalse(this.calendar.isBusinessDay(LocalDate.of(2026, 4, 3), true));
    }
}
