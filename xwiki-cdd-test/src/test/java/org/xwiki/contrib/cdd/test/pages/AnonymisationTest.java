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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.CalendarTokenClass;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.privacy.MemberAnonymisation;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 2: an animator anonymises a member who left, after a confirmation; the members whose mandate ended more
 * than the configured years ago are listed. The fictional council's M3 (XWiki.M3, college economy, present at the three
 * meetings) left four years ago; M5 left two years ago, M1 is in office.
 *
 * @version $Id$
 */
class AnonymisationTest extends AbstractPageTest
{
    private static final String SERVICE = "CDD.Code.MemberAnonymisation";

    private static final String M3 = "CDD.Members.M3";

    private static final String ANIMATOR = "XWiki.Animatrice";

    private String sealedM3;

    @BeforeEach
    void theFictionalCouncil()
    {
        this.scenario.setLocale(Locale.FRENCH);
        LocalDate today = Scenario.DEFAULT_TODAY;
        for (XarPage page : FictionalCouncil.pages(applicationPages())) {
            this.scenario.addPage(page);
        }
        this.scenario.addPage(FictionalCouncil.formerMember(applicationPages(), "M3", "economy", today.minusYears(4)));
        this.scenario.addPage(FictionalCouncil.formerMember(applicationPages(), "M5", "unions", today.minusYears(2)));
        // A real member whose name merely starts as an anonymised page's does.
        this.scenario.addPage(FictionalCouncil.formerMember(applicationPages(), "AncienMembreDupont", "citizens",
            today.minusYears(5)));
        this.sealedM3 = this.scenario.storedPage(MemberPrivateClass.privatePage(M3)).orElseThrow()
            .firstObject(MemberPrivateClass.REFERENCE).orElseThrow().values().get(MemberPrivateClass.SEALED);
        this.scenario.addPage(SamplePages.withObjects(DigestPreferenceClass.PAGE, "Digest", List.of(
            SamplePages.object(applicationPages(), DigestPreferenceClass.REFERENCE, 0, DigestPreferenceClass.USER,
                "XWiki.M3", DigestPreferenceClass.DIGEST, "1", DigestPreferenceClass.LANGUAGE, "en"),
            SamplePages.object(applicationPages(), DigestPreferenceClass.REFERENCE, 1, DigestPreferenceClass.USER,
                "XWiki.M4", DigestPreferenceClass.DIGEST, "1"))));
        this.scenario.addPage(SamplePages.withObjects(CalendarTokenClass.PAGE, "Calendar", List.of(
            SamplePages.object(applicationPages(), CalendarTokenClass.REFERENCE, 0, CalendarTokenClass.USER,
                "XWiki.M3", CalendarTokenClass.TOKEN_HASH, "a".repeat(64)))));
        this.scenario.setUser(ANIMATOR);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    private Document view(String member) throws Exception
    {
        this.scenario.getParameters().clear();
        if (member != null) {
            this.scenario.getParameters().put("member", member);
        }
        Document html = this.renderer.render(page(SERVICE));
        this.scenario.getParameters().clear();
        return html;
    }

    @Test
    void theAnimatorsSeeWhoIsDueAndConfirmBeforeAnything() throws Exception
    {
        Document list = view(null);
        // M3 left four years ago (3 configured); M5 two years ago; M1 is in office.
        assertEquals(List.of("Membre AncienMembreDupont", "Membre M3"), list.select(".cdd-anonymisation-due "
            + "td:first-child a").eachText());
        assertTrue(list.text().contains("il y a plus de 3 ans"), list.text());
        assertEquals(Scenario.DEFAULT_TODAY.minusYears(4).toString(), list.select(".cdd-anonymisation-due time").get(1)
            .attr("datetime"));
        assertTranslated(list);

        // The link on the member page, for the animators only, once the mandate has ended.
        Document sheet = this.renderer.render(this.scenario.storedPage(M3).orElseThrow(),
            page("CDD.Code.MemberSheet"));
        assertNotNull(sheet.selectFirst(".cdd-member-anonymise a"));
        assertNull(this.renderer.render(this.scenario.storedPage("CDD.Members.M1").orElseThrow(),
            page("CDD.Code.MemberSheet")).selectFirst(".cdd-member-anonymise"), "M1 is in office");
        Document home = this.renderer.render(page("CDD.Members.WebHome"));
        assertTrue(home.select("a").eachText().contains("Anciens membres à anonymiser"));

        // The confirmation says what will happen; its box is labelled and required.
        Document confirm = view(M3);
        assertEquals("Anonymiser Membre M3", confirm.selectFirst("h2").text());
        assertEquals(5, confirm.select("form.cdd-anonymisation").prev("ul").select("li").size());
        assertLabelsBound(confirm, "form label");
        assertEquals("required", confirm.selectFirst("#cdd-anonymisation-confirm").attr("required"));
        assertEquals("post", confirm.selectFirst("form.cdd-anonymisation").attr("method"));

        // Not ticked, or without a valid token, or by a member: refused, the form kept, nothing saved or deleted.
        Document notTicked = submit(SERVICE, "member", M3);
        assertTrue(notTicked.text().contains("Cochez la case de confirmation"), notTicked.text());
        assertNotNull(notTicked.selectFirst("form.cdd-anonymisation"), "the form stays");
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(Map.of("member", M3, "confirm", "1", "form_token", "forged"));
        assertNotNull(this.renderer.render(page(SERVICE)).selectFirst(".errormessage"));
        this.scenario.setMethod("GET");
        this.scenario.setUser(Scenario.DEFAULT_USER);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        assertTrue(submit(SERVICE, "member", M3, "confirm", "1").text().contains("Seuls les animateurs"));
        assertTrue(view(null).select("table").isEmpty(), "no list for a member");
        assertFalse(this.renderer.render(page("CDD.Members.WebHome")).select("a").eachText()
            .contains("Anciens membres à anonymiser"));
        this.scenario.setUser(ANIMATOR);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        // A member in office is never anonymised.
        assertTrue(submit(SERVICE, "member", "CDD.Members.M1", "confirm", "1").text().contains("pas terminé"));
        assertTrue(this.scenario.getRecycleBin().isEmpty());
        assertTrue(this.scenario.getSavedComments().isEmpty());
        assertTrue(this.scenario.storedPage(M3).isPresent());

        // In English too.
        this.scenario.setLocale(Locale.ENGLISH);
        assertTrue(view(M3).selectFirst("button").text().equals("Anonymise for good"));
        assertTranslated(view(null));
    }

    @Test
    void noPrivateFieldSurvivesAndTheParticipationStaysCounted() throws Exception
    {
        int attendeesBefore = attendees().size();
        Document done = submit(SERVICE, "member", M3, "confirm", "1");
        assertTrue(done.selectFirst(".successmessage").text().contains("Ancien membre n° 1"), done.text());
        assertTrue(done.text().contains("corbeille"), "the administrator's step is said");

        // The new page: only what the aggregates count.
        String former = MemberAnonymisation.page(1);
        XarPage page = this.scenario.storedPage(former).orElseThrow();
        assertEquals("Ancien membre n°\u00a01", page.title());
        Map<String, String> kept = page.firstObject(MemberClass.REFERENCE).orElseThrow().values();
        assertEquals("economy", kept.get(MemberClass.COLLEGE));
        assertEquals("Arles", kept.get(MemberClass.COMMUNE));
        assertTrue(kept.get(MemberClass.MANDATE_END).startsWith(Scenario.DEFAULT_TODAY.minusYears(4).toString()));
        for (String removed : List.of(MemberClass.STRUCTURE, MemberClass.ROLE, MemberClass.USER,
            MemberClass.PUBLICATION_CONSENT)) {
            assertTrue(kept.getOrDefault(removed, "").isEmpty(), removed);
        }

        // The old pages are gone from the wiki, to the recycle bin, deleted by the service's author.
        assertTrue(this.scenario.storedPage(M3).isEmpty());
        assertTrue(this.scenario.storedPage(MemberPrivateClass.privatePage(M3)).isEmpty());
        assertEquals(List.of(MemberPrivateClass.privatePage(M3), M3), this.scenario.getRecycleBin().stream()
            .map(deleted -> deleted.page().reference()).toList());

        // Nothing left in the wiki names the member, holds their sealed data, their organisation or their account.
        for (XarPage live : this.scenario.getTestPages()) {
            String all = live.title() + ' ' + live.content() + ' ' + live.objects().stream().map(PageObject::values)
                .toList();
            for (String trace : List.of(M3, "Membre M3", "Chambre M3", "XWiki.M3", this.sealedM3)) {
                assertFalse(all.contains(trace), live.reference() + " still holds " + trace);
            }
        }
        // The meetings count them as before, under the new page.
        List<String> attendees = attendees();
        assertEquals(attendeesBefore, attendees.size());
        assertTrue(attendees.contains(former));
        // The other member's e-mail choices stay.
        assertEquals(1, this.scenario.storedPage(DigestPreferenceClass.PAGE).orElseThrow().objects().stream()
            .filter(o -> o.className().equals(DigestPreferenceClass.REFERENCE)).count());

        // Every save is a version with a comment that gives the number, never the name.
        List<String> comments = this.scenario.getSavedComments();
        assertEquals(1 + 3 + 2, comments.size(), comments.toString());
        assertTrue(comments.stream().allMatch(c -> c.startsWith("Anonymisation") && c.contains("n°\u00a01")), comments
            .toString());

        // The new page says what it is; no private section, no second anonymisation; no longer listed.
        Document sheet = this.renderer.render(page, page("CDD.Code.MemberSheet"));
        assertTrue(sheet.text().contains("a été anonymisé"));
        assertNull(sheet.selectFirst(".cdd-member-private"));
        assertNull(sheet.selectFirst(".cdd-member-anonymise"));
        assertTrue(submit(SERVICE, "member", former, "confirm", "1").text().contains("déjà anonymisé"));
        assertEquals(List.of("Membre AncienMembreDupont"), view(null).select(".cdd-anonymisation-due td:first-child a")
            .eachText());

        // Numbers are never given twice: M5, once due, becomes the second.
        this.scenario.setToday(Scenario.DEFAULT_TODAY.plusYears(2));
        assertEquals(List.of("Membre AncienMembreDupont", "Membre M5"), view(null).select(".cdd-anonymisation-due "
            + "td:first-child a").eachText());
        submit(SERVICE, "member", "CDD.Members.M5", "confirm", "1");
        assertTrue(this.scenario.storedPage(MemberAnonymisation.page(2)).isPresent());
    }

    private List<String> attendees()
    {
        List<String> attendees = new ArrayList<>();
        for (String meeting : List.of("CDD.Meetings.R1", "CDD.Meetings.R2", "CDD.Meetings.R3")) {
            attendees.addAll(List.of(this.scenario.storedPage(meeting).orElseThrow()
                .firstObject(MeetingClass.REFERENCE).orElseThrow().values().get(MeetingClass.ATTENDEES).split("\\|")));
        }
        return attendees;
    }
}
