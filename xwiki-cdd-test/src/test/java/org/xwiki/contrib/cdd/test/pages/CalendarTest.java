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
package org.xwiki.contrib.cdd.test.pages;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.CalendarTokenClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 3: the calendar feeds, read back by ical4j (an independent parser; the feeds are written by
 * biweekly). The fictional council on its fixed day, Saturday 28 November 2026, with its year 2025; a feed goes back
 * 365 days, to 28 November 2025. Council-wide meetings from then: P03 (plenary, 2 December 2025), B03 (bureau, 9
 * December 2025), R2 (plenary, 23 November 2026 at 18:30), R3 (bureau, 8 December 2026 at 17:00); the group meeting
 * R1 (Mobilité, 19 October 2026). Camille (XWiki.Camille, member M1, in the Mobilité and Eau groups) owns the actions of
 * R1 (doing, due 23 November), R2 (to do, due 28 November) and R3 (done). The council's reminder days: 30, 7, 1.
 *
 * @version $Id$
 */
class CalendarTest extends AbstractPageTest
{
    private static final String CAMILLE = "XWiki.Camille";

    private static final String REFUSED = "Ce calendrier est réservé aux membres du conseil";

    @BeforeEach
    void theFictionalCouncilAndItsYear()
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        FictionalYear.pages(applicationPages(), this.scenario.getToday()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    private String feed(String... parameters) throws Exception
    {
        this.scenario.getParameters().clear();
        for (int i = 0; i < parameters.length; i += 2) {
            this.scenario.getParameters().put(parameters[i], parameters[i + 1]);
        }
        this.scenario.getParameters().put("outputSyntax", "plain");
        this.scenario.setAction("get");
        this.renderer.render(page("CDD.Calendar"));
        this.scenario.setAction("view");
        this.scenario.getParameters().clear();
        assertTrue(this.scenario.isFinished(), "the page wrote the response itself");
        assertEquals("UTF-8", this.scenario.getCharacterEncoding());
        return this.scenario.getResponseBody();
    }

    private static Calendar parse(String text) throws Exception
    {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<VEvent> events(Calendar calendar)
    {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(Component component, String property)
    {
        return component.getProperty(property).map(Property::getValue).orElse("");
    }

    private static Map<String, VEvent> bySummary(Calendar calendar)
    {
        Map<String, VEvent> events = new LinkedHashMap<>();
        events(calendar).forEach(event -> events.put(value(event, Property.SUMMARY), event));
        return events;
    }

    @Test
    void theCouncilsMeetingsInTheCouncilsTimeZoneWithTheirReminders() throws Exception
    {
        Calendar calendar = parse(feed("feed", "council"));
        assertEquals("text/calendar", this.scenario.getContentType());
        assertEquals("Europe/Paris", value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), Property.TZID));
        Map<String, VEvent> events = bySummary(calendar);
        assertEquals(List.of("P03", "B03", "R2", "R3"), List.copyOf(events.keySet()), "in order of start");
        VEvent r2 = events.get("R2");
        assertEquals("meeting-CDD.Meetings.R2@cdd.example.org", value(r2, Property.UID));
        assertEquals("20261123T183000", value(r2, Property.DTSTART));
        assertEquals("Europe/Paris", r2.getProperty(Property.DTSTART).orElseThrow()
            .getParameter("TZID").orElseThrow().getValue());
        assertEquals("CONFIRMED", value(r2, Property.STATUS));
        assertEquals("https://cdd.example.org/xwiki/bin/view/CDD/Meetings/R2", value(r2, Property.URL));
        // ical4j writes seven days as a week.
        assertEquals(List.of("-P30D", "-P1W", "-P1D"), events.get("R3").getAlarms().stream()
            .map(alarm -> value(alarm, Property.TRIGGER)).toList());
        assertEquals("Conseil de développement Pays d’Arles — réunions",
            calendar.getProperty("NAME").map(Property::getValue).orElse(""));

        Calendar group = parse(feed("feed", "group", "group", "CDD.Groups.Mobilite.WebHome"));
        assertEquals(List.of("R1"), List.copyOf(bySummary(group).keySet()), "the Mobilité group's meetings");
    }

    @Test
    void aChangedMeetingKeepsItsUidWithAGreaterSequenceAndACancelledOneSaysSo() throws Exception
    {
        VEvent before = bySummary(parse(feed("feed", "council"))).get("R3");
        // Two hours later, an animator cancels R3 (a field of its form).
        this.scenario.setNow(this.scenario.getToday().atTime(14, 0));
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("form_token", List.of(this.scenario.getToken()));
        form.put(MeetingClass.REFERENCE + "_0_" + MeetingClass.CANCELLED, List.of("1"));
        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save("CDD.Meetings.R3",
            form).outcome());

        VEvent after = bySummary(parse(feed("feed", "council"))).get("R3");
        assertEquals(value(before, Property.UID), value(after, Property.UID));
        assertTrue(Integer.parseInt(value(after, Property.SEQUENCE)) > Integer.parseInt(value(before,
            Property.SEQUENCE)), value(before, Property.SEQUENCE) + " then " + value(after, Property.SEQUENCE));
        assertEquals("CANCELLED", value(after, Property.STATUS));
        assertTrue(after.getAlarms().isEmpty(), "no reminder of a cancelled meeting");

        Document sheet = this.renderer.render(this.scenario.storedPage("CDD.Meetings.R3").orElseThrow(),
            page("CDD.Code.MeetingSheet"));
        assertTrue(sheet.selectFirst(".cdd-meeting-cancelled").text().startsWith("Cette réunion a été annulée"));
    }

    @Test
    void theDueDatesOfTheOpenReferrals() throws Exception
    {
        Map<String, VEvent> events = bySummary(parse(feed("feed", "deadlines")));
        // Open on the fixed day: PCAET (in progress, due 25 November 2026), PAT (received, due 7 January 2027), Sante
        // (received, due 31 December 2025). Agriculture was transmitted, Culture declined: not due any more.
        assertEquals(Map.of("Échéance : PCAET", "20261125", "Échéance : PAT", "20270107", "Échéance : Sante",
            "20251231"), Map.copyOf(events.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> value(e.getValue(), Property.DTSTART)))));
        assertEquals("DATE", events.get("Échéance : PAT").getProperty(Property.DTSTART).orElseThrow()
            .getParameter("VALUE").orElseThrow().getValue());
    }

    @Test
    void aMembersSecretAddressOpensTheirCalendarUntilRevoked() throws Exception
    {
        // Camille is in the members' group whoever reads (the harness makes the current user a member otherwise).
        List<PageObject> members = new ArrayList<>(page(CouncilRole.MEMBERS_GROUP).objects());
        members.add(new PageObject("XWiki.XWikiGroups", 99, null, Map.of("member", CAMILLE)));
        this.scenario.addPage(SamplePages.withObjects(CouncilRole.MEMBERS_GROUP, "Members", members));
        // A calendar application reads as a guest: without the secret, nothing of the council.
        this.scenario.setUser(null);
        this.scenario.setGroups();
        assertTrue(feed("feed", "mine").startsWith(REFUSED));
        assertEquals("text/plain", this.scenario.getContentType());

        this.scenario.setUser(CAMILLE);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document created = post("create");
        assertTrue(created.selectFirst(".successmessage").text().contains("créée"), created.text());
        List<String> addresses = created.select(".cdd-calendar-addresses code").eachText();
        assertEquals(3, addresses.size());
        Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(addresses.get(0));
        assertTrue(matcher.find(), addresses.get(0));
        String token = matcher.group(1);
        String stored = this.scenario.storedPage(CalendarTokenClass.PAGE).orElseThrow()
            .firstObject(CalendarTokenClass.REFERENCE).orElseThrow().values().get(CalendarTokenClass.TOKEN_HASH);
        assertEquals(64, stored.length(), "the hash is stored");
        assertFalse(stored.contains(token), "never the secret");
        assertTrue(this.scenario.getSavedComments().contains("Adresse de calendrier créée"));

        this.scenario.setUser(null);
        this.scenario.setGroups();
        Map<String, VEvent> mine = bySummary(parse(feed("feed", "mine", "user", CAMILLE, "token", token)));
        assertEquals(List.of("P03", "B03", "R1", "R2", "R3", "À faire : Action R1.", "À faire : Action R2."),
            List.copyOf(mine.keySet()), "the council's meetings, her group's, her open actions");
        assertEquals("20261123", value(mine.get("À faire : Action R1."), Property.DTSTART));
        assertTrue(feed("feed", "mine", "user", CAMILLE, "token", token + "x").startsWith(REFUSED));
        assertTrue(feed("feed", "mine", "user", "XWiki.Other", "token", token).startsWith(REFUSED));

        this.scenario.setUser(CAMILLE);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document revoked = post("revoke");
        assertTrue(revoked.selectFirst(".successmessage") != null, revoked.text());
        this.scenario.setUser(null);
        this.scenario.setGroups();
        assertTrue(feed("feed", "mine", "user", CAMILLE, "token", token).startsWith(REFUSED), "revoked");

        // Someone outside the council, logged in, reads nothing either; an unknown feed neither.
        this.scenario.setUser("XWiki.Outsider");
        assertTrue(feed("feed", "council").startsWith(REFUSED));
        this.scenario.setUser(CAMILLE);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        assertTrue(feed("feed", "everything").startsWith(REFUSED));
    }

    private Document post(String action) throws Exception
    {
        this.scenario.setMethod("POST");
        this.scenario.getParameters().clear();
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "action", action));
        Document answer = this.renderer.render(page("CDD.Code.CalendarService"));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        return answer;
    }

    /** The home page offers to create the address, then to replace or delete it. */
    @Test
    void theHomePageOffersTheAddress() throws Exception
    {
        Document home = this.renderer.render(page("CDD.WebHome"));
        assertEquals(List.of("Créer mon adresse de calendrier"),
            home.select(".cdd-dashboard-calendar button").eachText());
        post("create");
        home = this.renderer.render(page("CDD.WebHome"));
        assertEquals(List.of("Remplacer mon adresse de calendrier", "Supprimer mon adresse de calendrier"),
            home.select(".cdd-dashboard-calendar button").eachText());
        assertNotEquals("", home.selectFirst(".cdd-dashboard-calendar p").text());
    }
}
