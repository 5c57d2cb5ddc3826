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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.ReportClass;
import org.xwiki.contrib.cdd.entity.ReportSnapshotClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.internal.Html;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ActivityReportBuilder;
import org.xwiki.contrib.cdd.report.ReportCouncil;
import org.xwiki.contrib.cdd.report.ReportDebates;
import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.contrib.cdd.report.ReportSnapshots;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.indicators.report}: the yearly activity report's generated part. The page reads the records
 * as the self-evaluation does ({@code $services.cdd.indicators.records}), the titles of referrals and groups
 * ({@link #getTitleQueries()}, one query each), and gives them to {@link #build}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(ReportScriptService.HINT)
@Singleton
@Unstable
public class ReportScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.report";

    /** The space of the reports: one page per year. */
    public static final String SPACE = ReportClass.SPACE;

    private static final int LIST_STATUS_COLUMN = 2;

    private static final String SAISINES = "saisines";

    private static final String CONTRIBUTIONS = "contributions";

    private static final String DEBATE_OUT_OF_RANGE = "cdd.report.debates.outOfRange";

    @Inject
    private ActivityReportBuilder builder;

    @Inject
    private ClockProvider clockProvider;

    @Inject
    private CurrentLocale currentLocale;

    @Inject
    private ScriptErrors errors;

    @Inject
    private ReportSnapshots snapshots;

    /**
     * @param records the records by plural entity id, as {@code $services.cdd.indicators.records} reads them
     * @param year the calendar year, as a number or text
     * @param bodies the deliberative bodies the council serves, as configured
     * @return the report of that year; null (and lastError) for a year outside {@link DateBounds}
     */
    public ActivityReport build(Map<String, ?> records, Object year, List<?> bodies)
    {
        this.errors.clear();
        Integer number = ScriptValues.toInteger(year);
        if (number == null || !DateBounds.containsYear(number)) {
            return this.errors.badYear(number == null ? 0 : number);
        }
        Map<String, ?> all = records == null ? Map.of() : records;
        return this.builder.build(number, new ActivityReportBuilder.ReportRecords(
            RecordLists.records(all.get(SAISINES)), RecordLists.records(all.get(CONTRIBUTIONS)),
            RecordLists.records(all.get("recommendations")), RecordLists.records(all.get("meetings"))),
            bodies == null ? List.of()
                : bodies.stream().map(String::valueOf).toList(), LocalDate.now(this.clockProvider.getClock()));
    }

    /**
     * @return the statements of the titles a report names, by kind: page and title of each referral, group,
     *     contribution and method
     */
    public Map<String, String> getTitleQueries()
    {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put(SAISINES, titleQuery(SaisineClass.REFERENCE));
        queries.put("groups", titleQuery(GroupClass.REFERENCE));
        queries.put(CONTRIBUTIONS, titleQuery(ContributionClass.REFERENCE));
        queries.put("methods", titleQuery(MethodClass.REFERENCE));
        return queries;
    }

    /**
     * @param rows the rows of {@link #getTitleQueries()}, by kind
     * @return the title of each page, by page
     */
    public Map<String, String> titlesOf(Map<?, ?> rows)
    {
        return RecordLists.firstTitles(rows, Set.of());
    }

    /**
     * @param year a year, as a number or text
     * @return the page of that year's report ({@code CDD.Reports.2026}); null for a year outside {@link DateBounds}
     */
    public String reportPage(Object year)
    {
        Integer number = ScriptValues.toInteger(year);
        return number != null && DateBounds.containsYear(number) ? SPACE + '.' + number : null;
    }

    /**
     * @param day a day (LocalDate, Date or ISO text)
     * @return it as HTML for the reader's language, {@code <time datetime="2026-03-12">12 mars 2026</time>}, escaped;
     *     empty when there is none
     */
    public String date(Object day)
    {
        LocalDate date = ScriptValues.toDate(day, this.clockProvider.getStorageZone());
        return date == null ? "" : String.format("<time datetime=\"%s\">%s</time>", date, Html.escape(dayText(date)));
    }

    /**
     * @param day a day (LocalDate, Date or ISO text)
     * @return it written for the reader's language ({@code 12 mars 2026}), not escaped; empty for no day
     */
    public String dayText(Object day)
    {
        LocalDate date = ScriptValues.toDate(day, this.clockProvider.getStorageZone());
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(this.currentLocale.get()).format(date);
    }

    /**
     * @param report the year's figures ({@link #build})
     * @param composition the council's composition on {@link #compositionDate} ({@code $services.cdd.composition
     *     .check}); null when it could not be checked
     * @param indicators the year's self-evaluation ({@code $services.cdd.indicators.compute})
     * @param titles the titles of the pages the report names ({@link #titlesOf})
     * @return what the report page shows from the records: the composition in aggregates only, the indicators but
     *     those computed from private data; null when the report or the indicators are missing
     */
    public ReportSnapshot snapshot(Object report, Object composition, Object indicators, Map<?, ?> titles)
    {
        if (!(report instanceof ActivityReport activity) || !(indicators instanceof IndicatorReport computed)) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        ScriptValues.toValueMap(titles).forEach((page, title) -> names.put(page, String.valueOf(title)));
        return new ReportSnapshot(activity, composition instanceof CompositionReport council
            ? ReportCouncil.of(council) : null, computed.indicators().stream()
            .filter(indicator -> !IndicatorCalculator.PRIVATE.contains(indicator.id())).toList(), names);
    }

    /**
     * @param year the report's year
     * @return the day its composition is taken: 31 December of that year, or today while the year runs; null for a
     *     year outside {@link DateBounds}
     */
    public LocalDate compositionDate(Object year)
    {
        Integer number = ScriptValues.toInteger(year);
        if (number == null || !DateBounds.containsYear(number)) {
            return null;
        }
        LocalDate today = LocalDate.now(this.clockProvider.getClock());
        LocalDate end = LocalDate.of(number, 12, 31);
        return end.isAfter(today) ? today : end;
    }

    /**
     * @param snapshot what {@link #snapshot} gave
     * @return it as the text the workflow service stores on the report's state page when the bureau validates it
     */
    public String freeze(Object snapshot)
    {
        return snapshot instanceof ReportSnapshot figures ? this.snapshots.write(figures) : null;
    }

    /**
     * @param text the text {@link #freeze} wrote
     * @return the frozen figures; null when the text cannot be read
     */
    public ReportSnapshot frozen(Object text)
    {
        return this.snapshots.read(text instanceof String value ? value : null).orElse(null);
    }

    /**
     * @param to the state a report moves to
     * @return whether the move freezes the figures (the bureau validates the report)
     */
    public boolean freezes(Object to)
    {
        return WorkflowStates.VALIDATED.equals(to);
    }

    /**
     * @param to the state a report moves to
     * @return whether the move lets the figures follow the records again (back to draft)
     */
    public boolean thaws(Object to)
    {
        return WorkflowStates.DRAFT.equals(to);
    }

    /**
     * @param state a report's confirmed state
     * @return whether its figures are computed from the records (a draft) rather than read frozen
     */
    public boolean isLive(Object state)
    {
        return state == null || WorkflowStates.DRAFT.equals(state);
    }

    /**
     * @param state a report's confirmed state
     * @return whether the dates of the debates are recorded in that state (validated, before it counts as debated)
     */
    public boolean takesDebates(Object state)
    {
        return WorkflowStates.VALIDATED.equals(state);
    }

    /**
     * @return the statement of the council's reports: page, year and the page's copy of the state (its column
     *     {@link #getListStatusColumn()}), the latest year first
     */
    public String getListQuery()
    {
        return String.format("select doc.fullName, item.%1$s, item.%2$s from Document doc, doc.object(%3$s) as item"
            + " where %4$s order by item.%1$s desc", ReportClass.YEAR, ReportClass.STATUS, ReportClass.REFERENCE,
            RecordLists.COUNCIL_PAGES);
    }

    /** @return the column of the state in the rows of {@link #getListQuery()}, for {@code ConfirmedStates.overlay} */
    public int getListStatusColumn()
    {
        return LIST_STATUS_COLUMN;
    }

    /** @return the statement of a report's frozen figures, bound to {@code page}: its state page */
    public String getFrozenQuery()
    {
        return String.format("select snapshot.%s from Document doc, doc.object(%s) as snapshot"
            + " where doc.fullName = :page", ReportSnapshotClass.FIGURES, ReportSnapshotClass.REFERENCE);
    }

    /** @return the years an animator may prepare a report for: this year, then last year */
    public List<Integer> getPreparableYears()
    {
        int year = LocalDate.now(this.clockProvider.getClock()).getYear();
        return List.of(year, year - 1);
    }

    /**
     * @param year a year typed or sent by a form
     * @return it when an animator may prepare its report ({@link #getPreparableYears()}), else null
     */
    public Integer preparableYear(Object year)
    {
        Integer number = ScriptValues.toInteger(year);
        return number != null && getPreparableYears().contains(number) ? number : null;
    }

    /**
     * @param text the stored debate dates ({@code ReportClass.debates})
     * @return the date of each body
     */
    public Map<String, LocalDate> debates(Object text)
    {
        return ReportDebates.read(text == null ? null : String.valueOf(text));
    }

    /**
     * @param text the stored debate dates
     * @param bodies the configured deliberative bodies
     * @return the text when every configured body has a date (there is at least one body), else empty: what the
     *     workflow service checks before a report counts as debated
     */
    public String completeDebates(Object text, List<?> bodies)
    {
        List<String> names = names(bodies);
        return !names.isEmpty() && ReportDebates.missing(names, debates(text)).isEmpty() ? String.valueOf(text) : "";
    }

    /**
     * @param bodies the configured deliberative bodies
     * @param dates the date typed for each, in the same order (empty: not debated there yet)
     * @param year the report's year
     * @return the text to store; null (and lastError) when a date is not a date or is outside the report's year
     *     and today (a debate cannot be recorded before it happened)
     */
    public String debateText(List<?> bodies, List<?> dates, Object year)
    {
        this.errors.clear();
        List<String> names = names(bodies);
        Integer number = ScriptValues.toInteger(year);
        LocalDate today = LocalDate.now(this.clockProvider.getClock());
        Map<String, LocalDate> debates = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Object typed = dates != null && i < dates.size() ? dates.get(i) : null;
            if (typed != null && !String.valueOf(typed).isBlank()) {
                LocalDate date = ScriptValues.toDate(typed, this.clockProvider.getStorageZone());
                if (date == null) {
                    return this.errors.badDate(typed, this.clockProvider.getStorageZone());
                }
                if (number == null || date.getYear() < number || date.isAfter(today)) {
                    return this.errors.fail(DEBATE_OUT_OF_RANGE, names.get(i), String.valueOf(number));
                }
                debates.put(names.get(i), date);
            }
        }
        return ReportDebates.write(debates);
    }

    private static List<String> names(List<?> bodies)
    {
        return bodies == null ? List.of() : bodies.stream().map(String::valueOf).toList();
    }

    private static String titleQuery(String classReference)
    {
        return String.format("select doc.fullName, doc.title from Document doc, doc.object(%s) as item where %s",
            classReference, RecordLists.COUNCIL_PAGES);
    }
}
