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

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.DigestLogClass;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.Scenario.SentMail;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, item 4: the daily digest, {@code CDD.Code.DigestRun}, on Monday 30 November 2026 for the fictional
 * council (see {@link RemindersPageTest} for who is reminded of what: today, referral PCAET to Ann, Anne and Camille).
 * Addresses come from the members' private data: Camille is member M1 ({@code m1@exemple.fr}), Ann gets a member page
 * here ({@code ann@exemple.fr}), Anne has none.
 *
 * @version $Id$
 */
class DigestRunTest extends AbstractPageTest
{
    private static final String ANN_MAIL = "ann@exemple.fr";

    private static final String LOG_PAGE = DigestLogClass.page("2026-11-30");

    @BeforeEach
    void theFictionalCouncilOnAMonday()
    {
        RemindersPageTest.theFictionalCouncilOnMonday(this.scenario);
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.Ann", "Ann", MemberClass.REFERENCE,
            MemberClass.COLLEGE, "citizens", MemberClass.USER, "XWiki.Ann"));
        this.scenario.addPage(SamplePages.privateData(applicationPages(), "CDD.Members.Ann", MemberPrivateClass.EMAIL,
            ANN_MAIL));
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    private Document run() throws Exception
    {
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        return this.renderer.render(page("CDD.Code.DigestRun"));
    }

    private Map<String, Map<String, String>> log()
    {
        Map<String, Map<String, String>> log = new java.util.TreeMap<>();
        this.scenario.storedPage(LOG_PAGE).orElseThrow().objects().stream()
            .filter(o -> DigestLogClass.REFERENCE.equals(o.className()))
            .forEach(o -> log.put(o.values().get(DigestLogClass.USER), o.values()));
        return log;
    }

    @Test
    void eachPersonGetsOneEmailWithTheirRemindersAndLinks() throws Exception
    {
        Document answer = run();

        assertEquals("2 e-mails sent, one failed. Nobody receives today’s e-mail twice.",
            answer.selectFirst(".successmessage").text());
        List<SentMail> mails = this.scenario.getSentMails();
        assertEquals(List.of(ANN_MAIL, "m1@exemple.fr"), mails.stream().map(SentMail::to).sorted().toList());
        SentMail ann = mails.stream().filter(m -> ANN_MAIL.equals(m.to())).findFirst().orElseThrow();
        assertEquals("Council reminders: one item on November 30, 2026", ann.subject());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(ann.html());
        assertEquals(List.of("Referral “PCAET”: the opinion was due on November 27, 2026, 3 days ago."),
            html.select("li a").eachText());
        assertEquals("https://cdd.example.org/xwiki/bin/view/CDD/Saisines/PCAET", html.selectFirst("li a").attr("href"));
        assertTrue(html.selectFirst("div").attr("style").contains("font-family"), "inline styles only");
        assertTrue(ann.text().contains("- Referral “PCAET”: the opinion was due on November 27, 2026, 3 days ago.\n"
            + "  https://cdd.example.org/xwiki/bin/view/CDD/Saisines/PCAET"), ann.text());
        assertTrue(ann.text().contains("Turn the daily e-mail off"), "how to stop it");

        Map<String, Map<String, String>> log = log();
        assertEquals("sent", log.get("XWiki.Ann").get(DigestLogClass.STATUS));
        assertEquals("sent", log.get("XWiki.Camille").get(DigestLogClass.STATUS));
        assertEquals("failed", log.get("XWiki.Anne").get(DigestLogClass.STATUS));
        assertEquals("No e-mail address in the member’s private data", log.get("XWiki.Anne").get(DigestLogClass.ERROR));
        assertEquals("saisine CDD.Saisines.PCAET\n", log.get("XWiki.Ann").get(DigestLogClass.ITEMS));
        assertEquals("2026-11-30", log.get("XWiki.Ann").get(DigestLogClass.DAY));
        List<String> comments = this.scenario.getSavedComments();
        assertEquals("Daily e-mails of 2026-11-30: sending", comments.get(0), "the claims first, in one version");
        assertEquals(java.util.Set.of("Daily e-mail sent to Ann", "Daily e-mail to Anne not sent",
            "Daily e-mail sent to Camille"), java.util.Set.copyOf(comments.subList(1, comments.size())),
            "then one version per person, right after their e-mail");
        assertEquals(4, comments.size());
    }

    @Test
    void aSecondRunTheSameDaySendsNothingTwiceAndTriesTheFailedAgain() throws Exception
    {
        run();
        this.scenario.getParameters().clear();
        Document second = run();

        assertEquals("No e-mail sent, one failed. Nobody receives today’s e-mail twice.",
            second.selectFirst(".successmessage").text());
        assertEquals(2, this.scenario.getSentMails().size(), "Ann and Camille once each");

        // Anne's address is entered: the next run writes to her, and to her only.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.Anne", "Anne",
            MemberClass.REFERENCE, MemberClass.USER, "XWiki.Anne"));
        this.scenario.addPage(SamplePages.privateData(applicationPages(), "CDD.Members.Anne", MemberPrivateClass.EMAIL,
            "anne@exemple.fr"));
        run();
        assertEquals(3, this.scenario.getSentMails().size());
        assertEquals("anne@exemple.fr", this.scenario.getSentMails().get(2).to());
        assertEquals("sent", log().get("XWiki.Anne").get(DigestLogClass.STATUS));
    }

    @Test
    void whomARunThatStoppedClaimedIsNotSentAgainThatDay() throws Exception
    {
        // A run claimed Ann, then stopped (a crash, a restart): whether her e-mail went is not known.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), LOG_PAGE, "Log", DigestLogClass.REFERENCE,
            DigestLogClass.USER, "XWiki.Ann", DigestLogClass.DAY, "2026-11-30", DigestLogClass.STATUS, "sending",
            DigestLogClass.RUN, "stopped"));

        run();

        assertEquals(List.of("m1@exemple.fr"), this.scenario.getSentMails().stream().map(SentMail::to).toList());
        assertEquals("sending", log().get("XWiki.Ann").get(DigestLogClass.STATUS));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        assertTrue(this.renderer.render(page("CDD.Reminders")).select(".cdd-reminders-log li").eachText().contains(
            "Ann — being sent, or the sending stopped: not sent again today, since it may have gone"));
    }

    @Test
    void aRefusingMailServerIsLoggedAndShownOnTheRemindersPage() throws Exception
    {
        this.scenario.getRefusingRecipients().add(ANN_MAIL);

        run();

        assertEquals("failed", log().get("XWiki.Ann").get(DigestLogClass.STATUS));
        assertEquals("550 Mailbox unavailable", log().get("XWiki.Ann").get(DigestLogClass.ERROR));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        Document reminders = this.renderer.render(page("CDD.Reminders"));
        assertTrue(reminders.select(".cdd-reminders-log li").eachText().contains(
            "Ann — not sent, it will be tried again at the next run (550 Mailbox unavailable)"),
            reminders.select(".cdd-reminders-log li").eachText().toString());
    }

    @Test
    void whoTurnedTheEmailOffGetsNothingAndTheMessageIsInTheReadersLanguage() throws Exception
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), DigestPreferenceClass.PAGE, "Digest",
            DigestPreferenceClass.REFERENCE, DigestPreferenceClass.USER, "XWiki.Ann", DigestPreferenceClass.DIGEST,
            "0"));
        this.scenario.setLocale(Locale.FRENCH);

        run();

        assertEquals(List.of("m1@exemple.fr"), this.scenario.getSentMails().stream().map(SentMail::to).toList());
        SentMail camille = this.scenario.getSentMails().get(0);
        assertEquals("Rappels du conseil : un élément le 30 novembre 2026", camille.subject());
        assertTrue(camille.text().contains("Saisine « PCAET » : l’avis était attendu le 27 novembre 2026, il y a 3 "
            + "jours."), camille.text());
    }

    @Test
    void eachPersonReadsTheirEmailInTheLanguageTheyChose() throws Exception
    {
        // Ann chose English; Camille chose nothing: the language of the animator who runs it, French.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), DigestPreferenceClass.PAGE, "Digest",
            DigestPreferenceClass.REFERENCE, DigestPreferenceClass.USER, "XWiki.Ann", DigestPreferenceClass.DIGEST,
            "1", DigestPreferenceClass.LANGUAGE, "en"));
        this.scenario.setLocale(Locale.FRENCH);

        run();

        SentMail ann = this.scenario.getSentMails().stream().filter(m -> ANN_MAIL.equals(m.to())).findFirst()
            .orElseThrow();
        assertEquals("Council reminders: one item on November 30, 2026", ann.subject());
        assertTrue(ann.text().startsWith("Here is what is due soon"), ann.text());
        assertTrue(ann.text().contains("Referral “PCAET”: the opinion was due on November 27, 2026, 3 days ago."),
            ann.text());
        SentMail camille = this.scenario.getSentMails().stream().filter(m -> "m1@exemple.fr".equals(m.to()))
            .findFirst().orElseThrow();
        assertEquals("Rappels du conseil : un élément le 30 novembre 2026", camille.subject());

        // The animator's preview speaks each person's language too.
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        Document reminders = this.renderer.render(page("CDD.Reminders"));
        Element annPreview = reminders.select("article.cdd-reminders-person").stream()
            .filter(a -> "Ann".equals(a.selectFirst("h3").text())).findFirst().orElseThrow();
        assertEquals("en", annPreview.selectFirst("li").attr("lang"));
        assertEquals("Referral “PCAET”: the opinion was due on November 27, 2026, 3 days ago.",
            annPreview.selectFirst("li").text());
    }

    @Test
    void onlyAnAnimatorByPostWithTheTokenRunsIt() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP);
        assertTrue(run().text().contains("Only the animators"));

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setMethod("GET");
        assertTrue(this.renderer.render(page("CDD.Code.DigestRun")).text().contains("only acts on a form"));
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", "forged");
        assertTrue(this.renderer.render(page("CDD.Code.DigestRun")).text().contains("expired"));
        assertEquals(List.of(), this.scenario.getSentMails());
        assertTrue(this.scenario.storedPage(LOG_PAGE).isEmpty());
    }
}
