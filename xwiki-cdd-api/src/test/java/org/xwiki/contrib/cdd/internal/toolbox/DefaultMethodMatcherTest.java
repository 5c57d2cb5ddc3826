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
package org.xwiki.contrib.cdd.internal.toolbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.contrib.cdd.toolbox.MethodNeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates {@link DefaultMethodMatcher}: "I have 12 people, 45 minutes, online, I need to prioritise".
 *
 * @version $Id$
 */
class DefaultMethodMatcherTest
{
    private final DefaultMethodMatcher matcher = new DefaultMethodMatcher();

    private static EntityRecord method(String name, Object... values)
    {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], values[i + 1]);
        }
        return new DefaultRecordReader(new TestClockProvider()).read(MethodClass.DEFINITION, "CDD.Toolbox." + name, map).record();
    }

    private final List<EntityRecord> toolbox = List.of(
        method("DotVoting", MethodClass.OBJECTIVES, "prioritisation|decision", MethodClass.PARTICIPANTS_MIN, 3,
            MethodClass.PARTICIPANTS_MAX, 60, MethodClass.DURATION_MINUTES, 20, MethodClass.FORMAT, MethodClass.BOTH),
        method("Metaplan", MethodClass.OBJECTIVES, "ideation|prioritisation", MethodClass.PARTICIPANTS_MIN, 6,
            MethodClass.PARTICIPANTS_MAX, 25, MethodClass.DURATION_MINUTES, 40, MethodClass.FORMAT,
            MethodClass.ONLINE),
        method("WorldCafe", MethodClass.OBJECTIVES, "ideation|prioritisation", MethodClass.PARTICIPANTS_MIN, 12,
            MethodClass.PARTICIPANTS_MAX, 100, MethodClass.DURATION_MINUTES, 90, MethodClass.FORMAT,
            MethodClass.IN_PERSON),
        method("Fishbowl", MethodClass.OBJECTIVES, "debate", MethodClass.PARTICIPANTS_MIN, 8,
            MethodClass.DURATION_MINUTES, 45, MethodClass.FORMAT, MethodClass.IN_PERSON),
        method("SixHats", MethodClass.OBJECTIVES, "prioritisation|debate", MethodClass.PARTICIPANTS_MAX, 10,
            MethodClass.DURATION_MINUTES, 30, MethodClass.FORMAT, MethodClass.BOTH),
        method("Incomplete", MethodClass.OBJECTIVES, "prioritisation"));

    private List<String> names(MethodNeed need)
    {
        return this.matcher.match(this.toolbox, need).stream()
            .map(m -> m.page().substring("CDD.Toolbox.".length())).toList();
    }

    @Test
    void twelvePeopleFortyFiveMinutesOnlineToPrioritise()
    {
        assertEquals(List.of("Metaplan", "DotVoting", "Incomplete"),
            names(new MethodNeed(12, 45, MethodClass.ONLINE, "prioritisation")),
            "world café is too long and in the room, six hats is for 10 at most; a record without bounds stays");
    }

    @Test
    void eachCriterionExcludesOnItsOwn()
    {
        assertEquals(List.of("WorldCafe", "Fishbowl", "Metaplan", "SixHats", "DotVoting", "Incomplete"),
            names(new MethodNeed(null, null, null, null)), "no criterion: everything, longest first");
        assertEquals(List.of("Fishbowl", "SixHats"), names(new MethodNeed(null, null, null, "debate")));
        assertEquals(List.of("WorldCafe", "Fishbowl", "SixHats", "DotVoting", "Incomplete"),
            names(new MethodNeed(null, null, MethodClass.IN_PERSON, "")), "both fits the room");
        assertEquals(List.of("SixHats", "DotVoting", "Incomplete"), names(new MethodNeed(null, 30, null, null)),
            "a method lasting exactly the time available fits");
        assertEquals(List.of("SixHats", "DotVoting", "Incomplete"), names(new MethodNeed(3, null, null, null)),
            "the minimum is inclusive; no stated minimum means any size");
        assertEquals(List.of("WorldCafe", "Fishbowl", "Incomplete"), names(new MethodNeed(100, null, null, null)),
            "the maximum is inclusive; no stated maximum means any size");
    }
}
