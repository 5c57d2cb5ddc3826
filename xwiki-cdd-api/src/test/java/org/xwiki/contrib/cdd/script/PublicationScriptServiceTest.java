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

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.publication.LibraryChoices;
import org.xwiki.contrib.cdd.publication.LibraryFilter;
import org.xwiki.contrib.cdd.publication.PublishedOpinion;
import org.xwiki.contrib.cdd.publication.PublishedRecommendation;
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
 * What a move does to the public copy, what the copy keeps (and leaves out), the library's filters and the Atom feed
 * read back by the JDK's own XML parser. The clock is the tests' fixed one: 28 November 2026, midnight in Paris.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class PublicationScriptServiceTest
{
    private static final String PLU = "CDD.Contributions.AvisPLU";

    private static final String PLU_COPY = "CDD.Public.Opinions.AvisPLU";

    private static final String PUBLISHED = "published";

    private static final String PETR = "Comité syndical du PETR";

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private PublicationScriptService publication;

    @BeforeEach
    void setUp() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
        this.publication = (PublicationScriptService) this.componentManager.<ScriptService>getInstance(
            ScriptService.class, PublicationScriptService.HINT);
    }

    private PublishedOpinion plu()
    {
        String facts = this.publication.opinion(PLU, "Avis sur le PLU", Map.of("type", "opinion", "themes",
            List.of("Eau", "Mobilité"), "adoptionDate", "2026-03-12", "adoptingBody", "plenary", "votesFor", 24,
            "votesAgainst", "2", "votesAbstention", 3, "transmittedTo", List.of(PETR), "authors",
            List.of("XWiki.Ann")), List.of(Map.of("number", 0, "text", "Rouvrir la gare.", "addressee", PETR, "followUpStatus",
                "partly", "reply", "Étude lancée.", "replyDate", "2026-06-01", "publicFollowUp", 1),
                Map.of("number", "1", "text", "Un car par heure.", "followUpStatus", "not_taken", "reply", "Non.",
                    "publicFollowUp", 0),
                Map.of("number", 3, "text", "Des abris.", "publicFollowUp", "1")),
            Map.of("referralKind", "mandatory", "referral", "PLU d’Arles", "referralBodies",
                List.of(PETR, "ACCM"), "group", "Mobilité", "summary", "Le résumé.", "publicationDate",
                "2026-03-20"));
        return this.publication.read(PLU_COPY, facts);
    }

    @Test
    void onlyThePublishMoveMakesACopyAndOnlyLeavingPublishedWithdrawsIt()
    {
        assertEquals(PublicationScriptService.PUBLISH, this.publication.action("contribution", "adopted", PUBLISHED,
            "published"));
        assertEquals(PublicationScriptService.WITHDRAW, this.publication.action("contribution", PUBLISHED,
            "archived", "archived"));
        assertEquals("", this.publication.action("contribution", "in_review", "adopted", "adopted"));
        assertEquals("", this.publication.action("contribution", "draft", "archived", "archived"));
        assertEquals(PublicationScriptService.UPDATE, this.publication.action("recommendation", "pending", "partly",
            PUBLISHED));
        assertEquals("", this.publication.action("recommendation", "pending", "partly", "adopted"));
        assertEquals("", this.publication.action("saisine", "received", "accepted", PUBLISHED));
        assertEquals("", this.publication.action(null, null, null, null));

        assertEquals(PLU_COPY, this.publication.copyPage(PLU));
        assertEquals("CDD.Public.Opinions.Eau.Avis", this.publication.copyPage("CDD.Contributions.Eau.Avis"));
        assertNull(this.publication.copyPage("CDD.Saisines.PLU"));
        assertNull(this.publication.copyPage("CDD.Contributions."));
        assertNull(this.publication.copyPage(null));
    }

    @Test
    void theCopyKeepsWhatThePublicMayReadAndNoPerson()
    {
        PublishedOpinion opinion = plu();

        assertEquals(PLU_COPY, opinion.page());
        assertEquals(PLU, opinion.record());
        assertEquals(List.of("Eau", "Mobilité"), opinion.themes());
        assertEquals(LocalDate.of(2026, 3, 12), opinion.adoptionDate());
        assertEquals(new PublishedOpinion.Votes(24, 2, 3), opinion.votes());
        // The text's own bodies, then its referral's, each once.
        assertEquals(List.of(PETR, "ACCM"), opinion.transmittedTo());
        assertEquals(LocalDate.of(2026, 3, 20), opinion.publicationDate());
        assertEquals(2026, opinion.year());
        assertEquals(List.of(
            new PublishedRecommendation(0, "Rouvrir la gare.", PETR, true, "partly", "Étude lancée.",
                LocalDate.of(2026, 6, 1), null),
            new PublishedRecommendation(1, "Un car par heure.", "", false, "", "", null, null),
            new PublishedRecommendation(3, "Des abris.", "", true, "pending", "", null, null)),
            opinion.recommendations());
        // Hand count: one partly, one pending (public), one whose follow-up is not public.
        assertEquals(Map.of("pending", 1, "partly", 1, PublishedOpinion.NOT_PUBLIC, 1), opinion.followUp());
        assertEquals(List.of("pending", "partly", PublishedOpinion.NOT_PUBLIC),
            new ArrayList<>(opinion.followUp().keySet()), "in the workflow's order");
        assertFalse(this.publication.opinion(PLU, "t", Map.of("authors", List.of("XWiki.Ann")), List.of(),
            Map.of()).contains("XWiki.Ann"), "no author in the facts");
    }

    @Test
    void aFollowUpMoveChangesOnlyThatRecommendationInTheCopy()
    {
        String facts = this.publication.opinion(PLU, "Avis sur le PLU", Map.of("type", "opinion"), List.of(
            Map.of("number", 0, "text", "Rouvrir la gare.", "followUpStatus", "pending"),
            Map.of("number", 3, "text", "Des abris.", "followUpStatus", "pending", "publicFollowUp", 1)),
            Map.of("summary", "Le résumé.", "publicationDate", "2026-03-20"));

        String updated = this.publication.followUp(facts, 3, Map.of("followUpStatus", "taken_into_account", "reply",
            "Abris posés.", "replyDate", "2026-10-01", "publicFollowUp", 1, "text", "Un autre texte"));
        PublishedOpinion opinion = this.publication.read(PLU_COPY, updated);

        assertEquals(new PublishedRecommendation(3, "Des abris.", "", true, "taken_into_account", "Abris posés.",
            LocalDate.of(2026, 10, 1), null), opinion.recommendations().get(1), "its text stays as published");
        assertEquals(this.publication.read(PLU_COPY, facts).recommendations().get(0),
            opinion.recommendations().get(0));
        assertEquals("Le résumé.", opinion.summary());
        assertNull(this.publication.followUp(facts, 7, Map.of()), "a recommendation added after the publication");
        assertNull(this.publication.followUp("{}", 3, Map.of()));
    }

    @Test
    void theLibraryFiltersAndOffersOnlyChoicesThatFindSomething()
    {
        PublishedOpinion plu = plu();
        PublishedOpinion note = this.publication.read("CDD.Public.Opinions.Note", this.publication.opinion(
            "CDD.Contributions.Note", "Note sur l’eau", Map.of("type", "note", "themes", "Eau", "adoptionDate",
                "2025-12-01"), List.of(), Map.of("group", "Eau", "publicationDate", "2026-01-10")));
        List<Object> rows = new ArrayList<>();
        rows.add(new Object[] {PLU_COPY, "{\"format\":1,\"title\":"});
        rows.add(new Object[] {PLU_COPY, "{\"format\":2,\"title\":\"A\"}"});
        rows.add(new Object[] {PLU_COPY, " ".repeat(1_000_001)});
        rows.add(new Object[] {null, "{}"});
        rows.add("not a row");
        List<PublishedOpinion> all = List.of(note, plu);

        assertEquals(List.of(plu, note), this.publication.select(all, null), "newest publication first");
        assertEquals(List.of(note), this.publication.select(all, this.publication.filter("", 2025, "", "", "",
            "")));
        assertEquals(List.of(note), this.publication.select(all, this.publication.filter("", "", "", "none", "",
            "")), "a text that answers no referral");
        assertEquals(List.of(plu), this.publication.select(all, this.publication.filter("Mobilité", null, "opinion",
            "mandatory", "Mobilité", "ACCM")));
        assertEquals(List.of(), this.publication.select(all, this.publication.filter("Culture", "", "", "", "", "")));
        LibraryFilter outOfBounds = this.publication.filter("x".repeat(201), "99999", "", "", "", "");
        assertFalse(outOfBounds.isChosen(), "a year or criterion beyond the bounds counts as not chosen");
        assertEquals(List.of(plu), this.publication.select(List.of("not an opinion", plu), LibraryFilter.ALL));

        LibraryChoices choices = this.publication.choices(all);
        assertEquals(List.of("Eau", "Mobilité"), choices.themes());
        assertEquals(List.of(2026, 2025), choices.years());
        assertEquals(List.of("mandatory", "none"), choices.referralKinds());
        assertEquals(List.of("ACCM", PETR), choices.bodies());

        assertEquals(List.of(), this.publication.opinions(rows), "a copy that cannot be read is left out");
    }

    @Test
    void theAtomFeedIsReadBackByTheJdkParser() throws Exception
    {
        PublishedOpinion plu = plu();
        String self = "https://cdd.example.org/xwiki/bin/get/CDD/Public/Feed?outputSyntax=plain";
        String atom = this.publication.atom(List.of(plu), Map.of(PLU_COPY,
            "/xwiki/bin/view/CDD/Public/Opinions/AvisPLU"), List.of(self,
                "https://cdd.example.org/xwiki/bin/view/CDD/Public/", "Publications \u0001😀", "Pays d’Arles"));

        Element feed = parse(atom).getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals(self, text(feed, "id"));
        assertEquals("Publications 😀", text(feed, "title"), "a control character is left out, an emoji kept");
        assertEquals("2026-11-27T23:00:00Z", text(feed, "updated"), "the newest entry's date");
        Element entry = children(feed, "entry").get(0);
        assertEquals("tag:cdd.example.org,2026-03-20:CDD.Contributions.AvisPLU", text(entry, "id"));
        assertEquals("Avis sur le PLU", text(entry, "title"));
        assertEquals("Le résumé.", text(entry, "summary"));
        assertEquals("2026-03-19T23:00:00Z", text(entry, "published"));
        assertEquals("https://cdd.example.org/xwiki/bin/view/CDD/Public/Opinions/AvisPLU",
            children(entry, "link").get(0).getAttribute("href"));
        assertEquals(2, children(entry, "category").size());

        Element empty = parse(this.publication.atom(List.of(), Map.of(), List.of("not a uri ::", "", "", "")))
            .getDocumentElement();
        assertTrue(children(empty, "entry").isEmpty());
        assertEquals("2026-11-27T23:00:00Z", text(empty, "updated"), "no entry: the application's now");
    }

    private static Document parse(String xml) throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Element parent, String name)
    {
        return children(parent, name).get(0).getTextContent();
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
