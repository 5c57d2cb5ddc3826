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
package org.xwiki.contrib.cdd.test;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.xwiki.contrib.cdd.test.standin.Scenario;

/**
 * The "todays" the date-sensitive page tests run on, so that none passes on one day only: the default day (a
 * Saturday), a weekday before a public holiday, the last day of a year, a leap day, the day summer time starts and a
 * day far ahead (the starter content's review dates are long past by then).
 *
 * @version $Id$
 */
public final class HarnessDays
{
    private HarnessDays()
    {
    }

    /**
     * @return the days, for {@code @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")}
     */
    public static Stream<LocalDate> todays()
    {
        return Stream.of(Scenario.DEFAULT_TODAY, LocalDate.of(2026, 7, 13), LocalDate.of(2026, 12, 31),
            LocalDate.of(2028, 2, 29), LocalDate.of(2027, 3, 28), LocalDate.of(2035, 6, 15));
    }
}
