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
package org.xwiki.contrib.cdd.internal.macro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;

/**
 * "Today" is Saturday 28 November 2026 in every rendering test, and in the unit tests that use {@link #clock()}.
 *
 * @version $Id$
 */
@Component
@Singleton
public class TestClockProvider implements ClockProvider
{
    /** The day the rendering tests run on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Override
    public Clock getClock()
    {
        return clock();
    }

    /**
     * @return a clock stopped at midnight of {@link #TODAY} in Paris, for tests that mock their ClockProvider
     */
    public static Clock clock()
    {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Clock.fixed(TODAY.atStartOfDay(paris).toInstant(), paris);
    }
}
