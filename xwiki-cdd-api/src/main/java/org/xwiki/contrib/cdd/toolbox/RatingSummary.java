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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xwiki.stability.Unstable;

/**
 * The feedback of a method in two numbers: how many ratings, and their average (one decimal), null when none.
 *
 * @param count how many ratings from 1 to 5
 * @param average their mean rounded to one decimal, null when there is none
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record RatingSummary(int count, Double average)
{
    private static final int BEST = 5;

    /**
     * @param ratings the ratings as stored (numbers or numeric strings); blanks and values outside 1–5 are ignored,
     *     since a feedback may be saved before it is rated
     * @return the summary
     */
    public static RatingSummary of(List<?> ratings)
    {
        List<Integer> valid = ratings == null ? List.of() : ratings.stream().filter(Objects::nonNull)
            .map(r -> parse(String.valueOf(r).trim())).filter(r -> r != null && r >= 1 && r <= BEST).toList();
        if (valid.isEmpty()) {
            return new RatingSummary(0, null);
        }
        double mean = valid.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new RatingSummary(valid.size(), Math.round(mean * 10) / 10.0);
    }

    /**
     * @param rows query rows of every feedback: the method page, then its rating
     * @param limit how many methods to keep
     * @return the best rated methods and their summary, best average first, then most rated, then page name;
     *     methods without any valid rating are left out
     */
    public static Map<String, RatingSummary> best(List<?> rows, int limit)
    {
        Map<String, List<Object>> byPage = new LinkedHashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            if (row instanceof Object[] cells && cells.length > 1 && cells[0] != null) {
                byPage.computeIfAbsent(String.valueOf(cells[0]), page -> new ArrayList<>()).add(cells[1]);
            }
        }
        Map<String, RatingSummary> summaries = new LinkedHashMap<>();
        byPage.forEach((page, ratings) -> summaries.put(page, of(ratings)));
        Map<String, RatingSummary> best = new LinkedHashMap<>();
        summaries.entrySet().stream().filter(e -> e.getValue().count() > 0)
            .sorted(Comparator.comparing((Map.Entry<String, RatingSummary> e) -> e.getValue().average()).reversed()
                .thenComparing(e -> e.getValue().count(), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey))
            .limit(Math.max(limit, 0)).forEach(e -> best.put(e.getKey(), e.getValue()));
        return best;
    }

    private static Integer parse(String text)
    {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
