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
package org.xwiki.contrib.cdd.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates {@link ToolComparison}.
 *
 * @version $Id$
 */
class ToolComparisonTest
{
    private static EntityRecord tool(String name, String category, String recommendation)
    {
        Map<String, Object> values = new HashMap<>();
        values.put(ToolClass.CATEGORY, category);
        values.put(ToolClass.RECOMMENDATION, recommendation);
        return new DefaultRecordReader(new TestClockProvider()).read(ToolClass.DEFINITION, "CDD.Tools." + name, values).record();
    }

    @Test
    void theCouncilsChoiceComesFirstThenByTitle()
    {
        List<EntityRecord> tools = List.of(tool("Zoom", "video", "rejected"), tool("Jitsi", "video", "trial"),
            tool("Bbb", "video", "adopted"), tool("Teams", "video", ""), tool("Framadate", "poll", "adopted"),
            tool("Visio", "video", "trial"));
        Map<String, String> titles = Map.of("CDD.Tools.Bbb", "BigBlueButton", "CDD.Tools.Jitsi", "jitsi Meet",
            "CDD.Tools.Visio", "Visio de l’État");

        assertEquals(List.of("Bbb", "Jitsi", "Visio", "Zoom", "Teams"),
            ToolComparison.compare(tools, "video", titles).stream().map(t -> t.page().substring(10)).toList(),
            "adopted, trial (by title, any case), rejected, then not assessed");
        assertEquals(6, ToolComparison.compare(tools, " ", titles).size(), "blank category: every tool");
        assertEquals(List.of(), ToolComparison.compare(tools, "whiteboard", titles));
    }
}
