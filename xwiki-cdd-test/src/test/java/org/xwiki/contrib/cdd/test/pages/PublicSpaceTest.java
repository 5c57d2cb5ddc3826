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

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.PublicationClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 1 and 2: what the council publishes reaches guests only through the workflow's publish move, as a
 * copy in {@code CDD.Public} that only the workflow service writes; the library, the follow-up page and the Atom feed
 * read the copies only. The fictional council on its fixed day (2026-11-28) with its full year 2025: AvisSCoT (adopted
 * 20 April 2025 by the plenary, 24 for, 2 against, 3 abstentions, mandatory referral SCoT, group Mobilité, sent to the
 * PETR; recommendation 1 not taken with a reply, 2 pending), AvisTourisme (1 September 2025, plenary, optional
 * referral, group Eau, sent to Terre de Provence, no recommendation) and AvisAgriculture (10 December 2025, bureau,
 * mandatory, group Alimentation, sent to CCVBA; one recommendation partly taken).
 *
 * @version $Id$
 */
class PublicSpaceTest extends AbstractPageTest
{
    private static final String SERVICE = "CDD.Code.WorkflowService";

    private static final String SCOT = "CDD.Contributions.AvisSCoT";

    private static final String SCOT_COPY = "CDD.Public.Opinions.AvisSCoT";

    private static final String LIBRARY = "CDD.Public.WebHome";

    private static final String SHEET = "CDD.Code.PublicationSheet";

    private static final String ARTICLES = "article.cdd-public-opinion";

    @BeforeEach
    void theFictionalCouncilAndItsYear()
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        FictionalYear.pages(applicationPages(), this.scenario.getToday()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    private Document move(String record, String workflow, String to, String... more) throws Exception
    {
        this.scenario.setMethod("POST");
        this.scenario.getParameters().clear();
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        this.scenario.getParameters().put("workflow", workflow);
        this.scenario.getParameters().put("target", record);
        this.scenario.getParameters().put("to", to);
        for (int i = 0; i < more.length; i += 2) {
            this.scenario.getParameters().put(more[i], more[i + 1]);
        }
        Document answer = this.renderer.render(page(SERVICE));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        return answer;
    }

    private void publish(String record) throws Exception
    {
        Document answer = move(record, "contribution", "published");
        assertTrue(answer.selectFirst(".successmessage") != null, answer.text());
    }

    /** An animator makes a recommendation's follow-up public with a plain save of the record (form fields). */
    private void makeFollowUpPublic(String record, int number, String... more)
    {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("form_token", List.of(this.scenario.getToken()));
        String prefix = RecommendationClass.REFERENCE + "_" + number + "_";
        form.put(prefix + RecommendationClass.PUBLIC_FOLLOW_UP, List.of("1"));
        for (int i = 0; i < more.length; i += 2) {
            form.put(prefix + more[i], List.of(more[i + 1]));
        }
        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save(record, form)
            .outcome());
    }

    private void beGuest()
    {
        this.scenario.setUser(null);
        this.scenario.setGroups();
    }

    private Document library(String... parameters) throws Exception
    {
        this.scenario.getParameters().clear();
        for (int i = 0; i < parameters.length; i += 2) {
            this.scenario.getParameters().put(parameters[i], parameters[i + 1]);
        }
        Document html = this.renderer.render(page(LIBRARY));
        this.scenario.getParameters().clear();
        return html;
    }

    private Document copy(String reference) throws Exception
    {
        return this.renderer.render(this.scenario.storedPage(reference).orElseThrow(), page(SHEET));
    }

    private Map<String, String> copyValues(String reference)
    {
        return this.scenario.storedPage(reference).orElseThrow().firstObject(PublicationClass.REFERENCE)
            .orElseThrow().values();
    }

    @Test
    void publishingWritesACopyThatGuestsReadAndNothingElseReachesThem() throws Exception
    {
        makeFollowUpPublic(SCOT, 0);
        assertFalse(this.scenario.storedPage(SCOT_COPY).isPresent(), "an adopted text is not public");
        publish(SCOT);

        Map<String, String> stored = copyValues(SCOT_COPY);
        assertEquals("published", stored.get(PublicationClass.STATE));
        assertEquals(SCOT, stored.get(PublicationClass.RECORD));
        assertEquals("Avis sur SCoT.", stored.get(PublicationClass.SUMMARY));
        assertEquals("Avis SCoT", this.scenario.storedPage(SCOT_COPY).orElseThrow().title());
        assertFalse(stored.get(PublicationClass.FACTS).contains("XWiki."), "no person: " + stored);

        beGuest();
        for (String page : List.of(LIBRARY, "CDD.Public.FollowUp", "CDD.Public.Feed", SCOT_COPY, SHEET,
            "CDD.WebHome")) {
            assertTrue(this.scenario.hasRight("view", page), "a guest reads " + page);
            assertFalse(this.scenario.hasRight("edit", page), "a guest edits nothing: " + page);
        }
        for (String page : List.of(SCOT, "CDD.Contributions.NoteEau", "CDD.Meetings.R1", "CDD.Saisines.SCoT",
            "CDD.Members.M1", "CDD.Members.Private.M1", "CDD.States.Contributions.AvisSCoT", "CDD.Code.Macros",
            "CDD.Code.Configuration", "CDD.Reports.2025", "CDD.Groups.Mobilite.WebHome")) {
            assertFalse(this.scenario.hasRight("view", page), "a guest may not open " + page);
        }

        Document html = library();
        assertTranslated(html);
        assertLabelsBound(html, "form.cdd-public-filters label");
        // Newest publication first: AvisSCoT today, the fictional council's AvisMobilite two days ago.
        assertEquals(List.of("Avis SCoT", "AvisMobilite"), html.select(ARTICLES + " h2").eachText());
        assertEquals("2 publications.", html.selectFirst(".cdd-public-count").text());
        // Hand reading of AvisSCoT's facts, in the order of the list.
        assertEquals(List.of("Avis", "20 avril 2025 — La plénière",
            "24 voix pour, 2 contre, 3 abstentions", "Mobilité", "SCoT (Consultation obligatoire)", "Mobilité",
            "Comité syndical du PETR du Pays d’Arles"), html.selectFirst(ARTICLES).select("dd").eachText());
        assertEquals("2025-04-20", html.selectFirst(ARTICLES + " dd time").attr("datetime"));
        assertEquals(List.of("une non prise en compte", "une dont le suivi n’est pas encore publié"),
            html.selectFirst(ARTICLES).select("ul.cdd-public-followup-counts li").eachText());
        assertTrue(html.selectFirst(ARTICLES + " a[href*=export]").attr("href").contains("format=pdf"));

        Document text = copy(SCOT_COPY);
        assertTranslated(text);
        assertEquals("Recommandation 1.", text.select("ol.cdd-public-recommendations li p").first().text());
        assertTrue(text.select("ol.cdd-public-recommendations li").get(0).text()
            .contains("Suivi : Non retenue"), text.text());
        assertTrue(text.select("ol.cdd-public-recommendations blockquote").eachText().contains("Réponse des élus."));
        assertTrue(text.select("ol.cdd-public-recommendations li").get(1).text()
            .contains("Le suivi de cette recommandation n’est pas encore publié."));

        Document home = this.renderer.render(page("CDD.WebHome"));
        assertTrue(home.select(".cdd-dashboard-list").isEmpty(), "a guest sees no dashboard");
        assertEquals(List.of("Publications du conseil", "Suivi des recommandations", "La charte du conseil",
            "Rapports d’activité", "Fil Atom des publications"), home.select(".cdd-home-public nav a").eachText());
    }

    @Test
    void aMemberCannotMakeADraftPublic() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        // A plain save of a draft's state, then the service: nothing public.
        Map<String, List<String>> forged = new LinkedHashMap<>();
        forged.put("form_token", List.of(this.scenario.getToken()));
        forged.put(ContributionClass.REFERENCE + "_0_" + ContributionClass.STATUS, List.of("published"));
        new StandInSaveAction(this.scenario).save("CDD.Contributions.NoteEau", forged);
        Document refused = move("CDD.Contributions.NoteEau", "contribution", "published");
        assertFalse(refused.select(".cdd-workflow-errors li").isEmpty(), refused.text());
        assertFalse(this.scenario.storedPage("CDD.Public.Opinions.NoteEau").isPresent());

        // Nor can a member write a copy, or give guests a right on a council page.
        Map<String, List<String>> copy = new LinkedHashMap<>();
        copy.put("form_token", List.of(this.scenario.getToken()));
        copy.put("title", List.of("Faux avis"));
        assertEquals(StandInSaveAction.Outcome.ACCESS_DENIED,
            new StandInSaveAction(this.scenario).save("CDD.Public.Opinions.NoteEau", copy).outcome());
        assertFalse(this.scenario.hasRight("edit", LIBRARY));
        assertFalse(this.scenario.hasRight("edit", SHEET));

        beGuest();
        assertEquals(List.of("AvisMobilite"), library().select(ARTICLES + " h2").eachText(), "only what was published");
    }

    @Test
    void archivingWithdrawsTheCopyFromGuestsAndAFollowUpMoveUpdatesIt() throws Exception
    {
        // The elected body's reply to the second recommendation, typed by the animator before its move.
        makeFollowUpPublic(SCOT, 1, RecommendationClass.REPLY, "Réponse des élus.", RecommendationClass.REPLY_DATE,
            "15/12/2025");
        publish(SCOT);
        String firstFacts = copyValues(SCOT_COPY).get(PublicationClass.FACTS);
        // A member edits the text afterwards: a follow-up move does not publish that.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Map<String, List<String>> edit = new LinkedHashMap<>();
        edit.put("form_token", List.of(this.scenario.getToken()));
        edit.put(ContributionClass.REFERENCE + "_0_" + ContributionClass.SUMMARY, List.of("Un résumé changé."));
        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save(SCOT, edit)
            .outcome());
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);

        // The second recommendation is answered: the copy follows, published as the animator moved it.
        Document answered = move(SCOT, "recommendation", "taken_into_account", "object", "1");
        assertTrue(answered.selectFirst(".successmessage") != null, answered.text());
        assertFalse(firstFacts.equals(copyValues(SCOT_COPY).get(PublicationClass.FACTS)));
        assertEquals("Avis sur SCoT.", copyValues(SCOT_COPY).get(PublicationClass.SUMMARY), "as published");
        assertTrue(copyValues(SCOT_COPY).get(PublicationClass.FACTS).contains("\"summary\":\"Avis sur SCoT.\""));
        beGuest();
        Document followUp = this.renderer.render(page("CDD.Public.FollowUp"));
        assertTranslated(followUp);
        assertEquals(List.of("Avis SCoT", "AvisMobilite"), followUp.select("table caption").eachText());
        assertEquals(List.of("Recommandation 1. Le suivi de cette recommandation n’est pas encore publié.",
            "Recommandation 2. Prise en compte Réponse des élus. 15 décembre 2025"),
            followUp.selectFirst("table.cdd-public-followup-table").select("tbody tr").eachText());

        this.scenario.setUser("XWiki.Camille");
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        Document archived = move(SCOT, "contribution", "archived");
        assertTrue(archived.selectFirst(".successmessage") != null, archived.text());
        assertEquals("withdrawn", copyValues(SCOT_COPY).get(PublicationClass.STATE));
        assertTrue(copy(SCOT_COPY).selectFirst(".cdd-public-text .warningmessage").text().contains("retiré"));

        beGuest();
        assertFalse(this.scenario.hasRight("view", SCOT_COPY), "withdrawn: closed to guests, its history too");
        assertEquals(List.of("AvisMobilite"), library().select(ARTICLES + " h2").eachText());
        assertEquals(List.of("AvisMobilite"),
            this.renderer.render(page("CDD.Public.FollowUp")).select("table caption").eachText());
    }

    @Test
    void theLibraryFiltersByThemeYearTypeOriginGroupAndBody() throws Exception
    {
        for (String record : List.of(SCOT, "CDD.Contributions.AvisTourisme", "CDD.Contributions.AvisAgriculture")) {
            publish(record);
        }
        beGuest();
        // Newest publication first: three published today, by title, then AvisMobilite, two days ago.
        assertEquals(List.of("Avis Agriculture", "Avis SCoT", "Avis Tourisme", "AvisMobilite"),
            library().select(ARTICLES + " h2").eachText());
        assertEquals(List.of("Avis SCoT", "AvisMobilite"),
            library("theme", "Mobilité").select(ARTICLES + " h2").eachText());
        assertEquals(3, library("year", "2025").select(ARTICLES).size());
        assertEquals(0, library("year", "2024").select(ARTICLES).size());
        assertEquals(List.of("Avis Agriculture", "Avis SCoT"),
            library("kind", "mandatory").select(ARTICLES + " h2").eachText());
        assertEquals(List.of("Avis Tourisme"),
            library("body", FictionalYear.TPA).select(ARTICLES + " h2").eachText());
        assertEquals(List.of("Avis Agriculture"), library("group", "Alimentation", "type", "opinion")
            .select(ARTICLES + " h2").eachText());
        // Out of bounds or unknown: no error, the criterion matches nothing or counts as not chosen.
        assertEquals(4, library("year", "99999999999").select(ARTICLES).size());
        Document unknown = library("theme", "<script>alert(1)</script>");
        assertEquals("Aucune publication ne correspond.", unknown.selectFirst(".cdd-public-count").text());
        assertTrue(unknown.select("script").isEmpty());
        // The choices offered are those that find something.
        Document html = library();
        assertEquals(List.of("Indifférent", "Eau", "Mobilité", "Projet alimentaire territorial (PAT)"),
            html.select("#cdd-public-theme option").eachText());
        assertEquals(List.of("Indifférent", "Consultation obligatoire", "Saisine facultative"),
            html.select("#cdd-public-kind option").eachText());

        this.scenario.setLocale(Locale.ENGLISH);
        Document english = library("theme", "Eau");
        assertTranslated(english);
        assertEquals("One publication.", english.selectFirst(".cdd-public-count").text());
        assertTrue(english.select(ARTICLES + " dd").eachText().contains("24 for, 2 against, 3 abstentions"));
    }

    @Test
    void theAtomFeedIsReadBackByAnIndependentParser() throws Exception
    {
        makeFollowUpPublic(SCOT, 1, RecommendationClass.REPLY, "Réponse des élus.", RecommendationClass.REPLY_DATE,
            "15/12/2025");
        publish(SCOT);
        publish("CDD.Contributions.AvisTourisme");
        beGuest();
        org.w3c.dom.Document first = feed();
        assertEquals("application/atom+xml", this.scenario.getContentType());
        Element root = first.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("Publications du conseil de développement — Pays d’Arles", child(root, "title").getTextContent());
        assertEquals("https://cdd.example.org/xwiki/bin/get/CDD/Public/Feed?outputSyntax=plain",
            child(root, "id").getTextContent());
        assertEquals("Pays d’Arles", child(child(root, "author"), "name").getTextContent());
        List<Element> entries = children(root, "entry");
        assertEquals(3, entries.size(), "AvisSCoT, AvisTourisme and the fictional council's AvisMobilite");
        Element scot = entries.stream().filter(e -> child(e, "title").getTextContent().equals("Avis SCoT"))
            .findFirst().orElseThrow();
        assertEquals("tag:cdd.example.org,2026-11-28:CDD.Contributions.AvisSCoT", child(scot, "id").getTextContent());
        assertEquals("Avis sur SCoT.", child(scot, "summary").getTextContent());
        // Published on the fixed day, at midnight in Paris; updated when the copy was written, at noon in Paris.
        assertEquals("2026-11-27T23:00:00Z", child(scot, "published").getTextContent());
        assertEquals("2026-11-28T11:00:00Z", child(scot, "updated").getTextContent());
        assertEquals("https://cdd.example.org/xwiki/bin/view/CDD/Public/Opinions/AvisSCoT",
            child(scot, "link").getAttribute("href"));
        assertEquals("Mobilité", child(scot, "category").getAttribute("term"));

        // Ids are stable: a second render, after a follow-up moved, keeps them and dates the entry anew.
        this.scenario.setUser("XWiki.Camille");
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setNow(this.scenario.getToday().atTime(15, 0));
        move(SCOT, "recommendation", "taken_into_account", "object", "1");
        beGuest();
        org.w3c.dom.Document second = feed("theme", "Mobilité");
        List<Element> again = children(second.getDocumentElement(), "entry");
        assertEquals(List.of("Avis SCoT", "AvisMobilite"), again.stream().map(e -> child(e, "title")
            .getTextContent()).toList(), "one theme's feed");
        assertEquals(child(scot, "id").getTextContent(), child(again.get(0), "id").getTextContent());
        assertEquals("2026-11-28T14:00:00Z", child(again.get(0), "updated").getTextContent());
        assertEquals("Publications du conseil de développement — Pays d’Arles — thème : Mobilité",
            child(second.getDocumentElement(), "title").getTextContent());
    }

    @Test
    void anAnimatorWritesThePublicCopyAgainKeepingItsFirstPublicationDay() throws Exception
    {
        String mobilite = "CDD.Contributions.AvisMobilite";
        Document sheet = this.renderer.render(this.scenario.storedPage(mobilite).orElseThrow(),
            page("CDD.Code.ContributionSheet"));
        assertEquals(List.of("Mettre à jour la copie publique"),
            sheet.select("form.cdd-contribution-republish button").eachText());
        assertTrue(sheet.select("form.cdd-workflow-move button").eachText().stream()
            .noneMatch(text -> text.contains("copie")), "not among the moves");

        Document answer = move(mobilite, "contribution", "published");
        assertEquals("La copie publique a été réécrite à partir du texte tel qu’il est maintenant.",
            answer.selectFirst(".successmessage").text());
        assertTrue(this.scenario.getSavedComments().contains("Copie publique réécrite"));
        Map<String, String> stored = copyValues("CDD.Public.Opinions.AvisMobilite");
        // The fixture's copy said the recommendations' follow-up was public for the second one; the record's objects
        // say none is: the copy now follows the record. The first publication day (two days ago) stays.
        assertTrue(stored.get(PublicationClass.FACTS).contains("\"publicationDate\":\"2026-11-26\""), stored.toString());
        assertFalse(stored.get(PublicationClass.FACTS).contains("\"followUpPublic\":true"));

        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        assertTrue(this.renderer.render(this.scenario.storedPage(mobilite).orElseThrow(),
            page("CDD.Code.ContributionSheet")).select("form.cdd-contribution-republish").isEmpty(),
            "only animators publish");
    }

    @Test
    void animatorsGetDraftPostsForSocialNetworksOthersDoNot() throws Exception
    {
        publish(SCOT);
        Document animator = copy(SCOT_COPY);
        assertLabelsBound(animator, ".cdd-social label");
        assertEquals(List.of("Message pour Mastodon", "Message pour LinkedIn", "Message pour Facebook"),
            animator.select(".cdd-social label").eachText());
        // Hand count of the Mastodon draft: announcement (49), summary (14), link counted as 23, hashtag (#Mobilite,
        // 9), three blank-line separators (2 each).
        String mastodon = animator.selectFirst("#cdd-social-mastodon").wholeText();
        assertEquals("Le conseil de développement publie « Avis SCoT ».\n\nAvis sur SCoT.\n\n"
            + "https://cdd.example.org/xwiki/bin/view/CDD/Public/Opinions/AvisSCoT\n\n#Mobilite", mastodon);
        assertEquals("101 caractères sur 500", animator.selectFirst("#cdd-social-mastodon-count").text());
        assertEquals(3, animator.select(".cdd-social button[data-cdd-copy]").size());
        assertTrue(this.scenario.getUsedSkinExtensions().contains("jsx:CDD.Code.CopyButton"));

        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        assertTrue(copy(SCOT_COPY).select(".cdd-social").isEmpty(), "a member sees no draft");
        beGuest();
        assertTrue(copy(SCOT_COPY).select(".cdd-social").isEmpty(), "nor does a guest");
    }

    @Test
    void nothingAMemberTypedRunsOnAPublicPage() throws Exception
    {
        String attack = "<img src=x onerror=alert(1)>{{velocity}}RAN{{/velocity}}{{/html}}[[x>>javascript:alert(1)]]";
        // XWiki runs a title as Velocity when its page's author may script: the copy's author is an administrator.
        String title = attack + " $xcontext.user #set($x = 1)";
        this.scenario.addPage(SamplePages.withObjects("CDD.Contributions.AvisHostile", title, List.of(
            SamplePages.object(applicationPages(), ContributionClass.REFERENCE, 0, ContributionClass.TYPE, "opinion",
                ContributionClass.STATUS, "adopted", ContributionClass.THEMES, "Eau",
                // A group field pointed at a member's private page: its title names the member.
                ContributionClass.GROUP, "CDD.Members.Private.M1", ContributionClass.SUMMARY,
                attack, ContributionClass.CONTEXT, attack, ContributionClass.FINDINGS, attack,
                ContributionClass.ANNEXES, attack),
            SamplePages.object(applicationPages(), RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT, attack,
                RecommendationClass.FOLLOW_UP_STATUS, "partly", RecommendationClass.REPLY, attack,
                RecommendationClass.REPLY_DATE, "2026-11-01", RecommendationClass.PUBLIC_FOLLOW_UP, "1"))));
        publish("CDD.Contributions.AvisHostile");
        assertEquals(title, this.renderer.renderTitle(this.scenario.storedPage("CDD.Public.Opinions.AvisHostile")
            .orElseThrow()), "the copy's title is the member's text, never run");
        assertTrue(copyValues("CDD.Public.Opinions.AvisHostile").get(PublicationClass.FACTS).contains("\"group\":\"\""),
            "only a working group's title is published");

        beGuest();
        List<Document> pages = List.of(library(), this.renderer.render(page("CDD.Public.FollowUp")),
            copy("CDD.Public.Opinions.AvisHostile"), library("theme", attack));
        for (Document html : pages) {
            assertTrue(html.select("script, img, a[href^=javascript]").isEmpty(), html.html());
            assertFalse(html.text().replace("{{velocity}}RAN", "").contains("RAN"), "nothing ran: " + html.text());
        }
        assertTrue(pages.get(0).select(ARTICLES + " h2").eachText().contains(title), "the title shown as text");
        org.w3c.dom.Document atom = feed("theme", "Eau");
        assertTrue(children(atom.getDocumentElement(), "entry").stream().anyMatch(e -> child(e, "title")
            .getTextContent().equals(title)), "the feed holds the title as text");
    }

    private org.w3c.dom.Document feed(String... parameters) throws Exception
    {
        this.scenario.getParameters().clear();
        for (int i = 0; i < parameters.length; i += 2) {
            this.scenario.getParameters().put(parameters[i], parameters[i + 1]);
        }
        this.scenario.setAction("get");
        this.renderer.render(page("CDD.Public.Feed"));
        this.scenario.setAction("view");
        this.scenario.getParameters().clear();
        // The page wrote the feed to the response itself and finished it, as the get action sends it.
        assertTrue(this.scenario.isFinished());
        assertEquals("UTF-8", this.scenario.getCharacterEncoding());
        String xml = this.scenario.getResponseBody();
        assertEquals(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, this.scenario.getContentLength());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element child(Element parent, String name)
    {
        return children(parent, name).get(0);
    }

    private static List<Element> children(Element parent, String name)
    {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
