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

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates {@link CouncilTimeZone}: the council's zone is the first valid configured one, else Europe/Paris.
 *
 * @version $Id$
 */
class CouncilTimeZoneTest
{
    @Test
    void theApplicationSettingComesFirst()
    {
        assertEquals(ZoneId.of("Indian/Reunion"), CouncilTimeZone.resolve("Indian/Reunion", "Europe/London"));
    }

    @Test
    void theWikiZoneServesWhenTheApplicationSetsNone()
    {
        assertEquals(ZoneId.of("America/Cayenne"), CouncilTimeZone.resolve(null, "America/Cayenne"));
        assertEquals(ZoneId.of("America/Cayenne"), CouncilTimeZone.resolve("  ", " America/Cayenne "));
    }

    @Test
    void unknownOrHugeValuesFallBackToParis()
    {
        assertEquals(CouncilTimeZone.DEFAULT, CouncilTimeZone.resolve());
        assertEquals(CouncilTimeZone.DEFAULT, CouncilTimeZone.resolve(null, null));
        assertEquals(CouncilTimeZone.DEFAULT, CouncilTimeZone.resolve("Mars/Olympus", "---"));
        assertEquals(CouncilTimeZone.DEFAULT, CouncilTimeZone.resolve("Europe/" + "x".repeat(10_000)));
        assertEquals("Europe/Paris", CouncilTimeZone.DEFAULT.getId());
    }
}
