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

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.indicators.Period;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
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

    /** How many years a self-evaluation offers, and its chart of referrals shows. */
    private static final int YEARS_OFFERED = 5;

    @Inject
    private IndicatorCalculator calculator;

    @Inject
    private ScriptErrors errors;

    @Inject
    private RecordReader reader;

    @Inject
    private CurrentLocale currentLocale;

    /** Where stored dates' day is read. */
    @Inject
    private ClockProvider clockProvider;

    @Inject
    @Named(ReportScriptService.HINT)
    private ScriptService report;

    /** @return the yearly activity report's service: {@code $services.cdd.indicators.report} */
    public ReportScriptService getReport()
    {
        return (ReportScriptService) this.report;
    }

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

    /**
     * @return for each kind of record the indicators read (but the members, read as the composition reads them): the
     *     query of its single-valued properties under {@code query}, and under {@code lists} the query of each of its
     *     multi-valued lists, by property
     */
    public Map<String, Map<String, Object>> getSources()
    {
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        IndicatorSources.SOURCES.forEach((kind, source) -> {
            Map<String, String> lists = new LinkedHashMap<>();
            source.lists().forEach(list -> lists.put(list, RecordLists.listQuery(source.classReference(), list)));
            sources.put(kind, Map.of("query", IndicatorSources.query(source), "lists", lists));
        });
        return sources;
    }

    /**
     * @param kind a kind of record of {@link #getSources()}, e.g. {@code saisines}
     * @param rows the rows of its query
     * @param listRows the rows of each of its list queries, by property
     * @param states the states the workflow service confirmed ({@code $services.cdd.states}), which the states and
     *     stamped dates are read from instead of the records' copies
     * @return one record per row, with its lists; null (and lastError) for an unknown kind
     */
    public List<RecordResult> records(String kind, List<?> rows, Map<?, ?> listRows, ConfirmedStates states)
    {
        this.errors.clear();
        IndicatorSources.Source source = kind == null ? null : IndicatorSources.SOURCES.get(kind);
        if (source == null) {
            return this.errors.fail(ScriptError.UNKNOWN_ENTITY, String.valueOf(kind));
        }
        EntityDefinition definition = Entities.find(source.entity()).orElseThrow();
        Map<String, Map<String, List<String>>> lists = IndicatorSources.lists(source, listRows);
        List<String> columns = new ArrayList<>(source.columns());
        columns.addAll(source.lists());
        List<RecordResult> records = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String page = cells.isEmpty() ? "" : RecordLists.page(cells.get(0));
            records.add(this.reader.readRow(definition, page, columns, IndicatorSources.values(source, cells, lists,
                states)));
        }
        return records;
    }

    /**
     * @return the five calendar years up to the current one (the application's clock), oldest first, as text: the
     *     years a self-evaluation offers
     */
    public List<String> getYears()
    {
        int current = LocalDate.now(this.clockProvider.getClock()).getYear();
        List<String> years = new ArrayList<>();
        for (int year = current - YEARS_OFFERED + 1; year <= current; year++) {
            years.add(String.valueOf(year));
        }
        return years;
    }

    /**
     * @param value an indicator's value, or one figure of a breakdown
     * @return the number written for the reader's language (one decimal at most), empty when it is not a number
     */
    public String number(Object value)
    {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(this.currentLocale.get());
        format.setMaximumFractionDigits(1);
        return format.format(number.doubleValue());
    }

    /**
     * @return the indicators the self-evaluation draws as a bar chart of their breakdown, in page order (those read
     *     from private data are drawn only for who may read it: {@link #readsPrivateData})
     */
    public List<String> getBreakdownCharts()
    {
        return List.of(IndicatorCalculator.ATTENDANCE_BY_COLLEGE, IndicatorCalculator.ATTENDANCE_BY_GENDER,
            IndicatorCalculator.ATTENDANCE_BY_AGE_CLASS, IndicatorCalculator.METHODS_USED);
    }

    /**
     * @param id an indicator id
     * @return whether it breaks figures down by private data (gender, age class): shown only to those who may view
     *     the private data, since a category of one or two people would tell who they are
     */
    public boolean readsPrivateData(String id)
    {
        return id != null && IndicatorCalculator.PRIVATE.contains(id);
    }

    /**
     * @param id an indicator id
     * @param key one key of its breakdown (a state, a kind, a gender...)
     * @return the translation key of that key's label, null when the key is the council's own text (a theme, a body,
     *     a college, an age class, a page) to show as it is
     */
    public String breakdownLabel(String id, String key)
    {
        if (key == null) {
            return null;
        }
        if (BreakdownLabels.UNDISCLOSED.equals(key)) {
            return BreakdownLabels.UNDISCLOSED_KEY;
        }
        String prefix = id == null ? null : BreakdownLabels.PREFIXES.get(id);
        return prefix == null ? null : prefix + key;
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
