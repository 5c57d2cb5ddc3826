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
package org.xwiki.contrib.cdd.toolbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates {@link MethodUsage}.
 *
 * @version $Id$
 */
class MethodUsageTest
{
    @Test
    void countsMeetingsOnceWhateverTheRowShape()
    {
        List<Object> rows = List.of(
            // one row per meeting with its list...
            new Object[] {"CDD.Meetings.M1", List.of("CDD.Toolbox.DotVoting", "CDD.Toolbox.WorldCafe")},
            // ...or one row per method, and a method listed twice in a meeting
            new Object[] {"CDD.Meetings.M2", "CDD.Toolbox.DotVoting"},
            new Object[] {"CDD.Meetings.M2", "CDD.Toolbox.DotVoting"},
            // the stored "a|b" form
            new Object[] {"CDD.Meetings.M3", "CDD.Toolbox.Fishbowl|CDD.Toolbox.DotVoting"},
            new Object[] {"CDD.Meetings.M4", "CDD.Toolbox.Fishbowl"},
            // noise: a meeting without methods, a broken row
            new Object[] {"CDD.Meetings.M5", ""}, new Object[] {"CDD.Meetings.M6"}, "not a row");

        assertEquals(Map.of("CDD.Toolbox.DotVoting", 3, "CDD.Toolbox.Fishbowl", 2), MethodUsage.mostUsed(rows, 2));
        assertEquals(List.of("CDD.Toolbox.DotVoting", "CDD.Toolbox.Fishbowl", "CDD.Toolbox.WorldCafe"),
            List.copyOf(MethodUsage.mostUsed(rows, 10).keySet()), "most used first, ties by page name");
        assertEquals(Map.of(), MethodUsage.mostUsed(null, 5));
        assertEquals(Map.of(), MethodUsage.mostUsed(rows, 0));
    }
}
