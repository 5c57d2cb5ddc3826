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
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.calendar.ReminderItem;
import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.knowledge.ReviewSchedule;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;

/**
 * Who must be reminded of what: the queries that read the council's open items (one per kind, plus the groups'
 * referents and the animators), and how their rows become {@link ReminderItem}s. The states that count are the
 * confirmed ones ({@link ConfirmedStates}), except for action items, which every member moves.
 * <ul>
 * <li>a referral not yet transmitted: its due date; its group's referents and the animators;</li>
 * <li>an action item not done: its due date; its owner;</li>
 * <li>a recommendation whose follow-up is pending or partly taken into account: its review date; the animators;</li>
 * <li>the minutes of a past meeting not yet validated: {@value #MINUTES_DAYS} days after the meeting; its group's
 * referents, the animators for a council-wide meeting;</li>
 * <li>a published tutorial: its last check (or its publication) plus the review period; its author.</li>
 * </ul>
 *
 * @version $Id$
 * @since 1.0.0
 */
final class ReminderSources
{
    /** Referrals: page, title, due date, group. */
    static final String SAISINES = "saisines";

    /** Action items: page, title, due date, owner. */
    static final String ACTION_ITEMS = "actionItems";

    /** Recommendations: page, title, review date, object number. */
    static final String RECOMMENDATIONS = "recommendations";

    /** Meetings: page, title, start, group. */
    static final String MINUTES = "minutes";

    /** Tutorials: page, title, last check as typed, author. */
    static final String TUTORIALS = "tutorials";

    /** Working groups: page, referents. */
    static final String GROUPS = "groups";

    /** Members of the animators' group: the user. */
    static final String ANIMATORS = "animators";

    /** The days after a meeting within which its minutes are expected to be validated. */
    static final int MINUTES_DAYS = 14;

    private static final String FROM = " from Document doc, doc.object(";

    private static final String WHERE = " where " + RecordLists.COUNCIL_PAGES;

    private static final Map<String, String> QUERIES = queries();

    private ReminderSources()
    {
    }

    private static Map<String, String> queries()
    {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put(SAISINES, "select doc.fullName, doc.title, saisine.dueDate, saisine.group" + FROM
            + SaisineClass.REFERENCE + ") as saisine" + WHERE + " and saisine.dueDate is not null");
        queries.put(ACTION_ITEMS, "select doc.fullName, doc.title, item.dueDate, item.owner" + FROM
            + ActionItemClass.REFERENCE + ") as item" + WHERE + String.format(
                " and item.dueDate is not null and item.status <> '%s'", WorkflowStates.DONE));
        queries.put(RECOMMENDATIONS, "select doc.fullName, doc.title, recommendation.reviewDate, recommendation.number"
            + FROM + RecommendationClass.REFERENCE + ") as recommendation" + WHERE
            + " and recommendation.reviewDate is not null");
        queries.put(MINUTES, "select doc.fullName, doc.title, meeting.start, meeting.group" + FROM
            + MeetingClass.REFERENCE + ") as meeting" + WHERE + " and meeting.start is not null");
        queries.put(TUTORIALS, "select doc.fullName, doc.title, tutorial.lastReviewed, doc.creator" + FROM
            + TutorialClass.REFERENCE + ") as tutorial" + WHERE);
        queries.put(GROUPS, "select doc.fullName, workgroup.referents" + FROM + "CDD.Code.GroupClass) as workgroup"
            + WHERE);
        queries.put(ANIMATORS, String.format("select member.member from Document doc, "
            + "doc.object(XWiki.XWikiGroups) as member where doc.fullName = '%s'", CouncilRole.ANIMATORS_GROUP));
        return java.util.Collections.unmodifiableMap(queries);
    }

    /** @return the statements by name, in the order of the list above */
    static Map<String, String> statements()
    {
        return QUERIES;
    }

    /** The rows of each query, the confirmed states, and the day, read once. */
    record Sources(Map<String, List<?>> rows, ConfirmedStates states, LocalDate day, int reviewMonths, ZoneId zone)
    {
        List<?> of(String name)
        {
            return this.rows.getOrDefault(name, List.of());
        }
    }

    /**
     * @param sources the rows and the day
     * @return every open item with its due date and the people to remind, in the order of the queries
     */
    static List<ReminderItem> items(Sources sources)
    {
        Set<String> animatorSet = new LinkedHashSet<>();
        for (Object row : sources.of(ANIMATORS)) {
            String user = user(RecordLists.cells(row).isEmpty() ? row : RecordLists.cells(row).get(0));
            if (!user.isEmpty()) {
                animatorSet.add(user);
            }
        }
        List<String> animators = new ArrayList<>(animatorSet);
        Map<String, List<String>> referents = referents(sources.of(GROUPS));
        List<ReminderItem> items = new ArrayList<>();
        List<String> open = CouncilWorkflows.SAISINE.statesBefore(WorkflowStates.TRANSMITTED);
        for (List<?> cells : rows(sources.of(SAISINES), 4)) {
            String page = RecordLists.page(cells.get(0));
            if (open.contains(sources.states().state(page, SaisineClass.ID))) {
                add(items, SaisineClass.ID, page, date(cells.get(2), sources),
                    union(referents.get(group(cells.get(3))), animators));
            }
        }
        for (List<?> cells : rows(sources.of(ACTION_ITEMS), 4)) {
            add(items, ActionItemClass.ID, RecordLists.page(cells.get(0)), date(cells.get(2), sources),
                union(List.of(text(cells.get(3))), List.of()));
        }
        List<String> unsettled = List.of(WorkflowStates.PENDING, WorkflowStates.PARTLY);
        for (List<?> cells : rows(sources.of(RECOMMENDATIONS), 4)) {
            String page = RecordLists.page(cells.get(0));
            if (unsettled.contains(sources.states().state(page, RecommendationClass.ID, cells.get(3)))) {
                add(items, RecommendationClass.ID, page, date(cells.get(2), sources), animators);
            }
        }
        addMinutes(items, sources, referents, animators);
        addTutorials(items, sources);
        return items;
    }

    private static void addMinutes(List<ReminderItem> items, Sources sources, Map<String, List<String>> referents,
        List<String> animators)
    {
        for (List<?> cells : rows(sources.of(MINUTES), 4)) {
            String page = RecordLists.page(cells.get(0));
            LocalDate start = date(cells.get(2), sources);
            if (start != null && !start.isAfter(sources.day())
                && WorkflowStates.DRAFT.equals(sources.states().state(page, CouncilWorkflows.MINUTES.id()))) {
                String group = group(cells.get(3));
                // A council-wide meeting, or a group without referents: the animators validate its minutes.
                List<String> groupReferents = group.isEmpty() ? null : referents.get(group);
                add(items, CouncilWorkflows.MINUTES.id(), page, start.plusDays(MINUTES_DAYS),
                    groupReferents == null || groupReferents.isEmpty() ? animators : groupReferents);
            }
        }
    }

    private static void addTutorials(List<ReminderItem> items, Sources sources)
    {
        for (List<?> cells : rows(sources.of(TUTORIALS), 4)) {
            String page = RecordLists.page(cells.get(0));
            ConfirmedStates states = sources.states();
            if (WorkflowStates.PUBLISHED.equals(states.state(page, TutorialClass.ID))) {
                // The last check the service dated, else its publication, else the page's own date; none: no date to
                // remind of (the tutorial's sheet says it is due).
                Date checked = states.stamp(page, TutorialClass.ID, null, TutorialClass.LAST_REVIEWED);
                Date published = states.stamp(page, TutorialClass.ID, null, TutorialClass.PUBLICATION_DATE);
                Object stamp = checked != null ? checked : published;
                LocalDate last = date(stamp != null ? stamp : cells.get(2), sources);
                int months = sources.reviewMonths() < 1 ? ReviewSchedule.DEFAULT_MONTHS : sources.reviewMonths();
                if (last != null) {
                    add(items, TutorialClass.ID, page, last.plusMonths(months), List.of(text(cells.get(3))));
                }
            }
        }
    }

    /** The referents of each group, by the group's page; a list property comes as one row per value or as text. */
    private static Map<String, List<String>> referents(List<?> rows)
    {
        Map<String, Set<String>> referents = new HashMap<>();
        for (List<?> cells : rows(rows, 2)) {
            Set<String> users = referents.computeIfAbsent(RecordLists.page(cells.get(0)), k -> new LinkedHashSet<>());
            for (Object value : cells.get(1) instanceof List<?> list ? list : List.of(text(cells.get(1)))) {
                for (String user : text(value).split("[,|]")) {
                    if (!user.isBlank()) {
                        users.add(user.trim());
                    }
                }
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        referents.forEach((group, users) -> lists.put(group, new ArrayList<>(users)));
        return lists;
    }

    private static List<List<?>> rows(List<?> rows, int size)
    {
        List<List<?>> kept = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() >= size && cells.get(0) != null) {
                kept.add(cells);
            }
        }
        return kept;
    }

    private static void add(List<ReminderItem> items, String kind, String page, LocalDate due, List<String> people)
    {
        List<String> recipients = people.stream().map(ReminderSources::user).filter(p -> !p.isEmpty()).distinct()
            .toList();
        if (due != null && !recipients.isEmpty()) {
            items.add(new ReminderItem(kind, page, due, recipients));
        }
    }

    private static List<String> union(List<String> first, List<String> second)
    {
        Set<String> all = new LinkedHashSet<>(first == null ? List.of() : first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    private static LocalDate date(Object value, Sources sources)
    {
        return value == null ? null : ScriptValues.toDate(value, sources.zone());
    }

    private static String group(Object cell)
    {
        return cell == null ? "" : RecordLists.page(cell);
    }

    private static String text(Object value)
    {
        return value == null ? "" : value.toString().trim();
    }

    /**
     * @param value a user as a list or an object holds it: {@code XWiki.Ann} or {@code xwiki:XWiki.Ann}
     * @return the user's page in the wiki, {@code XWiki.Ann}; empty for none
     */
    static String user(Object value)
    {
        String user = text(value);
        int colon = user.indexOf(':');
        return colon >= 0 && colon < user.indexOf('.') ? user.substring(colon + 1) : user;
    }
}
