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
package org.xwiki.contrib.cdd.internal.indicators;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The few statistics the indicators need, with their conventions stated once.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class Statistics
{
    private static final double HUNDRED = 100.0;

    private Statistics()
    {
    }

    /**
     * @return part / whole in percent, null when whole is zero (a share of nothing is not 0 %)
     */
    static Double share(long part, long whole)
    {
        return whole == 0 ? null : HUNDRED * part / whole;
    }

    /**
     * @return the median: the middle value, or the mean of the two middle values; null for no value
     */
    static Double median(List<Long> sortedValues)
    {
        int n = sortedValues.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? (double) sortedValues.get(n / 2)
            : (sortedValues.get(n / 2 - 1) + sortedValues.get(n / 2)) / 2.0;
    }

    /**
     * @return the nearest-rank percentile: the smallest value with at least p % of the values at or below it
     */
    static Long percentile(List<Long> sortedValues, int percent)
    {
        if (sortedValues.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / HUNDRED * sortedValues.size());
        return sortedValues.get(Math.max(rank, 1) - 1);
    }

    /**
     * @return how many items have each key, in first-seen order (an item with several keys counts in each)
     */
    static <T> Map<String, Long> countBy(Collection<T> items, Function<T, List<String>> keys)
    {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (T item : items) {
            for (String key : keys.apply(item)) {
                counts.merge(key, 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * @return for each key, the share in percent of attended over expected
     */
    static Map<String, Double> rates(Map<String, long[]> attendedAndExpected)
    {
        Map<String, Double> rates = new LinkedHashMap<>();
        attendedAndExpected.forEach((key, counts) -> rates.put(key, share(counts[0], counts[1])));
        return rates;
    }
}
