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

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.stability.Unstable;

/**
 * The tools of one category, side by side: the council's choice first (adopted, then on trial, then rejected, then
 * not yet assessed), then by title.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ToolComparison
{
    private static final List<String> RECOMMENDATIONS = ToolClass.DEFINITION.property(ToolClass.RECOMMENDATION)
        .map(PropertyDefinition::allowedValues).orElse(List.of());

    private ToolComparison()
    {
    }

    /**
     * @param tools tool records
     * @param category the category to compare; blank keeps every tool
     * @param titles the title of each tool page
     * @return the tools of that category, in the order of the comparison
     */
    public static List<EntityRecord> compare(List<EntityRecord> tools, String category, Map<String, String> titles)
    {
        boolean all = category == null || category.isBlank();
        return tools.stream().filter(t -> all || category.equals(t.string(ToolClass.CATEGORY)))
            .sorted(Comparator.comparingInt(ToolComparison::rank)
                .thenComparing(t -> String.valueOf(titles.getOrDefault(t.page(), t.page())),
                    String.CASE_INSENSITIVE_ORDER)
                .thenComparing(EntityRecord::page))
            .toList();
    }

    private static int rank(EntityRecord tool)
    {
        String recommendation = tool.string(ToolClass.RECOMMENDATION);
        int index = recommendation == null ? -1 : RECOMMENDATIONS.indexOf(recommendation);
        return index < 0 ? RECOMMENDATIONS.size() : index;
    }
}
