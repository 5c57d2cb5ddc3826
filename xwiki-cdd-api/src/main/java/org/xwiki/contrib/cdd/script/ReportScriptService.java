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
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.internal.Html;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ActivityReportBuilder;
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
    public static final String SPACE = "CDD.Reports";

    private static final String SAISINES = "saisines";

    @Inject
    private ActivityReportBuilder builder;

    @Inject
    private ClockProvider clockProvider;

    @Inject
    private CurrentLocale currentLocale;

    @Inject
    private ScriptErrors errors;

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
            RecordLists.records(all.get(SAISINES)), RecordLists.records(all.get("contributions")),
            RecordLists.records(all.get("meetings"))), bodies == null ? List.of()
                : bodies.stream().map(String::valueOf).toList(), LocalDate.now(this.clockProvider.getClock()));
    }

    /** @return the statements of the titles a report names, by kind: page and title of each referral and group */
    public Map<String, String> getTitleQueries()
    {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put(SAISINES, titleQuery(SaisineClass.REFERENCE));
        queries.put("groups", titleQuery(GroupClass.REFERENCE));
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
        if (date == null) {
            return "";
        }
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.currentLocale.get())
            .format(date);
        return String.format("<time datetime=\"%s\">%s</time>", date, Html.escape(written));
    }

    private static String titleQuery(String classReference)
    {
        return String.format("select doc.fullName, doc.title from Document doc, doc.object(%s) as item where %s",
            classReference, RecordLists.COUNCIL_PAGES);
    }
}
