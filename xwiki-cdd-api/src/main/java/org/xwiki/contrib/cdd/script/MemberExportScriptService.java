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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.internal.Csv;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code $services.cdd.privateData.export}: everything the council holds about one member, for the member's right of
 * access (GDPR article 15): their member page, their private data, and their part in the work, each list read with
 * one query ({@link #getQueries()}), written as JSON or CSV.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(MemberExportScriptService.HINT)
@Singleton
@Unstable
public class MemberExportScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.memberExport";

    /** The most rows kept of one list: far above a member's part in a council's lifetime. */
    public static final int MAX_ROWS = 10_000;

    private static final String COUNCIL = RecordLists.COUNCIL_PAGES;

    private static final String BY_PAGE = " order by doc.fullName";

    private static final String PAGE = "page";

    private static final String TITLE = "title";

    private static final String MEMBER = "member";

    private static final String USER = "user";

    private static final String GROUPS = "select distinct doc.fullName, doc.title from Document doc, "
        + "doc.object(CDD.Code.GroupClass) as workgroup where " + COUNCIL;

    private static final String MEETINGS = "select distinct doc.fullName, doc.title, meeting.start from Document doc, "
        + "doc.object(CDD.Code.MeetingClass) as meeting where " + COUNCIL + " and :member member of meeting.";

    private static final String START = "start";

    private static final String GROUPS_AS_REFERENT = "groupsAsReferent";

    /** Each list's columns, by list, in the order of {@link #QUERIES}. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    private static final Map<String, String> QUERIES = queries();

    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Inject
    private ClockProvider clockProvider;

    /**
     * @return each list of the member's part in the work and its statement, in the export's order; bind
     *     {@link #bindings}
     */
    public Map<String, String> getQueries()
    {
        return QUERIES;
    }

    /**
     * @param list a list of {@link #getQueries()}
     * @param memberPage the member's page
     * @param user the member's wiki account, as their page names it
     * @return the values to bind to that list's query; null when the list cannot be read for this member (a list of a
     *     wiki account, for a member without one), so that it is left empty
     */
    public Map<String, String> bindings(String list, String memberPage, String user)
    {
        String query = QUERIES.get(list);
        boolean byUser = query != null && query.contains(":user");
        if (query == null || (byUser ? user == null || user.isBlank() : memberPage == null || memberPage.isBlank())) {
            return null;
        }
        if (GROUPS_AS_REFERENT.equals(list)) {
            // A user list is one text of references: the user as a whole item of it, as the group pages match it.
            return GroupScriptService.referentBindings(user);
        }
        return byUser ? Map.of(USER, user) : Map.of(MEMBER, memberPage);
    }

    /**
     * @param memberPage the member's page
     * @param title its title: the member's name
     * @param member the values of its member object, by property
     * @param privateData the member's private data as {@code $services.cdd.privateData.open} gave them; null when
     *     they could not be opened
     * @param rows the rows of each list of {@link #getQueries()}, by list
     * @return everything about the member: {@code member}, {@code privateData}, then each list, in order
     */
    public Map<String, Object> export(String memberPage, String title, Map<?, ?> member, Map<?, ?> privateData,
        Map<?, ?> rows)
    {
        ZoneId zone = this.clockProvider.getStorageZone();
        Map<String, Object> export = new LinkedHashMap<>();
        Map<String, String> page = new LinkedHashMap<>();
        page.put(PAGE, text(memberPage, zone));
        page.put(TITLE, text(title, zone));
        ScriptValues.toValueMap(member).forEach((name, value) -> page.put(name, text(value, zone)));
        export.put(MEMBER, page);
        Map<String, String> opened = new LinkedHashMap<>();
        ScriptValues.toValueMap(privateData).forEach((name, value) -> opened.put(name, text(value, zone)));
        export.put("privateData", opened);
        Map<String, Object> lists = ScriptValues.toValueMap(rows);
        for (String list : QUERIES.keySet()) {
            export.put(list, lines(COLUMNS.get(list), lists.get(list), zone));
        }
        return export;
    }

    /**
     * @param export what {@link #export} gave
     * @return it as JSON, indented
     */
    public String json(Map<?, ?> export)
    {
        try {
            return this.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(export == null ? Map.of()
                : export);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    /**
     * @param export what {@link #export} gave
     * @return it as CSV (RFC 4180): one line per value, {@code section,item,field,value}; the item is the row's number
     *     in a list, empty for the member and their private data
     */
    public String csv(Map<?, ?> export)
    {
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, List.of("section", "item", "field", "value"));
        ScriptValues.toValueMap(export).forEach((section, value) -> {
            if (value instanceof Map<?, ?> fields) {
                fields.forEach((field, text) -> Csv.line(csv, List.of(section, "", String.valueOf(field),
                    String.valueOf(text))));
            } else if (value instanceof List<?> lines) {
                for (int i = 0; i < lines.size(); i++) {
                    String item = String.valueOf(i + 1);
                    if (lines.get(i) instanceof Map<?, ?> fields) {
                        fields.forEach((field, text) -> Csv.line(csv, List.of(section, item, String.valueOf(field),
                            String.valueOf(text))));
                    }
                }
            }
        });
        return csv.toString();
    }

    private static List<Map<String, String>> lines(List<String> columns, Object rows, ZoneId zone)
    {
        List<Map<String, String>> lines = new ArrayList<>();
        for (Object row : rows instanceof List<?> list ? list : List.of()) {
            if (lines.size() >= MAX_ROWS) {
                break;
            }
            List<?> cells = RecordLists.cells(row);
            Map<String, String> line = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object cell = i < cells.size() ? cells.get(i) : null;
                line.put(columns.get(i), PAGE.equals(columns.get(i)) ? RecordLists.page(cell) : text(cell, zone));
            }
            lines.add(line);
        }
        return lines;
    }

    private static String text(Object value, ZoneId zone)
    {
        if (value instanceof Date date) {
            LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(date.getTime()), zone);
            return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                : time.toString();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(" | "));
        }
        return value == null ? "" : value.toString();
    }

    private static Map<String, String> queries()
    {
        Map<String, String> queries = new LinkedHashMap<>();
        list(queries, "groupsAsMember", GROUPS + " and :member member of workgroup.members" + BY_PAGE, PAGE,
            TITLE);
        list(queries, GROUPS_AS_REFERENT, GROUPS + " and (workgroup.referents = :user or workgroup.referents like "
            + ":first or workgroup.referents like :middle or workgroup.referents like :last)" + BY_PAGE, PAGE, TITLE);
        list(queries, "meetingsExpected", MEETINGS + "expected" + BY_PAGE, PAGE, TITLE, START);
        list(queries, "meetingsAttended", MEETINGS + "attendees" + BY_PAGE, PAGE, TITLE, START);
        list(queries, "meetingsExcused", MEETINGS + "excused" + BY_PAGE, PAGE, TITLE, START);
        list(queries, "actions", "select doc.fullName, action.description, action.dueDate, action.status from "
            + "Document doc, doc.object(CDD.Code.ActionItemClass) as action where " + COUNCIL
            + " and action.owner = :user" + BY_PAGE, PAGE, "description", "dueDate", "status");
        list(queries, "methodFeedback", "select doc.fullName, feedback.rating, feedback.comment from Document doc, "
            + "doc.object(CDD.Code.MethodFeedbackClass) as feedback where " + COUNCIL
            + " and feedback.author = :user" + BY_PAGE, PAGE, "rating", "comment");
        list(queries, "emailChoices", "select preference.digest, preference.newsletter, preference.language from "
            + "Document doc, doc.object(CDD.Code.DigestPreferenceClass) as preference where doc.fullName = "
            + "'CDD.States.Digest' and preference.user = :user", "digest", "newsletter", "language");
        list(queries, "calendarAddress", "select token.created from Document doc, "
            + "doc.object(CDD.Code.CalendarTokenClass) as token where doc.fullName = 'CDD.States.Calendar' and "
            + "token.user = :user", "created");
        return java.util.Collections.unmodifiableMap(queries);
    }

    private static void list(Map<String, String> queries, String name, String query, String... columns)
    {
        queries.put(name, query);
        COLUMNS.put(name, List.of(columns));
    }
}
