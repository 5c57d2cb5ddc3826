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
package org.xwiki.contrib.cdd.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.xwiki.stability.Unstable;

/**
 * Every indicator of a period, in the order the activity report prints them.
 *
 * @param period the period
 * @param computedOn the day they were computed (what "overdue" and "not reviewed" are relative to)
 * @param indicators the indicators
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record IndicatorReport(Period period, LocalDate computedOn, List<Indicator> indicators)
{
    /**
     * Copies the list so that a report cannot change.
     */
    public IndicatorReport
    {
        indicators = List.copyOf(indicators);
    }

    /**
     * @param id an indicator id
     * @return the indicator
     */
    public Optional<Indicator> get(String id)
    {
        return this.indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
