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
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.Reminder;
import org.xwiki.contrib.cdd.calendar.ReminderItem;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.when;

/**
 * Who is reminded of what on Monday 2 March 2026 (reminders 30, 7 and 1 days before a due date, then on the first
 * business day after it and weekly), from query rows as XWiki gives them. Expected reminders computed by hand:
 * <ul>
 * <li>referral S1 due Wed 1 April (30 days): its group G1's referents Ref1 and Ref2, and the animator Anim; S2 is
 * transmitted (confirmed), no reminder;</li>
 * <li>action item of meeting M1 due Tue 3 March (1 day): its owner; another due Fri 27 February, overdue: first
 * business day after is today (3 days past); a third due Mon 23 February was reminded on 24 February and will be on
 * 3 March, not today;</li>
 * <li>recommendation 0 of C1, pending, review date Mon 9 March (7 days): the animators; recommendation 1 is taken into
 * account (confirmed), none;</li>
 * <li>minutes of M1 (group G1, met Sun 15 February, draft): due 1 March, overdue, first business day after is today
 * (1 day past): Ref1 and Ref2; minutes of plenary M2 (17 February): due 3 March (1 day): the animators; validated
 * minutes of M3: none;</li>
 * <li>tutorial T1, published, checked 9 March 2025, review every 12 months: due 9 March (7 days): its author.</li>
 * </ul>
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = {org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider.class,
    TestClockProvider.class})
class ReminderScriptServiceTest
{
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final String TODAY = "2026-03-02";

    private static final String M1 = "CDD.Meetings.M1";

    /** Monday 2 March 2026, 8:00 in Paris: when the daily run sends. */
    private static final Date NOW = Date.from(java.time.ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZONE).toInstant());

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    @MockComponent
    private ClockProvider clockProvider;

    private ReminderScriptService reminders;

    @org.xwiki.test.annotation.BeforeComponent
    void configuration() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
    }

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.clockProvider.getStorageZone()).thenReturn(ZONE);
        when(this.clockProvider.getClock()).thenReturn(java.time.Clock.fixed(NOW.toInstant(), ZONE));
        this.componentManager.<Execution>getInstance(Execution.class).setContext(new ExecutionContext());
        this.reminders = this.componentManager.<CddScriptService>getInstance(
            org.xwiki.script.service.ScriptService.class, "cdd").getDeadlines().getReminders();
    }

    private static Date day(String iso)
    {
        return Date.from(LocalDate.parse(iso).atStartOfDay(ZONE).toInstant());
    }

    private static Map<String, List<?>> rows()
    {
        Map<String, List<?>> rows = new LinkedHashMap<>();
        rows.put("saisines", List.of(new Object[] {"CDD.Saisines.S1", "PCAET", day("2026-04-01"),
            "CDD.Groups.G1.WebHome"}, new Object[] {"CDD.Saisines.S2", "PAT", day("2026-03-09"), null}));
        rows.put("actionItems", List.of(new Object[] {M1, "Réunion 1", day("2026-03-03"), "XWiki.Owner"},
            new Object[] {M1, "Réunion 1", day("2026-02-27"), "XWiki.Owner"},
            new Object[] {M1, "Réunion 1", day("2026-02-23"), "XWiki.Owner"}));
        rows.put("recommendations", List.of(new Object[] {"CDD.Contributions.C1", "Avis", day("2026-03-09"), 0},
            new Object[] {"CDD.Contributions.C1", "Avis", day("2026-03-09"), 1}));
        rows.put("minutes", List.of(new Object[] {M1, "Réunion 1", day("2026-02-15"), "CDD.Groups.G1.WebHome"},
            new Object[] {"CDD.Meetings.M2", "Plénière", day("2026-02-17"), null},
            new Object[] {"CDD.Meetings.M3", "Bureau", day("2026-02-17"), null},
            new Object[] {"CDD.Meetings.M4", "À venir", day("2026-03-20"), null}));
        rows.put("tutorials", Collections.singletonList(new Object[] {"CDD.Tutorials.T1", "Écrire", null,
            "XWiki.Author"}));
        rows.put("groups", Collections.singletonList(new Object[] {"CDD.Groups.G1.WebHome",
            "XWiki.Ref1,XWiki.Ref2"}));
        rows.put("animators", List.of("XWiki.Anim"));
        return rows;
    }

    private static ConfirmedStates states()
    {
        return ConfirmedStates.of(List.of(
            new Object[] {"CDD.States.Saisines.S2", "CDD.Saisines.S2", "saisine:0", "transmitted", null},
            new Object[] {"CDD.States.Contributions.C1", "CDD.Contributions.C1", "recommendation:1",
                "taken_into_account", null},
            new Object[] {"CDD.States.Meetings.M3", "CDD.Meetings.M3", "minutes:0", "validated", null},
            new Object[] {"CDD.States.Tutorials.T1", "CDD.Tutorials.T1", "tutorial:0", "published",
                "publicationDate=2024-01-10T10:00:00Z\nlastReviewed=2025-03-09T10:00:00Z\n"}));
    }

    private static List<String> described(List<Reminder> reminders)
    {
        List<String> described = new ArrayList<>();
        for (Reminder reminder : reminders) {
            described.add(reminder.item().kind() + ' ' + reminder.item().record() + ' '
                + (reminder.overdue() ? "overdue " : "in ") + reminder.days());
        }
        return described;
    }

    @Test
    void eachPersonIsRemindedOfTheirOwnItemsOnTheDay()
    {
        List<ReminderItem> items = this.reminders.items(rows(), states(), TODAY, 12);
        Map<String, List<Reminder>> plan = this.reminders.plan(TODAY, items, "30, 7, 1", false);

        assertEquals(List.of("XWiki.Owner", "XWiki.Ref1", "XWiki.Ref2", "XWiki.Anim", "XWiki.Author"),
            List.copyOf(plan.keySet()));
        assertEquals(List.of("actionItem CDD.Meetings.M1 overdue 3", "actionItem CDD.Meetings.M1 in 1"),
            described(plan.get("XWiki.Owner")));
        assertEquals(List.of("minutes CDD.Meetings.M1 overdue 1", "saisine CDD.Saisines.S1 in 30"),
            described(plan.get("XWiki.Ref1")));
        assertEquals(plan.get("XWiki.Ref1").size(), plan.get("XWiki.Ref2").size());
        assertEquals(List.of("minutes CDD.Meetings.M2 in 1", "recommendation CDD.Contributions.C1 in 7",
            "saisine CDD.Saisines.S1 in 30"), described(plan.get("XWiki.Anim")));
        assertEquals(List.of("tutorial CDD.Tutorials.T1 in 7"), described(plan.get("XWiki.Author")));
        assertEquals("cdd.reminder.minutes.overdue", this.reminders.messageKey(plan.get("XWiki.Ref1").get(0)));
        assertEquals("cdd.reminder.saisine.before", this.reminders.messageKey(plan.get("XWiki.Ref1").get(1)));
        assertEquals("PCAET", this.reminders.recordTitles(rows()).get("CDD.Saisines.S1"));
    }

    @Test
    void tomorrowIsAnotherListAndTheWeekendHasNone()
    {
        List<ReminderItem> items = this.reminders.items(rows(), states(), TODAY, 12);

        // Tuesday 3 March: the action item due on 23 February is a week further overdue (8 days).
        Map<String, List<Reminder>> tomorrow = this.reminders.plan("2026-03-03", items, "30,7,1", false);
        assertEquals(List.of("actionItem CDD.Meetings.M1 overdue 8"), described(tomorrow.get("XWiki.Owner")));
        assertEquals(Map.of(), this.reminders.plan("2026-03-07", items, "30,7,1", false), "a Saturday");
    }

    @Test
    void theDigestIsOnUnlessTheUserTurnedItOff()
    {
        List<Object[]> choices = List.of(new Object[] {"xwiki:XWiki.Ann", 0, ""}, new Object[] {"XWiki.Bob", 0, "en"},
            new Object[] {"XWiki.Ann", 0, "fr"}, new Object[] {"XWiki.Carl", 1, "de"},
            new Object[] {"XWiki.Dan", 1, "en"});
        assertEquals(List.of("XWiki.Ann", "XWiki.Bob"), this.reminders.optedOut(choices));
        assertEquals(Map.of("XWiki.Bob", Locale.ENGLISH, "XWiki.Ann", Locale.FRENCH, "XWiki.Dan", Locale.ENGLISH),
            this.reminders.languages(choices), "Carl's German is not a language the application writes");
        assertEquals(Locale.ENGLISH, this.reminders.locale(this.reminders.languages(choices), "XWiki.Dan"));
        assertEquals(this.reminders.locale(Map.of(), "XWiki.Carl"), this.reminders.locale(null, null),
            "no choice: the reader's language");
        assertEquals(true, this.reminders.receives(List.of()));
        assertEquals(true, this.reminders.receives(List.of(1)));
        assertEquals(false, this.reminders.receives(List.of(0)));
        assertEquals(false, this.reminders.receives(List.of(false)));
        assertEquals(false, this.reminders.receives(Collections.singletonList(new Object[] {0, "en"})));
        assertEquals("en", this.reminders.chosenLanguage(Collections.singletonList(new Object[] {0, "en"})));
        assertEquals("", this.reminders.chosenLanguage(Collections.singletonList(new Object[] {1, "<b>"})));
        assertEquals("", this.reminders.chosenLanguage(List.of()));
        assertEquals(List.of("fr", "en"), this.reminders.getLanguages());
        assertEquals("fr", this.reminders.language(" fr "));
        assertEquals("", this.reminders.language("xx"));
        assertEquals("", this.reminders.language(null));
        assertEquals("30 November 2026", this.reminders.written("2026-11-30", Locale.UK));
        assertEquals("30 novembre 2026", this.reminders.written("2026-11-30", Locale.FRENCH));
        assertEquals(true, this.reminders.getChoicesQuery().contains("doc.fullName = 'CDD.States.Digest'"));
    }

    @Test
    void aDigestGoesAtMostOncePerPersonAndDayAndAFailedOneAgain()
    {
        Map<String, List<Reminder>> plan = this.reminders.plan(TODAY, this.reminders.items(rows(), states(), TODAY,
            12), "30,7,1", false);
        Date tenMinutesAgo = new Date(NOW.getTime() - 10 * 60_000L);
        Date twoHoursAgo = new Date(NOW.getTime() - 2 * 3_600_000L);
        // Owner: sent today. Ref1: a run claimed it ten minutes ago. Ref2: claimed two hours ago, never finished
        // (the run stopped: it may have sent, so not again). Anim: failed, sent again. Author: turned the e-mail off.
        List<Object[]> log = List.of(new Object[] {"xwiki:XWiki.Owner", "sent", twoHoursAgo, "r0"},
            new Object[] {"XWiki.Ref1", "sending", tenMinutesAgo, "r1"},
            new Object[] {"XWiki.Ref2", "sending", twoHoursAgo, "r0"},
            new Object[] {"XWiki.Anim", "failed", twoHoursAgo, "r0"});

        Map<String, List<Reminder>> toSend = this.reminders.toSend(plan, log, List.of("XWiki.Author"));

        assertEquals(List.of("XWiki.Anim"), List.copyOf(toSend.keySet()));
        assertEquals(plan.get("XWiki.Anim"), toSend.get("XWiki.Anim"));
        assertEquals(List.copyOf(plan.keySet()), List.copyOf(this.reminders.toSend(plan, List.of(), List.of())
            .keySet()), "nothing logged: everyone");
        assertEquals("minutes CDD.Meetings.M2\nrecommendation CDD.Contributions.C1\nsaisine CDD.Saisines.S1\n",
            this.reminders.itemLines(plan.get("XWiki.Anim")));
        assertEquals("2026-03-02", this.reminders.dayKey(NOW));
        assertEquals("CDD.States.DigestLog.2026-03-02", this.reminders.logPage(TODAY));
        assertEquals("30, 7, 1", this.reminders.offsetsText(""));
        assertEquals("14, 2", this.reminders.offsetsText("2,14"));
        assertEquals("https://cdd.example.org", this.reminders.origin("https://cdd.example.org/xwiki/bin/view/CDD/",
            "/xwiki/bin/view/CDD/"));
        assertEquals("", this.reminders.origin("https://cdd.example.org/other", "/xwiki/bin/view/CDD/"));
    }

    @Test
    void theEmailBodyEscapesEveryValueAndKeepsItsTextAlternative()
    {
        DigestMailBody body = this.reminders.mailBody("Bonjour <b>", List.of("Saisine « <img src=x> » : 3 jours."),
            List.of("https://cdd.example.org/a?b=1&c=\"x\""), "Pied {{/html}}");

        assertEquals("<div style=\"font-family:Arial,sans-serif;font-size:15px;color:#222\"><p>Bonjour &#60;b&#62;</p>"
            + "<ul><li style=\"margin-bottom:8px\"><a href=\"https://cdd.example.org/a?b=1&#38;c=&#34;x&#34;\" "
            + "style=\"color:#0645ad\">Saisine « &#60;img src=x&#62; » : 3 jours.</a></li></ul>"
            + "<p style=\"font-size:13px;color:#555\">Pied &#123;&#123;/html}}</p></div>", body.html());
        assertEquals("Bonjour <b>\n\n- Saisine « <img src=x> » : 3 jours.\n  https://cdd.example.org/a?b=1&c=\"x\"\n\n"
            + "Pied {{/html}}", body.text());
    }

    @Test
    void ofTwoRunsAtOnceOnlyTheOneWhoseClaimTheLogKeptSends()
    {
        List<Object> log = Collections.singletonList(new Object[] {"XWiki.Ann", "sending", NOW, "second"});

        assertEquals(true, this.reminders.claimed(log, "XWiki.Ann", "second"));
        assertEquals(false, this.reminders.claimed(log, "XWiki.Ann", "first"), "its claim was overwritten");
        assertEquals(false, this.reminders.claimed(log, "XWiki.Bob", "second"));
        assertEquals(false, this.reminders.claimed(Collections.singletonList(new Object[] {"XWiki.Ann", "sent", NOW,
            "second"}), "XWiki.Ann", "second"), "already sent");
    }

    @Test
    void offsetsAndDaysAreReadWithinBounds()
    {
        assertEquals(List.of(30, 7, 1), this.reminders.offsets("7; 30 1 7"));
        assertEquals(List.of(14, 2), this.reminders.offsets(List.of(2, "14")));
        assertEquals(List.of(), this.reminders.offsets(" "));
        assertNull(this.reminders.offsets("0"));
        assertNull(this.reminders.offsets("soon"));
        assertNull(this.reminders.offsets("1,2,3,4,5,6,7,8,9,10,11"));
        assertNull(this.reminders.offsets("1".repeat(100)));
        assertNull(this.reminders.plan("+99999-01-01", List.of(), "", false));
        assertNull(this.reminders.items(rows(), states(), "yesterday", 12));
        assertEquals(List.of(), this.reminders.items(Map.of(), null, TODAY, null));
    }
}
