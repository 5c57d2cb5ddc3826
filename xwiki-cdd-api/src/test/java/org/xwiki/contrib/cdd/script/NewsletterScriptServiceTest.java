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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.publication.NewsletterAudience;
import org.xwiki.contrib.cdd.publication.NewsletterIssue;
import org.xwiki.contrib.cdd.publication.NewsletterMail;
import org.xwiki.contrib.cdd.publication.NewsletterPeriod;
import org.xwiki.contrib.cdd.publication.NewsletterRecipients;
import org.xwiki.contrib.cdd.publication.NewsletterSection;
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
 * The newsletter's period, content, recipients and HTML. The clock is the tests' fixed one (28 November 2026, Paris):
 * meetings are announced until 28 February 2027.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class NewsletterScriptServiceTest
{
    private static final String GROUP = "CDD.Groups.Eau.WebHome";

    private static final ZoneId STORAGE = ZoneId.systemDefault();

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private NewsletterScriptService newsletter;

    private CddScriptService cdd;

    @BeforeEach
    void setUp() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
        this.componentManager.<Execution>getInstance(Execution.class).setContext(new ExecutionContext());
        this.newsletter = (NewsletterScriptService) this.componentManager.<ScriptService>getInstance(
            ScriptService.class, NewsletterScriptService.HINT);
        this.cdd = (CddScriptService) this.componentManager.<ScriptService>getInstance(ScriptService.class, "cdd");
    }

    private static Date at(int year, int month, int day, int hour)
    {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(STORAGE).toInstant());
    }

    @Test
    void aPeriodIsBoundedAndItsDefaultIsThePreviousMonth()
    {
        assertEquals(new NewsletterPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
            this.newsletter.getDefaultPeriod());
        assertEquals(366, this.newsletter.period("2028-01-01", "2028-12-31").days(), "a leap year fits");
        assertNull(this.newsletter.period("2026-01-01", "2027-01-02"));
        assertEquals(ScriptError.PERIOD_TOO_LONG, this.cdd.getLastError().key());
        assertNull(this.newsletter.period("2026-11-30", "2026-11-01"));
        assertEquals(ScriptError.BAD_PERIOD, this.cdd.getLastError().key());
        assertNull(this.newsletter.period("+99999-01-01", "2026-11-01"));
        assertNull(this.newsletter.period("2026-02-30", "2026-11-01"));
        assertEquals(ScriptError.BAD_DATE, this.cdd.getLastError().key());
        NewsletterPeriod november = this.newsletter.period("2026-11-01", "2026-11-30");
        assertEquals(at(2026, 11, 1, 0), this.newsletter.start(november));
        assertEquals(at(2026, 12, 1, 0), this.newsletter.end(november), "the day after, excluded");
        assertEquals(at(2026, 11, 28, 0), this.newsletter.getMeetingsStart());
        assertEquals(at(2027, 3, 1, 0), this.newsletter.getMeetingsEnd());
    }

    @Test
    void itTellsWhatHappenedInThePeriodAndLeavesCancelledMeetingsOut()
    {
        NewsletterPeriod november = this.newsletter.period("2026-11-01", "2026-11-30");
        List<Object> referrals = List.of(new Object[] {"CDD.Saisines.A", "A", at(2026, 11, 20, 0), at(2027, 1, 7, 0)},
            new Object[] {"CDD.Saisines.B", "", at(2026, 11, 21, 0), null}, "not a row");
        List<Object> meetings = List.of(new Object[] {"CDD.Meetings.P", "Plénière", at(2026, 12, 10, 18), "Arles",
            "Salle des fêtes", 0}, new Object[] {"CDD.Meetings.C", "Annulée", at(2026, 12, 11, 18), "", "", 1});
        NewsletterIssue issue = this.newsletter.issue(november, List.of(), referrals, meetings, List.of(),
            Map.of("CDD.Saisines.A", "/xwiki/bin/view/CDD/Saisines/A"), "https://w.example/xwiki/bin/view/CDD/X");

        assertEquals(List.of("A", "CDD.Saisines.B"), issue.items(NewsletterSection.REFERRALS).stream()
            .map(item -> item.title()).toList(), "a page without title shows its name");
        assertEquals("https://w.example/xwiki/bin/view/CDD/Saisines/A",
            issue.items(NewsletterSection.REFERRALS).get(0).url());
        assertEquals(LocalDate.of(2027, 1, 7), issue.items(NewsletterSection.REFERRALS).get(0).due());
        assertEquals(List.of("Plénière"), issue.items(NewsletterSection.MEETINGS).stream().map(i -> i.title())
            .toList());
        assertEquals("Salle des fêtes, Arles", issue.items(NewsletterSection.MEETINGS).get(0).place());
        assertFalse(issue.isEmpty());
        assertTrue(this.newsletter.issue(november, null, null, null, null, null, null).isEmpty());
    }

    @Test
    void theMailIsOneEscapedColumnWithItsTextAlternative()
    {
        NewsletterPeriod november = this.newsletter.period("2026-11-01", "2026-11-30");
        List<Object> meetings = java.util.Collections.singletonList(new Object[] {"CDD.Meetings.P",
            "<b>Plénière</b> {{velocity}}", at(2026, 12, 10, 18), "Arles", "", 0});
        NewsletterIssue issue = this.newsletter.issue(november, List.of(), List.of(), meetings, List.of(),
            Map.of("CDD.Meetings.P", "https://w.example/P?a=1&b=\"2\""), null);
        Map<String, String> labels = Map.of("subject", "Lettre", "meetings", "Réunions", "meetingOn", "Le",
            "footer", "Pour ne plus la recevoir :", "settings", "accueil");

        NewsletterMail mail = this.newsletter.mail(issue, labels, "fr", "https://w.example/");

        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"fr\">"), mail.html());
        assertTrue(mail.fragment().contains(">&#60;b&#62;Plénière&#60;/b&#62; &#123;&#123;velocity}}</a>"),
            mail.fragment());
        assertTrue(mail.fragment().contains("href=\"https://w.example/P?a=1&#38;b=&#34;2&#34;\""));
        assertTrue(mail.fragment().contains("Le <time datetime=\"2026-12-10T18:00\">10 décembre 2026 18:00</time> · "
            + "Arles"), mail.fragment());
        assertTrue(mail.fragment().startsWith("<table role=\"presentation\""));
        assertTrue(mail.fragment().contains("max-width:600px"));
        assertEquals("Lettre", mail.subject());
        assertTrue(mail.text().contains("Réunions\n- <b>Plénière</b> {{velocity}}\n  Le 10 décembre 2026 18:00 · "
            + "Arles\n  https://w.example/P?a=1&b=\"2\"\n"), mail.text());
        assertTrue(mail.text().endsWith("Pour ne plus la recevoir : accueil\nhttps://w.example/\n"), mail.text());
        assertEquals(Locale.ENGLISH, this.newsletter.locale("en"));
        assertEquals("en", this.newsletter.language("de"), "the reader's (English in these tests) for another one");
        assertEquals("fr", this.newsletter.language(" fr "));
    }

    @Test
    void itGoesToTheAudienceLessWhoTurnedItOffOrHasNoAddress()
    {
        List<Object> groupRows =
            java.util.Collections.singletonList(new Object[] {GROUP, "Eau", "XWiki.Anne,XWiki.Ann"});
        List<Object> memberUsers = List.of(new Object[] {"CDD.Members.M1", "XWiki.Camille"},
            new Object[] {"CDD.Members.M4", "xwiki:XWiki.M4"}, new Object[] {"CDD.Members.M5", "XWiki.M5"});
        List<Object> groupMembers = List.of(new Object[] {GROUP, "CDD.Members.M1"},
            new Object[] {GROUP, "CDD.Members.M4"}, new Object[] {"CDD.Groups.Other", "CDD.Members.M5"});
        NewsletterAudience water = this.newsletter.audience(GROUP, groupRows);

        assertEquals(List.of("council", "animators", GROUP), this.newsletter.audiences(groupRows).stream()
            .map(NewsletterAudience::id).toList());
        assertNull(this.newsletter.audience("XWiki.XWikiAdminGroup", groupRows));
        List<String> users = this.newsletter.users(water, memberUsers, List.of(), groupRows, groupMembers);
        assertEquals(List.of("XWiki.Anne", "XWiki.Ann", "XWiki.Camille", "XWiki.M4"), users);
        assertEquals(List.of("XWiki.Camille", "XWiki.M4", "XWiki.M5"), this.newsletter.users(
            this.newsletter.audience("council", groupRows), memberUsers, List.of(), groupRows, groupMembers));
        assertEquals(List.of("XWiki.Bob"), this.newsletter.users(this.newsletter.audience("animators", groupRows),
            memberUsers, List.of("xwiki:XWiki.Bob"), groupRows, groupMembers));

        NewsletterRecipients recipients = this.newsletter.recipients(users, Map.of("XWiki.Camille", "m1@exemple.fr",
            "XWiki.M4", "m4@exemple.fr", "XWiki.Ann", "ann@exemple.fr"), List.of("XWiki.Ann"));
        assertEquals(Map.of("XWiki.Camille", "m1@exemple.fr", "XWiki.M4", "m4@exemple.fr"), recipients.addresses());
        assertEquals(List.of("XWiki.Ann"), recipients.optedOut());
        assertEquals(List.of("XWiki.Anne"), recipients.noAddress());

        NewsletterPeriod november = this.newsletter.period("2026-11-01", "2026-11-30");
        List<Object> log = java.util.Collections.singletonList(new Object[] {at(2026, 11, 1, 0), at(2026, 11, 30, 0),
            GROUP});
        assertTrue(this.newsletter.sentBefore(log, november, water));
        assertFalse(this.newsletter.sentBefore(log, november, this.newsletter.audience("council", groupRows)));
        assertFalse(this.newsletter.sentBefore(log, this.newsletter.period("2026-10-01", "2026-10-31"), water));
    }
}
