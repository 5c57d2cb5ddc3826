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
package org.xwiki.contrib.cdd.composition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * What the composition is checked against, as the administrator configured it.
 *
 * @param date the day the composition is checked for (members whose mandate covers it)
 * @param censusShares the share of each age class in the census population, in percent (INSEE POP1A), in the order of
 *     the classes; empty when not entered yet
 * @param tolerancePoints how many percentage points an age class may deviate from the census before it is reported
 * @param mandateWarningDays how many days ahead a mandate end is reported
 * @param colleges the configured colleges
 * @param communeEpci each configured commune and the EPCI it belongs to
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record CompositionRules(LocalDate date, Map<String, Double> censusShares, double tolerancePoints,
    int mandateWarningDays, List<String> colleges, Map<String, String> communeEpci)
{
    /**
     * Copies the collections so that rules cannot change.
     */
    public CompositionRules
    {
        censusShares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(censusShares));
        colleges = List.copyOf(colleges);
        communeEpci = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(communeEpci));
    }
}
