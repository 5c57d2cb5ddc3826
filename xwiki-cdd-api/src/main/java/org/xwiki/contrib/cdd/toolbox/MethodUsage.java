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

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.stability.Unstable;

/**
 * How many meetings used each method: the "most used" list of the toolbox home.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class MethodUsage
{
    private MethodUsage()
    {
    }

    /**
     * @param rows query rows of the meetings' methods: the meeting page, then either one method page or the list of
     *     them (the query may give either shape); a meeting counts once per method even if listed twice
     * @param limit how many methods to keep
     * @return method page → number of meetings that used it, most used first, then by page name
     */
    public static Map<String, Integer> mostUsed(List<?> rows, int limit)
    {
        Map<String, Set<String>> meetingsByMethod = new HashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            if (row instanceof Object[] cells && cells.length > 1 && cells[0] != null) {
                for (String method : methods(cells[1])) {
                    meetingsByMethod.computeIfAbsent(method, key -> new HashSet<>()).add(String.valueOf(cells[0]));
                }
            }
        }
        Map<String, Integer> used = new LinkedHashMap<>();
        meetingsByMethod.entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> e.getValue().size()).reversed()
                .thenComparing(Map.Entry::getKey))
            .limit(Math.max(limit, 0)).forEach(e -> used.put(e.getKey(), e.getValue().size()));
        return used;
    }

    private static List<String> methods(Object cell)
    {
        if (cell instanceof List<?> list) {
            return list.stream().filter(v -> v != null && !String.valueOf(v).isBlank()).map(String::valueOf)
                .toList();
        }
        if (cell == null || String.valueOf(cell).isBlank()) {
            return List.of();
        }
        return List.of(String.valueOf(cell).split("\\|")).stream().map(String::trim).filter(v -> !v.isEmpty())
            .toList();
    }
}
