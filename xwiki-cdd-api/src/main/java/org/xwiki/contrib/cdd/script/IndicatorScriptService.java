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
package org.xwiki.contrib.cdd.script;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.indicators.Period;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.indicators}: the self-evaluation indicators of a period. The records come in a map whose keys
 * are the entity ids in the plural: {@code saisines}, {@code contributions}, {@code recommendations},
 * {@code meetings}, {@code members}, {@code tutorials} (a missing key counts as no record).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(IndicatorScriptService.HINT)
@Singleton
@Unstable
public class IndicatorScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.indicators";

    @Inject
    private IndicatorCalculator calculator;

    @Inject
    private ScriptErrors errors;

    /** Where stored dates' day is read. */
    @Inject
    private ClockProvider clockProvider;

    /**
     * @return every indicator id, in report order
     */
    public List<String> getIds()
    {
        return IndicatorCalculator.ALL;
    }

    /**
     * @param records the records, by plural entity id
     * @param year the calendar year
     * @return the indicators of that year, null (and lastError) for a year outside {@link DateBounds}
     */
    public IndicatorReport compute(Map<String, ?> records, int year)
    {
        this.errors.clear();
        return DateBounds.containsYear(year) ? this.calculator.compute(input(records), Period.calendarYear(year))
            : this.errors.badYear(year);
    }

    /**
     * @param records the records, by plural entity id
     * @param start the first day of the period
     * @param end the last day of the period
     * @return the indicators of that period, null (and lastError) when the period cannot be read or a date is out of
     *     bounds
     */
    public IndicatorReport compute(Map<String, ?> records, Object start, Object end)
    {
        this.errors.clear();
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate first = ScriptValues.toDate(start, zone);
        LocalDate last = ScriptValues.toDate(end, zone);
        if (first == null && ScriptValues.toAnyDate(start, zone) != null) {
            return this.errors.badDate(start, zone);
        }
        if (last == null && ScriptValues.toAnyDate(end, zone) != null) {
            return this.errors.badDate(end, zone);
        }
        if (first == null || last == null || last.isBefore(first)) {
            return this.errors.fail(ScriptError.BAD_PERIOD, String.valueOf(start), String.valueOf(end));
        }
        return this.calculator.compute(input(records), new Period(first, last));
    }

    private static IndicatorInput input(Map<String, ?> records)
    {
        Map<String, ?> all = records == null ? Map.of() : records;
        return new IndicatorInput(RecordLists.records(all.get("saisines")),
            RecordLists.records(all.get("contributions")), RecordLists.records(all.get("recommendations")),
            RecordLists.records(all.get("meetings")), RecordLists.records(all.get("members")),
            RecordLists.records(all.get("tutorials")));
    }
}
