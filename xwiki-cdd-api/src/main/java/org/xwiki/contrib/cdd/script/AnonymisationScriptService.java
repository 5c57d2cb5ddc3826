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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.entity.CalendarTokenClass;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.privacy.MemberAnonymisation;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * Anonymising the members who left, for {@code CDD.Code.MemberAnonymisation}: {@code
 * $services.cdd.privateData.anonymisation}. The rules are {@link MemberAnonymisation}'s; this service gives the page
 * its queries (one per list), reads their rows and says which pages to rewrite, so that the page only loads, sets and
 * saves.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named(AnonymisationScriptService.HINT)
@Singleton
@Unstable
public class AnonymisationScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.anonymisation";

    private static final String MEMBER_PAGES = "doc.translation = 0 and doc.fullName like '" + MemberClass.SPACE
        + ".%'";

    private static final String ANONYMISED = "'" + MemberClass.SPACE + '.' + MemberAnonymisation.PAGE_PREFIX + "%'";

    private static final String BY_PAGE = " order by doc.fullName";

    private static final Map<String, String> USER_SETTINGS = Map.of(DigestPreferenceClass.PAGE,
        DigestPreferenceClass.REFERENCE, CalendarTokenClass.PAGE, CalendarTokenClass.REFERENCE);

    private static final String CLASS_NAME = "className";

    private static final String PROPERTY = "property";

    @Inject
    private ClockProvider clockProvider;

    /** @return the anonymised members' pages, to number the next one (no binding) */
    public String getAnonymisedQuery()
    {
        return "select doc.fullName from Document doc where " + MEMBER_PAGES + " and doc.fullName like " + ANONYMISED
            + BY_PAGE;
    }

    /**
     * @return the members whose mandate ended before {@code :cutoff}, the longest gone first: page, title, end of
     *     mandate; {@link #due} leaves out those already anonymised
     */
    public String getDueQuery()
    {
        return "select doc.fullName, doc.title, member.mandateEnd from Document doc, doc.object("
            + MemberClass.REFERENCE + ") as member where " + MEMBER_PAGES
            + " and member.mandateEnd < :cutoff order by member.mandateEnd, doc.fullName";
    }

    /**
     * @return for each list of member pages that may name the member ({@code class property}), the query of the
     *     pages whose list does, binding {@code :member}: one query per list
     */
    public Map<String, String> getReferenceQueries()
    {
        Map<String, String> queries = new LinkedHashMap<>();
        MemberAnonymisation.REFERENCES.forEach((className, properties) -> properties.forEach(property ->
            queries.put(className + ' ' + property, "select distinct doc.fullName from Document doc, doc.object("
                + className + ") as item where " + RecordLists.COUNCIL_PAGES + " and :member member of item."
                + property + BY_PAGE)));
        return queries;
    }

    /**
     * @return the pages of the settings tied to a member's account, with the class of their objects (the daily
     *     e-mail's and newsletter's choices, the calendar address): the anonymisation removes the member's object
     */
    public Map<String, String> getUserSettings()
    {
        return USER_SETTINGS;
    }

    /**
     * @param configured the configured years ({@code anonymisationYears}), any type, null when not set
     * @return the years, {@link MemberAnonymisation#DEFAULT_YEARS} when not set or outside 1 to
     *     {@link MemberAnonymisation#MAX_YEARS}
     */
    public int years(Object configured)
    {
        Integer years = ScriptValues.toInteger(configured);
        return years == null || years < 1 || years > MemberAnonymisation.MAX_YEARS ? MemberAnonymisation.DEFAULT_YEARS
            : years;
    }

    /**
     * @param configured the configured years, as {@link #years} reads them
     * @return the day, as XWiki stores dates, before which a mandate must have ended for the member to be listed
     */
    public Date cutoff(Object configured)
    {
        LocalDate today = LocalDate.now(this.clockProvider.getClock());
        LocalDate cutoff = MemberAnonymisation.cutoff(today, years(configured));
        return Date.from(cutoff.atStartOfDay(this.clockProvider.getStorageZone()).toInstant());
    }

    /**
     * @param mandateEnd the end of the member's mandate, as the page holds it (a date, or null when not set)
     * @return whether the member left: their mandate's last day is before today (a member still in office, on their
     *     last day too, is never anonymised)
     */
    public boolean hasLeft(Object mandateEnd)
    {
        LocalDate end = ScriptValues.toDate(mandateEnd, this.clockProvider.getStorageZone());
        return end != null && end.isBefore(LocalDate.now(this.clockProvider.getClock()));
    }

    /**
     * @param page a page full name
     * @return whether it is an anonymised member's page
     */
    public boolean isAnonymised(String page)
    {
        return MemberAnonymisation.isAnonymised(page);
    }

    /**
     * @param page a page full name
     * @return whether it is a member page that may be anonymised: a member page of the council, not already anonymised
     */
    public boolean isAnonymisable(String page)
    {
        return MemberPrivateClass.isMemberPage(page) && !MemberAnonymisation.isAnonymised(page);
    }

    /**
     * @param dueRows the rows of {@link #getDueQuery}
     * @return the same rows without the members already anonymised (told apart by their page's exact name, in Java: a
     *     query's LIKE would also leave out a member whose name merely starts like it)
     */
    public List<Object> due(List<?> dueRows)
    {
        List<Object> due = new ArrayList<>();
        for (Object row : dueRows == null ? List.of() : dueRows) {
            if (!MemberAnonymisation.isAnonymised(firstPage(row))) {
                due.add(row);
            }
        }
        return due;
    }

    /**
     * @param anonymisedRows the rows of {@link #getAnonymisedQuery}
     * @return the number the member anonymised now gets; -1 when no number is left
     */
    public int nextNumber(List<?> anonymisedRows)
    {
        List<String> pages = new ArrayList<>();
        for (Object row : anonymisedRows == null ? List.of() : anonymisedRows) {
            pages.add(firstPage(row));
        }
        return MemberAnonymisation.nextNumber(pages);
    }

    /**
     * @param number the member's number from {@link #nextNumber}
     * @return the full name of the anonymised member's new page
     */
    public String anonymousPage(int number)
    {
        return MemberAnonymisation.page(number);
    }

    /**
     * @param values the member's values, by property
     * @return only those kept: what the aggregates count
     */
    public Map<String, Object> kept(Map<?, ?> values)
    {
        Map<String, Object> all = ScriptValues.toValueMap(values);
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String property : MemberAnonymisation.KEPT) {
            if (all.get(property) != null) {
                kept.put(property, all.get(property));
            }
        }
        return kept;
    }

    /**
     * @param rowsByList the rows of each of {@link #getReferenceQueries}, by the same key
     * @return each page to rewrite, once, with the lists to rewrite on it: {@code className}, {@code property}
     */
    public Map<String, List<Map<String, String>>> rewrites(Map<?, ?> rowsByList)
    {
        Map<String, List<Map<String, String>>> rewrites = new LinkedHashMap<>();
        ScriptValues.toValueMap(rowsByList).forEach((list, rows) -> {
            int space = list.indexOf(' ');
            if (space < 0 || !(rows instanceof Collection<?> found)) {
                return;
            }
            Map<String, String> target = Map.of(CLASS_NAME, list.substring(0, space), PROPERTY,
                list.substring(space + 1));
            for (Object row : found) {
                if (firstPage(row).isBlank()) {
                    continue;
                }
                List<Map<String, String>> targets = rewrites.computeIfAbsent(firstPage(row),
                    page -> new ArrayList<>());
                if (!targets.contains(target)) {
                    targets.add(target);
                }
            }
        });
        return rewrites;
    }

    /**
     * @param values a list property's value (the pages it names)
     * @param oldPage the anonymised member's old page
     * @param newPage their new page
     * @return the list with the new page in place of the old, each page once
     */
    public List<String> rewrite(Object values, String oldPage, String newPage)
    {
        List<String> pages = new ArrayList<>();
        if (values instanceof Collection<?> collection) {
            pages.addAll(ScriptValues.toStrings(collection));
        } else if (values != null && !values.toString().isBlank()) {
            pages.addAll(List.of(values.toString().split("\\|")));
        }
        return MemberAnonymisation.rewrite(pages, oldPage, newPage);
    }

    private static String firstPage(Object row)
    {
        List<?> cells = RecordLists.cells(row);
        return cells.isEmpty() ? "" : RecordLists.page(cells.get(0));
    }
}
