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
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.query.QueryEvaluator;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 2: a member's private data reach the wiki only sealed. {@code CDD.Code.MemberPrivateService} is the
 * one way in (an animator, POST, token; values checked and sealed in Java), the sheets open them for the animators,
 * and what the platform's generic endpoints can filter or count (every property of the private objects, on pages a
 * member may not view) holds no clear value, no equal text for equal values, and no length beyond a block.
 *
 * @version $Id$
 */
class MemberPrivateServiceTest extends AbstractPageTest
{
    private static final String SERVICE = "CDD.Code.MemberPrivateService";

    private static final String NEWCOMER = "CDD.Members.M7";

    private static final String NEWCOMER_PRIVATE = "CDD.Members.Private.M7";

    @BeforeEach
    void anAnimatorOfTheFictionalCouncil()
    {
        this.scenario.setLocale(Locale.ENGLISH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", "colleges", "citizens\nassociations\neconomy\nunions",
            "ageClasses", "15-29=20\n30-44=20\n45-59=20\n60-74=20\n75+=20", "tolerancePoints", "5"));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), NEWCOMER, "Membre M7", MemberClass.REFERENCE,
            MemberClass.COLLEGE, "citizens", MemberClass.COMMUNE, "Arles", MemberClass.MANDATE_START, "2022-06-01"));
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.getParameters().put("member", NEWCOMER);
    }

    private Document post(String... parameters) throws Exception
    {
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        for (int i = 0; i < parameters.length; i += 2) {
            this.scenario.getParameters().put(parameters[i], parameters[i + 1]);
        }
        return this.renderer.render(page(SERVICE));
    }

    private Map<String, String> stored(String page)
    {
        return this.scenario.storedPage(page).orElseThrow().objects().stream()
            .filter(o -> MemberPrivateClass.REFERENCE.equals(o.className())).map(PageObject::values).findFirst()
            .orElseThrow();
    }

    @Test
    void anAnimatorEntersPrivateDataThatTheWikiKeepsSealed() throws Exception
    {
        Document html = post("cdd_gender", "f", "cdd_ageClass", "45-59", "cdd_communityCouncillor", "0", "cdd_email",
            " lea.martin@mairie-arles.fr ", "cdd_phone", "04 90 49 36 36");

        assertEquals("The private data are saved.", html.selectFirst(".successmessage").text(), html.text());
        Map<String, String> stored = stored(NEWCOMER_PRIVATE);
        assertEquals(Set.of(MemberPrivateClass.MEMBER, MemberPrivateClass.SEALED), stored.keySet());
        assertEquals(NEWCOMER, stored.get(MemberPrivateClass.MEMBER));
        String sealed = stored.get(MemberPrivateClass.SEALED);
        for (String clear : List.of("lea", "mairie", "45-59", "04 90", "0490")) {
            assertFalse(sealed.contains(clear), clear + " in " + sealed);
        }
        assertEquals(List.of("Private data updated"), this.scenario.getSavedComments());
        assertEquals("Private data of Membre M7", this.scenario.storedPage(NEWCOMER_PRIVATE).orElseThrow().title());

        this.scenario.setMethod("GET");
        Document sheet = this.renderer.render(this.scenario.storedPage(NEWCOMER_PRIVATE).orElseThrow(),
            page("CDD.Code.MemberPrivateSheet"));
        assertEquals(List.of("Woman", "45-59", "No", "lea.martin@mairie-arles.fr", "04 90 49 36 36"),
            sheet.select(".cdd-member-private dd").eachText());
        Document form = this.renderer.render(page(SERVICE));
        assertEquals("lea.martin@mairie-arles.fr", form.getElementById("cdd_email").attr("value"));
        assertEquals("45-59", form.selectFirst("#cdd_ageClass option[selected]").attr("value"));
        assertLabelsBound(form, "form.cdd-private-form label");
    }

    @Test
    void theCompositionCountsWhatTheFormSaved() throws Exception
    {
        post("cdd_gender", "m", "cdd_ageClass", "30-44");
        this.scenario.setMethod("GET");

        Document composition = this.renderer.render(page("CDD.Members.Composition"));

        // The fictional council's men are M2 and M4; with M7, three.
        assertEquals(List.of("Men", "3"), composition.select("table.cdd-composition-parity tbody tr").get(1)
            .select("th, td").eachText());
        assertTrue(composition.select(".cdd-composition-unopened").isEmpty());
    }

    @Test
    void refusedValuesSaveNothingAndTheFormKeepsWhatWasTyped() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        String typed = "lea.martin@mairie-arles";

        Document html = post("cdd_gender", "woman", "cdd_ageClass", "30-45", "cdd_email", typed, "cdd_phone",
            "04 90 <b>");

        assertEquals(List.of("Choisissez un genre dans la liste.",
            "Choisissez l’une des classes d’âge réglées par le conseil.",
            "Saisissez une adresse électronique de la forme nom@exemple.fr, de 254 caractères au plus.",
            "Saisissez un numéro de téléphone composé de chiffres, d’espaces et des signes + ( ) . -, de 32 caractères "
                + "au plus."), html.select(".cdd-private-errors li").eachText());
        assertEquals(typed, html.getElementById("cdd_email").attr("value"));
        assertEquals("04 90 <b>", html.getElementById("cdd_phone").attr("value"));
        assertTrue(html.select("b").isEmpty());
        assertTrue(this.scenario.storedPage(NEWCOMER_PRIVATE).isEmpty(), "nothing saved");
        assertEquals(List.of(), this.scenario.getSavedComments());
    }

    @Test
    void onlyAnAnimatorWithTheTokenSavesAndOnlyByPost() throws Exception
    {
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP);
        Document member = post("cdd_gender", "f");
        assertEquals(List.of("Only an animator may enter the private data of a member."),
            member.select(".cdd-private-errors li").eachText());
        assertTrue(member.select("form").isEmpty());

        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", "forged");
        this.scenario.getParameters().put("cdd_gender", "f");
        Document forged = this.renderer.render(page(SERVICE));
        assertEquals(List.of("The form has expired or did not come from this wiki: go back, reload the page and try "
            + "again."), forged.select(".cdd-private-errors li").eachText());
        assertTrue(this.scenario.storedPage(NEWCOMER_PRIVATE).isEmpty(), "a forged form saves nothing");

        this.scenario.setMethod("GET");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        Document get = this.renderer.render(page(SERVICE));
        assertEquals(1, get.select("form.cdd-private-form").size());
        assertTrue(this.scenario.storedPage(NEWCOMER_PRIVATE).isEmpty(), "a GET saves nothing");

        this.scenario.getParameters().put("member", "CDD.Groups.Mobilite.WebHome");
        Document notAMember = this.renderer.render(page(SERVICE));
        assertEquals(List.of("No member page is named, or it holds no member."),
            notAMember.select(".cdd-private-errors li").eachText());
    }

    @Test
    void aMemberPageOutsideTheMembersSpaceOrAnotherMembersPrivatePageIsRefused() throws Exception
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "Sandbox.M2", "Faux M2",
            MemberClass.REFERENCE, MemberClass.COLLEGE, "citizens"));
        this.scenario.getParameters().put("member", "Sandbox.M2");
        Document planted = post("cdd_gender", "m");
        assertEquals(List.of("No member page is named, or it holds no member."),
            planted.select(".cdd-private-errors li").eachText(), "M2's private data are not rewritten for it");

        // CDD.Members.M2.WebHome (nested) has the same private page as CDD.Members.M2, which names CDD.Members.M2.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.M2.WebHome", "Autre M2",
            MemberClass.REFERENCE, MemberClass.COLLEGE, "citizens"));
        this.scenario.getParameters().put("member", "CDD.Members.M2.WebHome");
        Document other = post("cdd_gender", "f");
        assertEquals(List.of("The page CDD.Members.Private.M2 holds the private data of another member page: nothing "
            + "is changed."), other.select(".cdd-private-errors li").eachText());
        assertEquals(List.of(), this.scenario.getSavedComments());
    }

    @Test
    void withoutTheKeyOfTheStoredDataTheFormIsNotOffered() throws Exception
    {
        // M2's private data were sealed with another key (another server of a cluster): saving would lose them.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.Private.M2", "M2",
            MemberPrivateClass.REFERENCE, MemberPrivateClass.MEMBER, "CDD.Members.M2", MemberPrivateClass.SEALED,
            "cdd1.00000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        this.scenario.getParameters().put("member", "CDD.Members.M2");
        this.scenario.setMethod("GET");

        Document html = this.renderer.render(page(SERVICE));

        assertTrue(html.selectFirst(".cdd-private-errors").text().contains("another key"), html.text());
        assertTrue(html.select("form.cdd-private-form").isEmpty());

        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.Private.M2", "M2",
            MemberPrivateClass.REFERENCE, MemberPrivateClass.MEMBER, "CDD.Members.M2", MemberPrivateClass.SEALED,
            "changed by hand"));
        Document damaged = this.renderer.render(page(SERVICE));
        assertEquals(1, damaged.select("form.cdd-private-form").size(), "a changed text may be replaced");
        assertTrue(damaged.text().contains("the page history keeps them"), damaged.text());
    }

    @Test
    void whatEndpointsCanFilterOrCountHoldsNoClearValue()
    {
        // Two more members with the very same values as M1.
        for (String member : List.of("CDD.Members.Twin1", "CDD.Members.Twin2")) {
            this.scenario.addPage(SamplePages.privateData(applicationPages(), member, MemberPrivateClass.GENDER, "f",
                MemberPrivateClass.AGE_CLASS, "15-29", MemberPrivateClass.EMAIL, "m1@exemple.fr"));
        }
        assertEquals(Set.of(MemberPrivateClass.MEMBER, MemberPrivateClass.SEALED),
            applicationPages().xclass(MemberPrivateClass.REFERENCE).orElseThrow().properties().keySet(),
            "Live Data, REST and Solr filter by property: no gender, age class or contact property to filter on");
        List<?> rows = this.scenario.run(new QueryEvaluator.Query("select p.member, p.sealed from Document doc, "
            + "doc.object(CDD.Code.MemberPrivateClass) as p where doc.space = 'CDD.Members.Private'", Map.of(),
            Set.of(), 0, 0));
        assertEquals(8, rows.size());
        Set<String> texts = new java.util.HashSet<>();
        Set<Integer> lengths = new java.util.HashSet<>();
        for (Object row : rows) {
            String sealed = String.valueOf(((Object[]) row)[1]);
            texts.add(sealed);
            lengths.add(sealed.length());
            for (String clear : List.of("exemple", "@", "15-29", "30-44", "45-59", "60-74", "75+", "undisclosed")) {
                assertFalse(sealed.contains(clear), clear + " in " + sealed);
            }
        }
        assertEquals(8, texts.size(), "equal values, different texts: no query tells equal values apart");
        assertEquals(1, lengths.size(), "one length for all: no length tells the values apart");
        // The count Live Data's source would give for a filter on a clear value, pages the member may not view
        // included, is 0 whoever has that value.
        for (String value : List.of("m1@exemple.fr", "15-29", "undisclosed")) {
            assertEquals(List.of(0L), this.scenario.run(new QueryEvaluator.Query("select count(doc.fullName) from "
                + "Document doc, doc.object(CDD.Code.MemberPrivateClass) as p where p.sealed like :value",
                Map.of("value", '%' + value + '%'), Set.of(), 0, 0)).stream().map(n -> ((Number) n).longValue())
                .toList());
        }
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        assertFalse(this.scenario.hasRight("view", "CDD.Members.Private.M1"), "and no member may view the pages");
        assertEquals(List.of(), this.scenario.run(new QueryEvaluator.Query("select doc.fullName from Document doc, "
            + "doc.object(CDD.Code.MemberPrivateClass) as p", Map.of(), Set.of("viewable"), 0, 0)),
            "with the viewable filter, a member gets no private page");
    }
}
