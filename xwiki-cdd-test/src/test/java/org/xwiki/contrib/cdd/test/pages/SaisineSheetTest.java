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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.SaisineSheet} on referrals of a fictional council, in view and edit, French and English.
 *
 * @version $Id$
 */
class SaisineSheetTest extends AbstractPageTest
{
    /**
     * The lists keep to what the reader may view (XWiki's viewable filter): the tests read them as a council member
     * unless they say otherwise.
     */
    @org.junit.jupiter.api.BeforeEach
    void asACouncilMember()
    {
        this.scenario.setGroups("CDD.Code.MembersGroup");
    }

    private static final String SHEET = "CDD.Code.SaisineSheet";

    /** The referral is due 17 days after the test's today. */
    private static final int DUE_IN = 17;

    private String day(int fromToday)
    {
        return this.scenario.getToday().plusDays(fromToday).toString();
    }

    private XarPage pcaet(String... extra)
    {
        String[] base = {SaisineClass.KIND, "mandatory", SaisineClass.ORIGIN_BODY, "PETR", SaisineClass.REQUESTER,
            "Président du PETR", SaisineClass.THEMES, "pcaet|mobilité", SaisineClass.QUESTION,
            "Quel avis sur le projet de PCAET ?", SaisineClass.RECEIVED_DATE, day(-57), SaisineClass.DUE_DATE,
            day(DUE_IN), SaisineClass.STATUS, "in_progress", SaisineClass.ACCEPTED_DATE, day(-54)};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return SamplePages.withObject(applicationPages(), "CDD.Saisines.PCAET", "PCAET 2026",
            SaisineClass.REFERENCE, all);
    }

    /** The sheet's content, rendered as the content of the referral page (what a class sheet binding does). */
    private Document render(XarPage saisine) throws Exception
    {
        XarPage sheet = page(SHEET);
        return this.renderer.render(saisine, sheet);
    }

    private static List<String> labels(Document html)
    {
        return html.select(".cdd-saisine dt").eachText();
    }

    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void viewShowsTheReferralInFrench(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        this.scenario.setLocale(Locale.FRENCH);

        Document html = render(pcaet());

        assertEquals("En cours", html.selectFirst(".cdd-status").text());
        Element deadline = html.selectFirst("time.cdd-deadline");
        assertNotNull(deadline);
        assertEquals(today.plusDays(DUE_IN).toString(), deadline.attr("datetime"));
        assertEquals("dans 17 jours", deadline.text());
        assertTrue(labels(html).containsAll(List.of("Type", "Instance à l’origine", "Échéance", "Acceptée le")),
            labels(html).toString());
        assertTrue(html.select(".cdd-saisine dd").eachText().contains("Consultation obligatoire"),
            "list values are shown with their labels");
        assertTrue(html.text().contains("Quel avis sur le projet de PCAET ?"));
        assertFalse(labels(html).contains("Close le"), "a stamp not set yet is not shown");
        assertEquals("/xwiki/bin/view/CDD/Saisines/PCAET?viewer=history", html.selectFirst(".cdd-history a").attr("href"));
    }

    @Test
    void viewShowsTheReferralInEnglish() throws Exception
    {
        Document html = render(pcaet());

        assertEquals("In progress", html.selectFirst(".cdd-status").text());
        assertTrue(labels(html).containsAll(List.of("Kind", "Referred by", "Due date", "Accepted on")));
        assertTrue(html.select(".cdd-saisine dd").eachText().contains("Mandatory consultation"));
    }

    @Test
    void editBindsEveryLabelToItsFieldAndLeavesWorkflowFieldsOut() throws Exception
    {
        this.scenario.setAction("edit");

        Document html = render(pcaet());

        assertLabelsBound(html, ".cdd-saisine label");
        assertEquals(14, html.select(".cdd-saisine label").size(), "with the reason for another due date");
        assertNotNull(html.selectFirst("select#CDD\\.Code\\.SaisineClass_0_kind option[selected][value=mandatory]"));
        assertNull(html.getElementById("CDD.Code.SaisineClass_0_status"), "the state changes through the workflow");
        assertNull(html.getElementById("CDD.Code.SaisineClass_0_acceptedDate"), "stamps are not typed");
        assertNull(html.selectFirst(".cdd-status"), "no summary while editing");
        assertTrue(html.select(".xHint").eachText().containsAll(List.of(
            "The legal or requested deadline; the referral is flagged before it, as the configured reminders say.",
            "The body asking for the opinion, chosen from the configured bodies.")),
            "hints under typed fields and under configured choices");
    }

    @Test
    void hostileValuesAreShownAsTextAndNeverRun() throws Exception
    {
        String hostile = "]]{{/html}}{{velocity}}#set($x = 'ran'){{/velocity}}<script>alert(1)</script>~**";
        XarPage saisine = pcaet(SaisineClass.REQUESTER, hostile, SaisineClass.QUESTION,
            "{{html}}<b onmouseover=\"alert(1)\">x</b><script>alert(2)</script>{{/html}}",
            SaisineClass.STATUS, "in_progress\"/}}{{velocity}}ran{{/velocity}}");

        Document html = render(saisine);

        assertTrue(html.text().contains(hostile), html.text());
        // The question, a text area, is wiki syntax rendered restricted, as XWiki renders it: its HTML is cleaned.
        // (XWiki's cleaner writes <b> as <strong> and turns a script, in restricted mode, into text.)
        assertEquals("x", html.select(".cdd-rendered-text strong").text(), html.select("dd").outerHtml());
        assertEquals("", html.select(".cdd-rendered-text strong").attr("onmouseover"));
        assertTrue(html.select("script").isEmpty());
        assertEquals("Received", html.selectFirst(".cdd-status").text(), "a state typed into the page changes "
            + "nothing: the badge is the one the workflow confirmed");
        assertNotNull(html.selectFirst(".cdd-state-copy"), "and the page says its copy was changed");
        assertFalse(html.text().contains("ran ") || html.text().endsWith("ran"));

        this.scenario.setAction("edit");
        Document form = render(saisine);
        assertEquals(hostile, form.getElementById("CDD.Code.SaisineClass_0_requester").attr("value"));
    }

    @Test
    void onlyTheMovesOpenToTheUsersRoleAreOffered() throws Exception
    {
        XarPage received = pcaet(SaisineClass.STATUS, "received");
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");

        Document html = render(received);

        assertEquals(List.of("Accept", "Decline"), html.select(".cdd-workflow-buttons button").eachText());
        Element form = html.selectFirst(".cdd-workflow-move");
        assertEquals("post", form.attr("method"));
        assertEquals(this.scenario.getToken(), form.selectFirst("input[name=form_token]").attr("value"));
        assertEquals("CDD.Saisines.PCAET", form.selectFirst("input[name=target]").attr("value"));

        this.scenario.setGroups("CDD.Code.MembersGroup");
        assertTrue(render(received).select(".cdd-workflow-buttons").isEmpty(), "a member cannot accept");

        this.scenario.setUser(null);
        this.scenario.setGroups();
        assertTrue(render(received).select("button").isEmpty(), "a guest gets no button");
    }

    @Test
    void theFollowUpOfTheRecommendationsIsOneQuery() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.addPage(SamplePages.withObjects("CDD.Contributions.AvisPCAET", "Avis sur le PCAET", List.of(
            SamplePages.object(applicationPages(), ContributionClass.REFERENCE, 0, ContributionClass.SAISINE,
                "CDD.Saisines.PCAET"),
            SamplePages.object(applicationPages(), RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT,
                "Associer les communes rurales.", RecommendationClass.FOLLOW_UP_STATUS, "partly"))));
        this.scenario.addPage(SamplePages.withObjects("CDD.Contributions.AvisSCoT", "Avis sur le SCoT", List.of(
            SamplePages.object(applicationPages(), ContributionClass.REFERENCE, 0, ContributionClass.SAISINE,
                "CDD.Saisines.SCoT"),
            SamplePages.object(applicationPages(), RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT,
                "Autre avis.", RecommendationClass.FOLLOW_UP_STATUS, "pending"))));

        Document html = render(pcaet());

        Element table = html.selectFirst(".cdd-saisine-followup table");
        assertEquals(List.of("Avis sur le PCAET", "Associer les communes rurales.", "Prise en compte en partie"),
            table.select("tbody td").eachText());
        assertEquals(3, table.select("th[scope=col]").size());
        assertEquals(4, this.scenario.getExecutedQueries().size(), "the page's confirmed states, the groups, then the "
            + "follow-up and its confirmed states: " + this.scenario.getExecutedQueries());
    }

    @Test
    void aPageWithoutReferralSaysSo() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        XarPage sheet = page(SHEET);

        Document html = this.renderer.render(sheet);

        assertTrue(html.text().contains("Cette page ne contient pas de saisine."), html.text());
    }

    @Test
    void theListPageAsksLiveDataForTheReferralsByDueDate() throws Exception
    {
        Document html = this.renderer.render(page("CDD.Saisines.WebHome"));

        Element list = html.selectFirst(".livedata-standin");
        assertNotNull(list);
        assertTrue(list.attr("data-sourceparameters").contains("className=CDD.Code.SaisineClass"));
        assertEquals("dueDate:asc", list.attr("data-sort"));
        assertTrue(List.of(list.attr("data-properties").split(",")).containsAll(
            List.of("kind", "themes", "receivedDate", "dueDate", "status", "group")),
            "the filters people need: kind, theme, year (date range), status, group");
        assertEquals("Referrals", this.renderer.renderTitle(page("CDD.Saisines.WebHome")));
    }

    @Test
    void theSheetProposesTheDueDateOfTheDefaultDelayAndSaysHow() throws Exception
    {
        // The XAR's configuration: 60 calendar days. From Tuesday 10 March 2026 that is Saturday 9 May, after the
        // holiday of Friday 8 May: the first business day is Monday 11 May.
        this.scenario.setLocale(Locale.FRENCH);
        XarPage received = pcaet(SaisineClass.RECEIVED_DATE, "2026-03-10", SaisineClass.DUE_DATE, "2026-05-11");

        Document html = render(received);

        org.jsoup.nodes.Element proposal = html.selectFirst(".cdd-saisine-proposal");
        assertEquals("Échéance selon le délai applicable : lundi 11 mai 2026 — 60 jours calendaires à "
            + "compter du mardi 10 mars 2026, reporté au lundi 11 mai 2026 (premier jour ouvré). Le délai est le délai "
            + "par défaut du conseil.", proposal.text());
        assertEquals("2026-05-11", proposal.selectFirst("time").attr("datetime"));
        assertNull(html.selectFirst(".cdd-saisine-proposal-differs"), "the due date set is the proposed one");

        this.scenario.setLocale(Locale.ENGLISH);
        Document other = render(pcaet(SaisineClass.RECEIVED_DATE, "2026-03-12", SaisineClass.DUE_DATE, "2026-06-30"));
        assertEquals("Due date from the delay that applies: Monday 11 May 2026 — 60 calendar days from "
            + "Thursday 12 March 2026. The delay is the council’s default.", other.selectFirst(".cdd-saisine-proposal")
            .text());
        assertNotNull(other.selectFirst(".cdd-saisine-proposal-differs"), "a due date set otherwise is pointed out");

        this.scenario.setAction("edit");
        Document form = render(received);
        assertNotNull(form.selectFirst(".cdd-saisine-proposal"), "shown while the date is typed too");
        assertEquals("Why this due date", form.selectFirst("label[for=CDD.Code.SaisineClass_0_dueDateReason]")
            .text(), "the reason for another due date is kept with the referral");

        this.scenario.setAction("view");
        Document kept = render(pcaet(SaisineClass.RECEIVED_DATE, "2026-03-12", SaisineClass.DUE_DATE, "2026-06-30",
            SaisineClass.DUE_DATE_REASON, "Délai légal de trois mois (article R. 104-24)."));
        assertTrue(kept.select("dd").eachText().contains("Délai légal de trois mois (article R. 104-24)."),
            kept.select("dl").text());
        assertFalse(render(received).select("dt").eachText().contains("Why this due date"), "no empty reason");
    }

    /**
     * The administration set 30 days for the legal basis L. 5211-10-1 and 45 for the PETR, and the Alsace-Moselle
     * calendar. Received Wednesday 26 November 2025: 30 days is Friday 26 December 2025, a public holiday in
     * Alsace-Moselle only, so the first business day is Monday 29 December; asked by the PETR on another basis, 45
     * days is Saturday 10 January 2026, so Monday 12 January.
     */
    @Test
    void theDelayOfTheLegalBasisOrOfTheBodyAppliesOnTheCouncilsCalendar() throws Exception
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", "defaultDelayDays", "60", "alsaceMoselle", "1", "specificDelays",
            "L. 5211-10-1=30\nPETR=45"));

        Document basis = render(pcaet(SaisineClass.RECEIVED_DATE, "2025-11-26", SaisineClass.LEGAL_BASIS,
            "Article L. 5211-10-1 du CGCT"));
        assertEquals("Due date from the delay that applies: Monday 29 December 2025 — 30 calendar days from "
            + "Wednesday 26 November 2025, moved to Monday 29 December 2025 (the first business day). The delay is "
            + "the one set for the legal basis “L. 5211-10-1”.", basis.selectFirst(".cdd-saisine-proposal").text());

        Document body = render(pcaet(SaisineClass.RECEIVED_DATE, "2025-11-26", SaisineClass.LEGAL_BASIS,
            "Délibération du comité syndical"));
        assertEquals("2026-01-12", body.selectFirst(".cdd-saisine-proposal time").attr("datetime"));
        assertTrue(body.selectFirst(".cdd-saisine-proposal").text().endsWith("The delay is the one set for the "
            + "requesting body “PETR”."), body.selectFirst(".cdd-saisine-proposal").text());
    }

    /**
     * Bad input is pointed out, never saved wrong: a received date after today (the harness's day is 28 November
     * 2026), an absurd default delay.
     */
    @Test
    void aReceivedDateInTheFutureOrAnAbsurdDelayIsPointedOut() throws Exception
    {
        Document future = render(pcaet(SaisineClass.RECEIVED_DATE, "2026-11-29"));
        assertEquals("The received date is after today: check it, the due date is computed from it.",
            future.selectFirst(".cdd-saisine-received-future").text());
        assertNull(render(pcaet(SaisineClass.RECEIVED_DATE, "2026-11-28")).selectFirst(".cdd-saisine-received-future"),
            "today is not the future");

        for (String delay : List.of("0", "-5", "10000")) {
            this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration",
                "Configuration", "CDD.Code.ConfigurationClass", "defaultDelayDays", delay));
            Document html = render(pcaet(SaisineClass.RECEIVED_DATE, "2026-03-10"));
            assertNull(html.selectFirst(".cdd-saisine-proposal"), "no due date proposed from a delay of " + delay);
            assertTrue(html.selectFirst(".cdd-saisine-no-delay").text().startsWith("No due date can be proposed: "
                + "the council’s default delay (" + delay), html.selectFirst(".cdd-saisine-no-delay").text());
        }
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", "defaultDelayDays", "30"));
        assertTrue(render(pcaet(SaisineClass.RECEIVED_DATE, "2026-03-10")).selectFirst(".cdd-saisine-proposal")
            .text().contains("30 calendar days"), "the same page proposes one from a sound delay");
    }
}
