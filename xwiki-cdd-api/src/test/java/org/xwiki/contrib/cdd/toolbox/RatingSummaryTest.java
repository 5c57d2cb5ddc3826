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
}
