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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.publication.CalendarEvent;
import org.xwiki.script.service.ScriptService;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which meetings a feed holds, what an event keeps, the iCalendar text's time zone and alarms, and the secrets.
 * The clock is the tests' fixed one (28 November 2026, Paris).
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class CalendarScriptServiceTest
{
    private static final String MOBILITY = "CDD.Groups.Mobilite.WebHome";

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private CalendarScriptService calendar;

    @BeforeEach
    void setUp() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
        this.calendar = (CalendarScriptService) this.componentManager.<ScriptService>getInstance(ScriptService.class,
            CalendarScriptService.HINT);
    }

    private static Object[] meeting(String page, String kind, String group, boolean cancelled)
    {
        ZoneId storage = ZoneId.systemDefault();
        return new Object[] {page, page, kind, group, Date.from(LocalDateTime.of(2026, 12, 8, 17, 0).atZone(storage)
            .toInstant()), 90, "Arles", "2 rue de la République", cancelled ? 1 : 0,
            Date.from(java.time.Instant.parse("2026-11-20T10:00:00Z"))};
    }

    @Test
    void eachFeedHoldsItsMeetings()
    {
        List<Object> rows = List.of(meeting("CDD.Meetings.P", "plenary", "", false),
            meeting("CDD.Meetings.G", "group", MOBILITY, false), meeting("CDD.Meetings.H", "group", "CDD.Groups.Eau",
                false), "not a row");
        Map<String, String> links = Map.of("CDD.Meetings.P", "https://cdd.example.org/xwiki/bin/view/CDD/Meetings/P");

        assertEquals(List.of("CDD.Meetings.P"), pages(this.calendar.meetings(rows, "council", List.of(), links)));
        assertEquals(List.of("CDD.Meetings.G"), pages(this.calendar.meetings(rows, "group", List.of(MOBILITY),
            links)));
        assertEquals(List.of("CDD.Meetings.P", "CDD.Meetings.G"), pages(this.calendar.meetings(rows, "mine",
            List.of(MOBILITY), links)));
        CalendarEvent plenary = this.calendar.meetings(rows, "council", List.of(), links).get(0);
        // The wall-clock time of the stored date; the seconds from 2020 to the last save (2026-11-20 10:00 UTC).
        assertEquals(LocalDateTime.of(2026, 12, 8, 17, 0), plenary.start());
        assertEquals("meeting-CDD.Meetings.P@cdd.example.org", plenary.uid());
        assertEquals(217_332_000, plenary.sequence());
        assertEquals("2 rue de la République, Arles", plenary.location());
        assertNull(this.calendar.feed("everything"));
    }

    @Test
    void theTextHasTheCouncilsTimeZoneAndOneAlarmPerReminderDay()
    {
        List<Object> rows = List.of(meeting("CDD.Meetings.P", "plenary", "", false),
            meeting("CDD.Meetings.C", "bureau", "", true));
        String text = this.calendar.ical("Réunions", List.of(this.calendar.meetings(rows, "council", List.of(),
            Map.of())), "30, 7,1,x,999", "Rappel");

        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"), text);
        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:20261208T170000"), text);
        assertTrue(text.contains("STATUS:CANCELLED"), text);
        // Three alarms for the plenary (30, 7 and 1 days; "x" and 999 left out), none for the cancelled bureau.
        assertEquals(3, text.split("BEGIN:VALARM", -1).length - 1);
        assertTrue(text.contains("TRIGGER;RELATED=START:-P30D"), text);
    }

    @Test
    void aSecretMatchesOnlyItsHash()
    {
        String secret = this.calendar.newToken();
        assertEquals(43, secret.length());
        assertFalse(secret.equals(this.calendar.newToken()), "random");
        String hash = this.calendar.tokenHash(secret);
        assertEquals(64, hash.length());
        assertTrue(this.calendar.tokenMatches(secret, List.of(hash)));
        assertFalse(this.calendar.tokenMatches(secret + "x", List.of(hash)));
        assertFalse(this.calendar.tokenMatches(secret, List.of(hash, hash)), "one secret per member");
        assertFalse(this.calendar.tokenMatches(null, List.of(hash)));
        assertFalse(this.calendar.tokenMatches("", List.of("")));
    }

    private static List<String> pages(List<CalendarEvent> events)
    {
        return events.stream().map(event -> event.uid().substring("meeting-".length(), event.uid().indexOf('@')))
            .toList();
    }
}
