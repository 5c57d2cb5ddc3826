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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.NewsletterLogClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.PageRenderer;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.Scenario.SentMail;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 5: the newsletter. The fictional council on its fixed day, Saturday 28 November 2026, with its year
 * 2025, and November 2026 as the period: the text AvisMobilite was published on 26 November (its public copy), the
 * referral PAT received on 20 November (due 7 January 2027), PCAET on 2 October (outside), the six starter tutorials
 * published on 28 November. Meetings are announced for three months, to 28 February 2027: this test adds a plenary on
 * 10 December 2026 (shown), a cancelled public event, a group meeting and a public event in March 2027 (not shown).
 * The six members M1 to M6 have addresses {@code m1@exemple.fr}…; Camille is M1; the Mobilité group holds M1 and M2,
 * its referent Ann has no member page, hence no address.
 *
 * @version $Id$
 */
class NewsletterTest extends AbstractPageTest
{
    private static final String NEWSLETTER = "CDD.Newsletter";

    private static final String SEND = "CDD.Code.NewsletterSend";

    private static final String SITE = "https://cdd.example.org/";

    private static final String MOBILITY = "CDD.Groups.Mobilite.WebHome";

    @BeforeEach
    void theFictionalCouncilInNovember()
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        FictionalYear.pages(applicationPages(), this.scenario.getToday()).forEach(this.scenario::addPage);
        meeting("Pleniere", "Assemblée plénière de décembre", MeetingClass.PLENARY, "2026-12-10 18:00", "0");
        meeting("Annulee", "Forum annulé", MeetingClass.PUBLIC_EVENT, "2026-12-12 10:00", "1");
        meeting("Groupe", "Réunion du groupe", MeetingClass.GROUP_MEETING, "2026-12-05 18:00", "0");
        meeting("Mars", "Forum de mars", MeetingClass.PUBLIC_EVENT, "2027-03-15 18:00", "0");
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    private void meeting(String name, String title, String kind, String start, String cancelled)
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Meetings." + name, title,
            MeetingClass.REFERENCE, MeetingClass.KIND, kind, MeetingClass.START, start, MeetingClass.COMMUNE, "Arles",
            MeetingClass.ADDRESS, "Salle des fêtes", MeetingClass.CANCELLED, cancelled));
    }

    private void november(String audience)
    {
        this.scenario.getParameters().put("from", "2026-11-01");
        this.scenario.getParameters().put("to", "2026-11-30");
        this.scenario.getParameters().put("audience", audience);
        this.scenario.getParameters().put("newsletterLanguage", "fr");
    }

    private Document send(String audience) throws Exception
    {
        this.scenario.setMethod("POST");
        november(audience);
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        return this.renderer.render(page(SEND));
    }

    private List<Map<String, String>> log()
    {
        return this.scenario.storedPage(NewsletterLogClass.PAGE).map(p -> p.objects().stream()
            .filter(o -> NewsletterLogClass.REFERENCE.equals(o.className())).map(o -> o.values()).toList())
            .orElse(List.of());
    }

    @Test
    void theAnimatorReadsTheNewsletterOfAPeriodAsItWillBeSent() throws Exception
    {
        november("council");

        Document page = this.renderer.render(page(NEWSLETTER));

        Element mail = page.selectFirst(".cdd-newsletter-mail");
        assertEquals(List.of("Textes publiés", "Saisines reçues", "Réunions publiques jusqu’au 28 février 2027",
            "Nouveaux tutoriels"), mail.select("h2").eachText());
        List<Element> sections = mail.select("h2 + ul");
        assertEquals(List.of("AvisMobilite"), sections.get(0).select("li > a").eachText());
        assertTrue(sections.get(0).selectFirst("li").text().contains("Publié le 26 novembre 2026"));
        assertEquals(List.of("PAT"), sections.get(1).select("li > a").eachText(), "PCAET came in October");
        assertEquals("PAT Reçue le 20 novembre 2026 · avis attendu le 7 janvier 2027",
            sections.get(1).selectFirst("li").text());
        assertEquals("2027-01-07", sections.get(1).select("time").get(1).attr("datetime"));
        assertEquals(List.of("Assemblée plénière de décembre Le 10 décembre 2026 18:00 · Salle des fêtes, Arles"),
            sections.get(2).select("li").eachText(), "not the cancelled, group or March meetings");
        assertEquals(6, sections.get(3).select("li").size());
        assertEquals(SITE + "xwiki/bin/view/CDD/Saisines/PAT", sections.get(1).selectFirst("a").attr("href"));
        assertEquals(SITE + "xwiki/bin/view/CDD/Public/Opinions/AvisMobilite",
            sections.get(0).selectFirst("a").attr("href"), "the public copy, not the record");
        assertEquals("Objet : Conseil de développement — Pays d’Arles : lettre d’information du 1 novembre 2026 au "
            + "30 novembre 2026", page.selectFirst(".cdd-newsletter-preview p").text());
        assertEquals("6 personnes la recevront ; personne ne l’a désactivée ; chacun a une adresse.",
            page.selectFirst(".cdd-newsletter-send p").text());
        assertEquals("L’envoyer à 6 personnes", page.selectFirst(".cdd-newsletter-send button").text());
        assertEquals("2026-11-01", page.selectFirst("#cddNewsletterFrom").val());
    }

    @Test
    void withoutAPeriodItProposesThePreviousMonthAndIsWrittenInEnglishOnRequest() throws Exception
    {
        this.scenario.setLocale(Locale.ENGLISH);
        this.scenario.getParameters().put("newsletterLanguage", "en");

        Document page = this.renderer.render(page(NEWSLETTER));

        assertEquals("2026-10-01", page.selectFirst("#cddNewsletterFrom").val());
        assertEquals("2026-10-31", page.selectFirst("#cddNewsletterTo").val());
        Element mail = page.selectFirst(".cdd-newsletter-mail");
        assertEquals("en", mail.attr("lang"));
        assertEquals("News from October 1, 2026 to October 31, 2026", mail.selectFirst("h1 + p").text());
        assertEquals(List.of("Referrals received", "Public meetings until February 28, 2027"),
            mail.select("h2").eachText());
        assertEquals("PCAET Received on October 2, 2026 · opinion due on November 25, 2026",
            mail.selectFirst("li").text());
    }

    @Test
    void eachPersonGetsTheirOwnMessageAndWhoTurnedItOffGetsNothing() throws Exception
    {
        // M3 turned the newsletter off; M4 chose English for the council's e-mails.
        this.scenario.addPage(SamplePages.withObjects(DigestPreferenceClass.PAGE, "Digest", List.of(
            SamplePages.object(applicationPages(), DigestPreferenceClass.REFERENCE, 0, DigestPreferenceClass.USER,
                "XWiki.M3", DigestPreferenceClass.DIGEST, "1", DigestPreferenceClass.NEWSLETTER, "0"),
            SamplePages.object(applicationPages(), DigestPreferenceClass.REFERENCE, 1, DigestPreferenceClass.USER,
                "XWiki.M4", DigestPreferenceClass.DIGEST, "1", DigestPreferenceClass.LANGUAGE, "en",
                DigestPreferenceClass.NEWSLETTER, "1"))));

        Document answer = send("council");

        assertEquals("La lettre a été envoyée à 5 personnes, aucun échec ; une personne l’avait désactivée, chacun "
            + "avait une adresse.", answer.selectFirst(".successmessage").text());
        List<SentMail> mails = this.scenario.getSentMails();
        assertEquals(List.of("m1@exemple.fr", "m2@exemple.fr", "m4@exemple.fr", "m5@exemple.fr", "m6@exemple.fr"),
            mails.stream().map(SentMail::to).sorted().toList(), "one message each, M3 left out");
        SentMail m4 = mails.stream().filter(m -> m.to().startsWith("m4")).findFirst().orElseThrow();
        assertEquals("Development council — Pays d’Arles: newsletter from November 1, 2026 to November 30, 2026",
            m4.subject(), "in the language M4 chose");
        SentMail m1 = mails.stream().filter(m -> m.to().startsWith("m1")).findFirst().orElseThrow();
        assertTrue(m1.subject().startsWith("Conseil de développement"), m1.subject());
        assertTrue(m1.text().contains("- PAT\n  Reçue le 20 novembre 2026 · avis attendu le 7 janvier 2027\n  "
            + SITE + "xwiki/bin/view/CDD/Saisines/PAT"), m1.text());
        assertTrue(m1.text().contains("Ne plus recevoir la lettre d’information"), "how to stop it");

        List<Map<String, String>> log = log();
        assertEquals(1, log.size());
        assertEquals("5", log.get(0).get(NewsletterLogClass.SENT));
        assertEquals("0", log.get(0).get(NewsletterLogClass.FAILED));
        assertEquals("1", log.get(0).get(NewsletterLogClass.OPTED_OUT));
        assertEquals("council", log.get(0).get(NewsletterLogClass.AUDIENCE));
        assertEquals("XWiki.Camille", log.get(0).get(NewsletterLogClass.SENDER));
        assertEquals(36, log.get(0).get(NewsletterLogClass.BATCH).length(), "the mail service's batch id");
        assertTrue(this.scenario.getSavedComments().contains(
            "Lettre d’information du 1 novembre 2026 au 30 novembre 2026 envoyée à 5 personnes"));

        // The page lists the sending, and the same newsletter goes to the same people again only when asked.
        this.scenario.setMethod("GET");
        Document page = this.renderer.render(page(NEWSLETTER));
        assertEquals(List.of("Du 1 novembre 2026 au 30 novembre 2026", "Tout le conseil", "5", "0", "1", "0"),
            page.select(".cdd-newsletter-log td").eachText().subList(2, 8));
        assertTrue(page.selectFirst(".cdd-newsletter-send").text().contains("déjà été envoyée"));
        this.scenario.getParameters().clear();
        Document twice = send("council");
        assertEquals(List.of("La lettre de cette période a déjà été envoyée à ces destinataires."),
            twice.select(".cdd-workflow-errors li").eachText());
        assertEquals(5, this.scenario.getSentMails().size());
        this.scenario.getParameters().put("again", "1");
        this.renderer.render(page(SEND));
        assertEquals(10, this.scenario.getSentMails().size());
        assertEquals(2, log().size());
    }

    @Test
    void aWorkingGroupGetsItAndTheMailServiceAnswerIsKept() throws Exception
    {
        this.scenario.getRefusingRecipients().add("m2@exemple.fr");

        Document answer = send(MOBILITY);

        assertEquals(List.of("m1@exemple.fr"), this.scenario.getSentMails().stream().map(SentMail::to).toList());
        assertEquals("La lettre a été envoyée à une personne, un échec ; personne ne l’avait désactivée, une personne "
            + "n’avait pas d’adresse.", answer.selectFirst(".successmessage").text());
        assertEquals(List.of("M2 : 550 Mailbox unavailable"),
            answer.select(".cdd-newsletter-failures li").eachText());
        assertEquals("M2 : 550 Mailbox unavailable", log().get(0).get(NewsletterLogClass.ERRORS));
        assertEquals(MOBILITY, log().get(0).get(NewsletterLogClass.AUDIENCE));
    }

    @Test
    void aMemberTurnsTheNewsletterOffAndBackOnFromTheHomePage() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document home = this.renderer.render(page("CDD.WebHome"));
        assertEquals("Ne plus recevoir la lettre d’information",
            home.selectFirst(".cdd-newsletter-choice button").text());
        assertTrue(home.select("a[href$=/CDD/Newsletter]").isEmpty(), "only animators prepare it");

        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        this.scenario.getParameters().put("newsletter", "0");
        Document answer = this.renderer.render(page("CDD.Code.DigestService"));

        assertEquals("La lettre d’information est désactivée : vous ne la recevrez plus.",
            answer.selectFirst(".successmessage").text());
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        home = this.renderer.render(page("CDD.WebHome"));
        assertEquals("Recevoir de nouveau la lettre d’information",
            home.selectFirst(".cdd-newsletter-choice button").text());
        assertTrue(home.selectFirst(".cdd-dashboard-digest").text().contains("Vous recevez un courriel par jour"),
            "the daily e-mail stays on");

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        november("council");
        assertEquals("5 personnes la recevront ; une personne l’a désactivée ; chacun a une adresse.",
            this.renderer.render(page(NEWSLETTER)).selectFirst(".cdd-newsletter-send p").text());
    }

    @Test
    void onlyAnimatorsPrepareAndSendIt() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        november("council");
        assertTrue(this.renderer.render(page(NEWSLETTER)).selectFirst("." + PageRenderer.ACCESS_DENIED) != null,
            "the page's rights object allows view to the animators only");
        Document refused = send("council");
        assertEquals(List.of("Seuls les animateurs du conseil préparent et envoient la lettre d’information."),
            refused.select(".cdd-workflow-errors li").eachText());

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.getParameters().put("form_token", "forged");
        assertFalse(this.renderer.render(page(SEND)).select(".cdd-workflow-errors li").isEmpty());
        this.scenario.setMethod("GET");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        assertFalse(this.renderer.render(page(SEND)).select(".cdd-workflow-errors li").isEmpty(), "POST only");
        assertTrue(this.scenario.getSentMails().isEmpty());
        assertTrue(log().isEmpty());
    }

    @Test
    void badInputIsAnsweredInWordsAndKeptInTheForm() throws Exception
    {
        Map<List<String>, String> cases = Map.of(
            List.of("2026-13-01", "2026-11-30", "council"), "2026-13-01",
            List.of("2026-11-30", "2026-11-01", "council"), "ne peut pas précéder",
            List.of("2025-01-01", "2026-11-30", "council"), "trop longue : 366 jours au plus",
            List.of("2026-11-01", "2026-11-30", "XWiki.XWikiAdminGroup"), "Choisissez les destinataires");
        for (Map.Entry<List<String>, String> input : cases.entrySet()) {
            this.scenario.getParameters().put("from", input.getKey().get(0));
            this.scenario.getParameters().put("to", input.getKey().get(1));
            this.scenario.getParameters().put("audience", input.getKey().get(2));
            Document page = this.renderer.render(page(NEWSLETTER));
            assertTrue(page.selectFirst(".errormessage").text().contains(input.getValue()),
                page.selectFirst(".errormessage").text());
            assertEquals(input.getKey().get(0), page.selectFirst("#cddNewsletterFrom").val(), "what was typed");
            assertTrue(page.select(".cdd-newsletter-send").isEmpty(), "nothing to send");
            this.scenario.setMethod("POST");
            this.scenario.getParameters().put("form_token", this.scenario.getToken());
            assertFalse(this.renderer.render(page(SEND)).select(".cdd-workflow-errors li").isEmpty());
            this.scenario.setMethod("GET");
        }
        assertTrue(this.scenario.getSentMails().isEmpty());
    }

    @Test
    void theMessageIsSafeForMailClients() throws Exception
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Saisines.Hostile",
            "<script>alert(1)</script><img src=x onerror=alert(2)>{{/html}}{{velocity}}$xcontext.user{{/velocity}}",
            SaisineClass.REFERENCE, SaisineClass.KIND, "optional", SaisineClass.STATUS, "received",
            SaisineClass.RECEIVED_DATE, "2026-11-15"));

        send("animators");

        SentMail mail = this.scenario.getSentMails().get(0);
        Document html = Jsoup.parse(mail.html());
        assertTrue(html.select("script, img, link, style, iframe, object, form").isEmpty(), mail.html());
        assertTrue(html.select("[src], [onerror], [class]").isEmpty(), "no external resource, no handler");
        for (Element link : html.select("a")) {
            assertTrue(link.attr("href").startsWith(SITE), link.attr("href"));
        }
        assertTrue(html.select("[style]").size() > 10, "inline styles only");
        assertTrue(html.selectFirst("table").attr("style").contains("max-width:600px"));
        assertTrue(html.text().contains("<script>alert(1)</script>"), "the title as typed, as text");
        assertFalse(mail.html().contains("{{"), "no wiki syntax left to run");
    }
}
