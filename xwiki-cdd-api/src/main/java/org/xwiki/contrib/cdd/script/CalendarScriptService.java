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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.CalendarTokenClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.publication.CalendarEvent;
import org.xwiki.contrib.cdd.publication.CalendarFeed;
import org.xwiki.contrib.cdd.publication.CalendarTokens;
import org.xwiki.contrib.cdd.publication.Links;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.publication.calendar}: the calendar feeds a member subscribes to. The page runs the queries
 * (meetings, due dates, my actions), hands the rows over, and Java builds the events and writes the iCalendar text.
 * An event's UID is its page (and object) on the wiki's host, so it never changes; its SEQUENCE is the seconds from
 * 2020 to the page's last save (an int until 2088), so it grows each time the page changes.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(CalendarScriptService.HINT)
@Singleton
@Unstable
public class CalendarScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.calendar";

    /** The council's meetings: plenaries, bureaus, public events. */
    public static final String COUNCIL = "council";

    /** One group's meetings. */
    public static final String GROUP = "group";

    /** The due dates of the open referrals. */
    public static final String DEADLINES = "deadlines";

    /** My actions, my groups' meetings and the council's. */
    public static final String MINE = "mine";

    /** How far back a feed goes, in days. */
    public static final int PAST_DAYS = 365;

    private static final List<String> FEEDS = List.of(COUNCIL, GROUP, DEADLINES, MINE);

    private static final Instant SEQUENCE_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private static final String FROM = "doc.translation = 0 and doc.space like 'CDD.%' and doc.space <> 'CDD.Code'";

    private static final String MEETING_QUERY = String.format("select doc.fullName, doc.title, meeting.%s, "
        + "meeting.%s, meeting.%s, meeting.%s, meeting.%s, meeting.%s, meeting.%s, doc.date from Document doc, "
        + "doc.object(%s) as meeting where %s and meeting.%s >= :from order by meeting.%s", MeetingClass.KIND,
        MeetingClass.GROUP, MeetingClass.START, MeetingClass.DURATION_MINUTES, MeetingClass.COMMUNE,
        MeetingClass.ADDRESS, MeetingClass.CANCELLED, MeetingClass.REFERENCE, FROM, MeetingClass.START,
        MeetingClass.START);

    private static final String DUE_QUERY = String.format("select doc.fullName, doc.title, saisine.%s, doc.date "
        + "from Document doc, doc.object(%s) as saisine where %s and saisine.%s >= :from order by saisine.%s",
        SaisineClass.DUE_DATE, SaisineClass.REFERENCE, FROM, SaisineClass.DUE_DATE, SaisineClass.DUE_DATE);

    private static final String ACTION_QUERY = String.format("select doc.fullName, item.number, item.%s, item.%s, "
        + "doc.date from Document doc, doc.object(%s) as item where %s and item.%s = :user and item.%s <> '%s' and "
        + "item.%s >= :from order by item.%s", ActionItemClass.DESCRIPTION, ActionItemClass.DUE_DATE,
        ActionItemClass.REFERENCE, FROM, ActionItemClass.OWNER, ActionItemClass.STATUS, WorkflowStates.DONE,
        ActionItemClass.DUE_DATE, ActionItemClass.DUE_DATE);

    private static final String TOKEN_QUERY = String.format("select token.%s from Document doc, doc.object(%s) as "
        + "token where doc.fullName = '%s' and token.%s = :user", CalendarTokenClass.TOKEN_HASH,
        CalendarTokenClass.REFERENCE, CalendarTokenClass.PAGE, CalendarTokenClass.USER);

    @Inject
    private CalendarFeed feed;

    @Inject
    private CalendarTokens tokens;

    @Inject
    private ClockProvider clockProvider;

    /** @return the statement of the meetings from {@link #getFrom()} on (bind {@code from}) */
    public String getMeetingQuery()
    {
        return MEETING_QUERY;
    }

    /** @return the statement of the referrals due from {@link #getFrom()} on (bind {@code from}) */
    public String getDueQuery()
    {
        return DUE_QUERY;
    }

    /** @return the statement of a member's open actions due from {@link #getFrom()} on (bind {@code user}, {@code from}) */
    public String getActionQuery()
    {
        return ACTION_QUERY;
    }

    /** @return the statement of a member's secret hash (bind {@code user}) */
    public String getTokenQuery()
    {
        return TOKEN_QUERY;
    }

    /** @return the page that holds the members' secret hashes */
    public String getTokenPage()
    {
        return CalendarTokenClass.PAGE;
    }

    /** @return the first moment a feed shows: {@value #PAST_DAYS} days ago */
    public Date getFrom()
    {
        return Date.from(this.clockProvider.getClock().instant().minus(Duration.ofDays(PAST_DAYS)));
    }

    /**
     * @param name a feed's name from the request
     * @return it when it is one of the feeds ({@code council}, {@code group}, {@code deadlines}, {@code mine}); null
     */
    public String feed(String name)
    {
        return name != null && FEEDS.contains(name) ? name : null;
    }

    /**
     * @param rows the rows of {@link #getMeetingQuery()}
     * @param feed the feed ({@link #feed})
     * @param groups the groups whose meetings the feed holds: the chosen group, or my groups
     * @param urls the absolute URL of each page, by page
     * @return the events of the meetings the feed holds
     */
    public List<CalendarEvent> meetings(List<?> rows, String feed, Collection<?> groups, Map<?, ?> urls)
    {
        List<String> chosen = ScriptValues.toStrings(groups);
        Map<String, String> links = ScriptValues.toTextMap(urls);
        ZoneId storage = this.clockProvider.getStorageZone();
        List<CalendarEvent> events = new ArrayList<>();
        for (Object[] row : cells(rows, 10)) {
            // A stored date is the council's wall-clock time in the storage zone (ClockProvider).
            if (wanted(feed, text(row[2]), text(row[3]), chosen) && row[4] instanceof Date date) {
                String link = links.getOrDefault(text(row[0]), "");
                events.add(new CalendarEvent(uid("meeting", text(row[0]), link), text(row[1]),
                    LocalDateTime.ofInstant(date.toInstant(), storage), minutes(row[5]), null, place(row), link,
                    "1".equals(text(row[8])) || Boolean.TRUE.equals(row[8]), sequence(row[9])));
            }
        }
        return events;
    }

    private static boolean wanted(String feed, String kind, String group, List<String> chosen)
    {
        boolean councilWide = !MeetingClass.GROUP_MEETING.equals(kind);
        boolean ofMyGroups = chosen.contains(group);
        boolean wanted;
        if (COUNCIL.equals(feed)) {
            wanted = councilWide;
        } else if (GROUP.equals(feed)) {
            wanted = !councilWide && ofMyGroups;
        } else {
            wanted = MINE.equals(feed) && (councilWide || ofMyGroups);
        }
        return wanted;
    }

    private static String place(Object[] row)
    {
        return String.join(", ", List.of(text(row[7]), text(row[6])).stream().filter(part -> !part.isBlank())
            .toList());
    }

    private static int minutes(Object value)
    {
        Integer minutes = ScriptValues.toInteger(value);
        return minutes == null ? 0 : Math.max(0, minutes);
    }

    /**
     * @param rows the rows of {@link #getDueQuery()}
     * @param states the states the workflow service confirmed: only referrals not yet answered are kept
     * @param urls the absolute URL of each page, by page
     * @param label the text before a referral's title ("Due date:")
     * @return one day event per open referral, on its due date
     */
    public List<CalendarEvent> deadlines(List<?> rows, Object states, Map<?, ?> urls, String label)
    {
        Map<String, String> links = ScriptValues.toTextMap(urls);
        List<String> open = WorkflowStates.SAISINE_STATES.subList(0,
            WorkflowStates.SAISINE_STATES.indexOf(WorkflowStates.TRANSMITTED));
        List<CalendarEvent> events = new ArrayList<>();
        for (Object[] row : cells(rows, 4)) {
            LocalDate due = ScriptValues.toDate(row[2], this.clockProvider.getStorageZone());
            String state = states instanceof ConfirmedStates confirmed
                ? confirmed.state(text(row[0]), SaisineClass.ID) : WorkflowStates.RECEIVED;
            if (due != null && open.contains(state)) {
                String link = links.getOrDefault(text(row[0]), "");
                events.add(new CalendarEvent(uid("due", text(row[0]), link), text(label) + ' ' + text(row[1]), null,
                    0, due, "", link, false, sequence(row[3])));
            }
        }
        return events;
    }

    /**
     * @param rows the rows of {@link #getActionQuery()}
     * @param urls the absolute URL of each page, by page
     * @param label the text before an action ("To do:")
     * @return one day event per action, on its due date
     */
    public List<CalendarEvent> actions(List<?> rows, Map<?, ?> urls, String label)
    {
        Map<String, String> links = ScriptValues.toTextMap(urls);
        List<CalendarEvent> events = new ArrayList<>();
        for (Object[] row : cells(rows, 5)) {
            LocalDate due = ScriptValues.toDate(row[3], this.clockProvider.getStorageZone());
            if (due != null) {
                String link = links.getOrDefault(text(row[0]), "");
                events.add(new CalendarEvent(uid("action", text(row[0]) + '-' + text(row[1]), link),
                    text(label) + ' ' + text(row[2]), null, 0, due, "", link, false, sequence(row[4])));
            }
        }
        return events;
    }

    /**
     * @param name the calendar's name
     * @param events the events ({@link #meetings}, {@link #deadlines}, {@link #actions}), in one list or several
     * @param reminderDays the council's reminder days ({@code 7,1}); others than whole days from 0 to 365 left out
     * @param reminder the text of a reminder
     * @return the iCalendar text
     */
    public String ical(String name, List<?> events, String reminderDays, String reminder)
    {
        List<CalendarEvent> all = new ArrayList<>();
        for (Object item : events == null ? List.of() : events) {
            if (item instanceof CalendarEvent event) {
                all.add(event);
            } else if (item instanceof Collection<?> list) {
                list.stream().filter(CalendarEvent.class::isInstance).map(CalendarEvent.class::cast)
                    .forEach(all::add);
            }
        }
        List<Integer> days = new ArrayList<>();
        for (String part : text(reminderDays).split("[,;\\s]+")) {
            Integer day = ScriptValues.toInteger(part);
            if (day != null && day >= 0 && day <= PAST_DAYS && !days.contains(day)) {
                days.add(day);
            }
        }
        return this.feed.write(text(name), all, days, text(reminder));
    }

    /**
     * @param urls the URL of each page, by page, as {@code $xwiki.getURL} gives it (relative to the server)
     * @param base an absolute URL of the wiki (the calendar page's external URL)
     * @return the same URLs, absolute (a calendar application opens them from outside); a URL that cannot be read is
     *     left out
     */
    public Map<String, String> absolute(Map<?, ?> urls, String base)
    {
        Map<String, String> absolute = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> url : ScriptValues.toTextMap(urls).entrySet()) {
            String link = Links.absolute(text(base), url.getValue());
            if (absolute.size() >= CalendarFeed.MAX_EVENTS) {
                break;
            } else if (!link.isEmpty()) {
                absolute.put(url.getKey(), link);
            }
        }
        return absolute;
    }


    /** @return a new secret for a member's feed addresses (shown once, never stored) */
    public String newToken()
    {
        return this.tokens.create();
    }

    /**
     * @param token a secret
     * @return what is stored of it
     */
    public String tokenHash(String token)
    {
        return this.tokens.hash(token);
    }

    /**
     * @param token the secret of a request
     * @param rows the rows of {@link #getTokenQuery()} for the member the request names
     * @return whether the secret is that member's
     */
    public boolean tokenMatches(String token, List<?> rows)
    {
        return rows != null && rows.size() == 1 && this.tokens.matches(token, text(rows.get(0)));
    }

    /** The page on the wiki's host: unique among wikis, the same from one download to the next. */
    private static String uid(String kind, String page, String link)
    {
        return kind + '-' + page + '@' + Links.host(link, "xwiki-cdd");
    }

    private static int sequence(Object saved)
    {
        if (!(saved instanceof Date date)) {
            return 0;
        }
        long seconds = Duration.between(SEQUENCE_EPOCH, date.toInstant()).toSeconds();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, seconds));
    }

    private static List<Object[]> cells(List<?> rows, int width)
    {
        List<Object[]> cells = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            if (row instanceof Object[] array && array.length >= width && cells.size() < CalendarFeed.MAX_EVENTS) {
                cells.add(array);
            }
        }
        return cells;
    }

    private static String text(Object value)
    {
        return Objects.toString(value, "");
    }
}
