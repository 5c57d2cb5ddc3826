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

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.PageRenderer;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.MemberSheet} and {@code CDD.Code.MemberPrivateSheet}: private data live on a page only the
 * animators may read, and reach nobody else, in view or in edit.
 *
 * @version $Id$
 */
class MemberSheetTest extends AbstractPageTest
{
    private static final String PRIVATE_EMAIL = "camille.martin@example.org";

    private static final String MEMBER = "CDD.Members.CamilleMartin";

    private static final String FORM = "/xwiki/bin/view/CDD/Code/MemberPrivateService?member=CDD.Members.CamilleMartin";

    private XarPage member(String consent)
    {
        return SamplePages.withObject(applicationPages(), MEMBER, "Camille Martin", MemberClass.REFERENCE,
            MemberClass.COLLEGE, "citizens", MemberClass.COMMUNE, "Arles", MemberClass.ROLE, "referent",
            MemberClass.PUBLICATION_CONSENT, consent);
    }

    private XarPage privateData()
    {
        return privateData(MEMBER);
    }

    private XarPage privateData(String member)
    {
        return SamplePages.privateData(applicationPages(), member, MemberPrivateClass.GENDER, "f",
            MemberPrivateClass.AGE_CLASS, "30-44", MemberPrivateClass.EMAIL, PRIVATE_EMAIL, MemberPrivateClass.PHONE,
            "06 00 00 00 00", MemberPrivateClass.COMMUNITY_COUNCILLOR, "0");
    }

    private Document render(XarPage target, String sheetReference) throws Exception
    {
        XarPage sheet = page(sheetReference);
        return this.renderer.render(target, sheet);
    }

    private Document render(XarPage member) throws Exception
    {
        return render(member, "CDD.Code.MemberSheet");
    }

    private void role(String... groups)
    {
        this.scenario.setGroups(groups);
    }

    @Test
    void theAnimatorSeesThePrivateDataFromTheirOwnPageInFrench() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.addPage(privateData());

        Document html = render(member("0"));

        assertTrue(html.text().contains("Confidentiel — animateurs uniquement"));
        assertTrue(html.select(".cdd-member-private dt").eachText().containsAll(List.of("Genre", "Classe d’âge",
            "Courriel")));
        assertTrue(html.text().contains(PRIVATE_EMAIL));
        assertTrue(html.text().contains("Femme"));
        assertTrue(html.text().contains("06 00 00 00 00") && html.text().contains("30-44"), html.text());
        assertEquals(FORM, html.selectFirst("a:contains(Modifier les données confidentielles)").attr("href"));
    }

    @Test
    void theAnimatorEntersPrivateDataOnANewPageLinkedToTheMember() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);

        Document html = render(member("0"));

        assertTrue(html.text().contains("No private data entered for this member yet."));
        assertEquals(FORM, html.selectFirst("a:contains(Enter the private data)").attr("href"),
            "entered through the service, which seals them");
        assertTrue(html.select(".cdd-member-private").isEmpty());
    }

    @Test
    void aMemberSeesNothingPrivateInViewOrEdit() throws Exception
    {
        role(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP);
        this.scenario.addPage(privateData());

        Document view = render(member("0"));
        assertTrue(view.select(".cdd-member-private").isEmpty());
        assertFalse(view.text().contains(PRIVATE_EMAIL));
        assertFalse(view.text().contains("Woman"));
        assertFalse(view.text().contains("private data"));
        assertTrue(view.select(".cdd-member dt").eachText().contains("College"));

        this.scenario.setAction("edit");
        Document edit = render(member("0"));
        assertNull(edit.getElementById("cdd_gender"));
        assertFalse(edit.text().contains(PRIVATE_EMAIL));
        assertNotNull(edit.getElementById("CDD.Code.MemberClass_0_structure"));
    }

    @Test
    void theMemberClassCannotHoldPrivateData()
    {
        assertTrue(applicationPages().xclass(MemberClass.REFERENCE).orElseThrow().properties().keySet().stream()
            .noneMatch(MemberPrivateClass.DEFINITION.properties()::containsKey),
            "XWiki has no rights per property: any member could read them through the object viewer or REST");
    }

    @Test
    void onlyTheAnimatorsMayReadOrEditThePrivateSpace()
    {
        List<PageObject> rights = page("CDD.Members.Private.WebPreferences").objects().stream()
            .filter(o -> o.className().startsWith("XWiki.XWiki") && o.className().endsWith("Rights")).toList();

        assertEquals(1, rights.size());
        assertEquals("CDD.Code.AnimatorsGroup", rights.get(0).values().get("groups"),
            "allowing one group at this level denies everyone else, members included");
        assertEquals("1", rights.get(0).values().get("allow"));
        assertTrue(List.of(rights.get(0).values().get("levels").split(",")).containsAll(List.of("view", "edit")));
    }

    @Test
    void thePrivateSheetShowsTheOpenedValuesAndLinksToTheForm() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);

        Document view = render(privateData(), "CDD.Code.MemberPrivateSheet");

        assertEquals(List.of("Woman", "30-44", "No", PRIVATE_EMAIL, "06 00 00 00 00"),
            view.select(".cdd-member-private dd").eachText());
        assertEquals(FORM, view.selectFirst("a:contains(Edit the private data)").attr("href"));
        assertEquals("/xwiki/bin/view/CDD/Members/CamilleMartin",
            view.selectFirst("a:contains(Back to the member page)").attr("href"));
        assertTrue(view.text().contains("Only the animators can read and edit this page."));

        this.scenario.setAction("edit");
        Document edit = render(privateData(), "CDD.Code.MemberPrivateSheet");
        assertTrue(edit.select("input, select, textarea").isEmpty(), "the page's own form has nothing to change");
    }

    @Test
    void aSealCopiedToAnotherPageOrFromAnotherMemberIsNotShown() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);
        String camillesSeal = privateData().objects().get(0).values().get(MemberPrivateClass.SEALED);
        // A member who got Camille's sealed text (by a query oracle) puts it, with her member page, on a page they
        // may edit: the sheet applies there too, but the text opens only on Camille's private page.
        XarPage planted = SamplePages.withObject(applicationPages(), "Sandbox.Copie", "Copie",
            MemberPrivateClass.REFERENCE, MemberPrivateClass.MEMBER, MEMBER, MemberPrivateClass.SEALED, camillesSeal);
        XarPage lea = SamplePages.withObject(applicationPages(), "CDD.Members.Private.Lea", "Léa",
            MemberPrivateClass.REFERENCE, MemberPrivateClass.MEMBER, MEMBER, MemberPrivateClass.SEALED, camillesSeal);

        for (XarPage page : List.of(planted, lea)) {
            Document html = render(page, "CDD.Code.MemberPrivateSheet");
            assertTrue(html.select(".cdd-member-private").isEmpty(), page.reference());
            assertFalse(html.text().contains(PRIVATE_EMAIL), page.reference());
        }
        assertEquals("Ces données confidentielles ne se trouvent pas sur la page confidentielle de leur membre : elles "
            + "ne sont pas affichées.", render(planted, "CDD.Code.MemberPrivateSheet").selectFirst(".errormessage")
            .text());
        assertEquals("Ces données confidentielles ne peuvent pas être lues : elles ont été modifiées à la main, ou "
            + "copiées depuis la fiche d’un autre membre.", render(lea, "CDD.Code.MemberPrivateSheet")
            .selectFirst(".errormessage").text());
    }

    /**
     * The member page's name reaches HTML only: parsed as wiki syntax, a link in it made quotes that broke out of the
     * link back (an onmouseover attribute).
     */
    @Test
    void wikiSyntaxInTheMemberNameStaysText() throws Exception
    {
        String hostile = "CDD.Members.X[[y>>https://e.org/\" onmouseover=\"alert(1)]]**b**{{/html}}~";
        role(CouncilRole.ANIMATORS_GROUP);
        Document view = render(privateData(hostile), "CDD.Code.MemberPrivateSheet");
        assertTrue(view.select("[onmouseover]").isEmpty(), view.html());
        assertEquals(1, view.select("a:contains(Back to the member page)").size());
        assertTrue(view.select("strong").isEmpty(), "no wiki formatting from the value");
    }

    @Test
    void theAnimatorChoosesCollegeAndCommuneFromTheConfiguration() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setAction("edit");

        Document html = render(member("0"));

        assertTrue(html.select("#CDD\\.Code\\.MemberClass_0_college option").eachText().containsAll(
            List.of("Citoyens", "Associations", "citizens")), "configured colleges, and the current value kept");
        assertTrue(html.selectFirst("#CDD\\.Code\\.MemberClass_0_college option[selected]").text().equals("citizens"));
        assertEquals(29 + 1, html.select("#CDD\\.Code\\.MemberClass_0_commune option").size());
        assertEquals(List.of("", "ACCM", "Terre de Provence", "CCVBA"),
            html.select("#CDD\\.Code\\.MemberClass_0_epci option").eachAttr("value"));
    }

    @Test
    void someoneOutsideTheCouncilCannotOpenAMemberPage() throws Exception
    {
        // Consent or not, a member page stays in the council's space, which guests and outsiders may not open.
        role();
        this.scenario.addPage(privateData());

        for (String consent : List.of("0", "1")) {
            Document refused = render(member(consent));
            assertTrue(refused.selectFirst("." + PageRenderer.ACCESS_DENIED) != null, refused.text());
            assertFalse(refused.text().contains("Arles"));
            assertFalse(refused.text().contains(PRIVATE_EMAIL));
        }
    }

    @Test
    void aWikiAdministratorCountsAsAnAnimator() throws Exception
    {
        role();
        this.scenario.setAdmin(true);
        this.scenario.addPage(privateData());

        assertTrue(render(member("0")).text().contains(PRIVATE_EMAIL));
    }
}
