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
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.PageRenderer;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, items 3 and 6: the reminders page lists who is reminded of what today and tomorrow, and a member turns
 * their daily e-mail off and back on. The fictional council on Monday 30 November 2026 (the Monday after the
 * harness's day), reminders 30, 7 and 1 days before (the XAR's setting), then on the first business day after the due
 * date and weekly. Computed by hand:
 * <ul>
 * <li>today: referral PCAET (in progress, group Mobilité whose referent is Ann) was due Friday 27 November: the first
 * business day after is today, 3 days past; reminded to Ann and to the animators, Anne and the reader, Camille. Referral PAT (due 9 January
 * 2027) has no reminder this week; Eau is transmitted;</li>
 * <li>tomorrow: the action of meeting R2 (Camille's, due today) is one day overdue; the action of R1, due Wednesday
 * 25 November, was reminded on Thursday 26 and will be on Thursday 3 December; R3's is done; the minutes of R2 (met
 * 25 November, draft) are due 9 December, reminded 2 December; the tutorials were checked this year.</li>
 * </ul>
 *
 * @version $Id$
 */
class RemindersPageTest extends AbstractPageTest
{
    private static final LocalDate MONDAY = Scenario.DEFAULT_TODAY.plusDays(2);

    private static final String PCAET = "Referral “PCAET”: the opinion was due on November 27, 2026, 3 days ago.";

    @BeforeEach
    void theFictionalCouncilOnAMonday()
    {
        theFictionalCouncilOnMonday(this.scenario);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    /**
     * The fictional council on Monday 30 November 2026, in English, with Anne in the animators' group (the XAR's
     * group has no member).
     *
     * @param scenario the test's scenario
     */
    static void theFictionalCouncilOnMonday(Scenario scenario)
    {
        scenario.setToday(MONDAY);
        scenario.setLocale(Locale.ENGLISH);
        FictionalCouncil.pages(applicationPages(), MONDAY).forEach(scenario::addPage);
        XarPage animators = page("CDD.Code.AnimatorsGroup");
        scenario.addPage(new XarPage(animators.path(), animators.reference(), "", "", animators.title(),
            animators.syntax(), true, animators.content(), 1, 1, null, List.of(new PageObject("XWiki.XWikiGroups", 0,
                null, Map.of("member", "XWiki.Anne"))), null));
    }

    private Document reminders() throws Exception
    {
        return this.renderer.render(page("CDD.Reminders"));
    }

    private static Map<String, List<String>> people(Element day)
    {
        Map<String, List<String>> people = new java.util.LinkedHashMap<>();
        for (Element person : day.select("article.cdd-reminders-person")) {
            people.put(person.selectFirst("h3").text(), person.select("li").eachText());
        }
        return people;
    }

    @Test
    void theAnimatorSeesExactlyTodaysAndTomorrowsReminders() throws Exception
    {
        Document html = reminders();

        List<Element> days = html.select("section.cdd-reminders-day");
        assertEquals(2, days.size());
        assertEquals("Today, November 30, 2026", days.get(0).selectFirst("h2").text());
        assertEquals("2026-11-30", days.get(0).selectFirst("h2 time").attr("datetime"));
        assertEquals(Map.of("Ann", List.of(PCAET), "Anne", List.of(PCAET), "Camille", List.of(PCAET)),
            people(days.get(0)));
        assertEquals("/xwiki/bin/view/CDD/Saisines/PCAET", days.get(0).selectFirst("li a").attr("href"));
        assertEquals(Map.of("Camille", List.of("Meeting “R2”: one of your actions was due on November 30, 2026, one "
            + "day ago.")), people(days.get(1)));
        assertTrue(html.select(".infomessage").isEmpty(), "nobody turned the e-mail off");
    }

    @Test
    void inFrenchTheMessagesReadTheFrenchWay() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = reminders();

        assertEquals("Aujourd’hui, 30 novembre 2026", html.selectFirst("section.cdd-reminders-day h2").text());
        assertEquals(List.of("Saisine « PCAET » : l’avis était attendu le 27 novembre 2026, il y a 3 jours."),
            html.select("section.cdd-reminders-day").get(0).selectFirst("article").select("li").eachText());
        assertEquals(List.of("Réunion « R2 » : l’une de vos actions était à réaliser le 30 novembre 2026, il y a un "
            + "jour."), html.select("section.cdd-reminders-day").get(1).select("li").eachText());
    }

    @Test
    void aMemberWhoTurnedTheEmailOffIsShownAsSuchAndCanTurnItBackOn() throws Exception
    {
        this.scenario.setUser("XWiki.Ann");
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "digest", "0", "user",
            "XWiki.Anne"));
        Document off = this.renderer.render(page("CDD.Code.DigestService"));
        assertEquals("The daily reminder e-mail is turned off.", off.selectFirst(".successmessage").text());
        List<Map<String, String>> choices = this.scenario.storedPage(DigestPreferenceClass.PAGE).orElseThrow()
            .objects().stream().filter(o -> DigestPreferenceClass.REFERENCE.equals(o.className()))
            .map(PageObject::values).toList();
        assertEquals(List.of(Map.of("user", "XWiki.Ann", "digest", "0")), choices, "Ann's choice, whatever the form");

        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        Document home = this.renderer.render(page("CDD.WebHome"));
        assertTrue(home.selectFirst(".cdd-dashboard-digest").text().contains("You turned the daily reminder e-mail"
            + " off"), home.selectFirst(".cdd-dashboard-digest").text());
        assertEquals("1", home.selectFirst(".cdd-dashboard-digest input[name=digest]").attr("value"));

        this.scenario.setUser(Scenario.DEFAULT_USER);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document page = reminders();
        Element ann = page.select("article.cdd-reminders-person").get(0);
        assertEquals("Ann", ann.selectFirst("h3").text());
        assertTrue(ann.selectFirst(".infomessage").text().contains("turned the daily e-mail off"));
        assertEquals(1, page.select(".infomessage").size(), "Anne still receives it");

        this.scenario.setUser("XWiki.Ann");
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "digest", "1"));
        Document on = this.renderer.render(page("CDD.Code.DigestService"));
        assertEquals("The daily reminder e-mail is turned back on.", on.selectFirst(".successmessage").text());
        assertEquals(List.of("Daily reminder e-mail turned off", "Daily reminder e-mail turned back on"),
            this.scenario.getSavedComments());
    }

    @Test
    void aMemberChoosesTheLanguageOfTheirEmailAndKeepsTheirOtherChoice() throws Exception
    {
        this.scenario.setUser("XWiki.Ann");
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);
        Document home = this.renderer.render(page("CDD.WebHome"));
        Element select = home.selectFirst(".cdd-digest-language select[name=digestLanguage]");
        assertEquals("Langue de mes courriels de rappel",
            home.selectFirst(".cdd-digest-language label[for=" + select.id() + "]").text());
        assertEquals(List.of("", "fr", "en"), select.select("option").eachAttr("value"));
        assertEquals("", select.selectFirst("option[selected]").val(), "the council's until chosen");

        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "digest", "0"));
        this.renderer.render(page("CDD.Code.DigestService"));
        this.scenario.getParameters().clear();
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "digestLanguage", "en"));
        Document saved = this.renderer.render(page("CDD.Code.DigestService"));
        assertEquals("La langue de votre courriel quotidien est enregistrée.",
            saved.selectFirst(".successmessage").text());
        List<Map<String, String>> choices = this.scenario.storedPage(DigestPreferenceClass.PAGE).orElseThrow()
            .objects().stream().filter(o -> DigestPreferenceClass.REFERENCE.equals(o.className()))
            .map(PageObject::values).toList();
        assertEquals(List.of(Map.of("user", "XWiki.Ann", "digest", "0", "language", "en")), choices,
            "the language is added to the choice, which stays off");

        this.scenario.getParameters().put("digestLanguage", "de");
        Document refused = this.renderer.render(page("CDD.Code.DigestService"));
        assertTrue(refused.selectFirst(".errormessage").text().contains(
            "Choisissez le français, l’anglais ou la langue du conseil pour vos courriels."),
            refused.selectFirst(".errormessage").text());
        assertEquals(List.of("Courriel quotidien de rappel désactivé", "Langue du courriel quotidien choisie"),
            this.scenario.getSavedComments(), "nothing saved when refused");

        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        home = this.renderer.render(page("CDD.WebHome"));
        assertEquals("en", home.selectFirst(".cdd-digest-language option[selected]").val());
    }

    @Test
    void onlyACouncilMemberByPostWithTheTokenChooses() throws Exception
    {
        this.scenario.setGroups();
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "digest", "0"));
        // Someone outside the council cannot even open the service (CDD.Code): none of its code runs.
        assertTrue(this.renderer.render(page("CDD.Code.DigestService")).selectFirst("." + PageRenderer.ACCESS_DENIED)
            != null);

        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        this.scenario.getParameters().put("digest", "maybe");
        assertTrue(this.renderer.render(page("CDD.Code.DigestService")).text().contains("Choose to turn"));
        this.scenario.getParameters().put("digest", "0");
        this.scenario.getParameters().put("form_token", "forged");
        assertTrue(this.renderer.render(page("CDD.Code.DigestService")).text().contains("expired"));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        assertTrue(this.renderer.render(page("CDD.Code.DigestService")).text().contains("only acts on a form"));
        assertTrue(this.scenario.storedPage(DigestPreferenceClass.PAGE).isEmpty(), "nothing saved");
    }

    @Test
    void membersCannotSeeTheRemindersPage() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP);

        assertFalse(this.scenario.hasRight("view", "CDD.Reminders"));
        Document html = reminders();
        assertTrue(html.select("section.cdd-reminders-day").isEmpty());
        assertFalse(html.text().contains("PCAET"));
    }
}
