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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates {@link RatingSummary}.
 *
 * @version $Id$
 */
class RatingSummaryTest
{
    @Test
    void averagesTheRatingsFromOneToFiveToOneDecimal()
    {
        assertEquals(new RatingSummary(3, 4.3), RatingSummary.of(List.of("4", 5, " 4 ")));
        assertEquals(new RatingSummary(2, 3.5), RatingSummary.of(Arrays.asList("3", "", null, "4", "6", "0", "x")),
            "unrated or impossible values are left out");
        assertEquals(new RatingSummary(0, null), RatingSummary.of(List.of()));
        assertEquals(new RatingSummary(0, null), RatingSummary.of(null));
    }

    @Test
    void theBestRatedComeFirstThenTheMostRated()
    {
        List<Object[]> rows = List.of(new Object[] {"Bocal", "4"}, new Object[] {"Metaplan", "5"},
            new Object[] {"Bocal", "5"}, new Object[] {"Cafe", "5"}, new Object[] {"Cafe", "4"},
            new Object[] {"Gommettes", ""}, new Object[] {"Chapeaux", "2"});

        Map<String, RatingSummary> best = RatingSummary.best(rows, 3);

        assertEquals(List.of("Metaplan", "Bocal", "Cafe"), List.copyOf(best.keySet()),
            "5.0 first; Bocal and Café tie at 4.5 with 2 ratings each, then by name; unrated methods never appear");
        assertEquals(new RatingSummary(2, 4.5), best.get("Bocal"));
        assertEquals(Map.of(), RatingSummary.best(null, 5));
    }
}
