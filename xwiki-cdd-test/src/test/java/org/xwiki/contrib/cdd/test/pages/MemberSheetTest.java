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
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.MemberSheet}: private data reaches the animators only, in view and in edit.
 *
 * @version $Id$
 */
class MemberSheetTest extends AbstractPageTest
{
    private static final String PRIVATE_EMAIL = "camille.martin@example.org";

    private XarPage member(String consent)
    {
        return SamplePages.withObject(applicationPages(), "CDD.Members.CamilleMartin", "Camille Martin",
            MemberClass.REFERENCE, MemberClass.COLLEGE, "citizens", MemberClass.COMMUNE, "Arles", MemberClass.ROLE,
            "referent", MemberClass.GENDER, "f", MemberClass.AGE_CLASS, "30-44", MemberClass.EMAIL, PRIVATE_EMAIL,
            MemberClass.PHONE, "06 00 00 00 00", MemberClass.COMMUNITY_COUNCILLOR, "0",
            MemberClass.PUBLICATION_CONSENT, consent);
    }

    private Document render(XarPage member) throws Exception
    {
        XarPage sheet = page("CDD.Code.MemberSheet");
        return this.renderer.render(new XarPage(member.path(), member.reference(), "", "", member.title(),
            sheet.syntax(), false, sheet.content(), sheet.contentLine(), 1, null, member.objects(), null));
    }

    private void role(String... groups)
    {
        this.scenario.setQueryAnswers((statement, values) -> statement.contains("XWiki.XWikiGroups")
            ? List.of(groups) : List.of());
    }

    @Test
    void theAnimatorSeesThePrivateSectionInFrench() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setLocale(Locale.FRENCH);

        Document html = render(member("0"));

        assertTrue(html.text().contains("Confidentiel — chargés de mission uniquement"));
        assertTrue(html.select(".cdd-member-private dt").eachText().containsAll(List.of("Genre", "Classe d’âge",
            "Courriel")));
        assertTrue(html.text().contains(PRIVATE_EMAIL));
        assertTrue(html.text().contains("Femme"));
    }

    @Test
    void aMemberSeesNothingPrivateInViewOrEdit() throws Exception
    {
        role(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP);

        Document view = render(member("0"));
        assertTrue(view.select(".cdd-member-private").isEmpty());
        assertFalse(view.text().contains(PRIVATE_EMAIL));
        assertFalse(view.text().contains("Woman"));
        assertTrue(view.select(".cdd-member dt").eachText().contains("College"));

        this.scenario.setAction("edit");
        Document edit = render(member("0"));
        assertNull(edit.getElementById("CDD.Code.MemberClass_0_gender"));
        assertNull(edit.getElementById("CDD.Code.MemberClass_0_email"));
        assertNotNull(edit.getElementById("CDD.Code.MemberClass_0_structure"));
    }

    @Test
    void theAnimatorChoosesCollegeCommuneAndAgeClassFromTheConfiguration() throws Exception
    {
        role(CouncilRole.ANIMATORS_GROUP);
        this.scenario.grant("view");
        this.scenario.setAction("edit");

        Document html = render(member("0"));

        assertTrue(html.select("#CDD\\.Code\\.MemberClass_0_college option").eachText().containsAll(
            List.of("Citoyens", "Associations", "citizens")), "configured colleges, and the current value kept");
        assertTrue(html.selectFirst("#CDD\\.Code\\.MemberClass_0_college option[selected]").text().equals("citizens"));
        assertEquals(29 + 1, html.select("#CDD\\.Code\\.MemberClass_0_commune option").size());
        assertEquals(List.of("", "ACCM", "Terre de Provence", "CCVBA"),
            html.select("#CDD\\.Code\\.MemberClass_0_epci option").eachAttr("value"));
        assertEquals(List.of("", "30-44"), html.select("#CDD\\.Code\\.MemberClass_0_ageClass option").eachAttr("value"),
            "no census class is configured yet: only the current value");
    }

    @Test
    void someoneOutsideTheCouncilSeesAMemberOnlyWithConsent() throws Exception
    {
        role();

        Document refused = render(member("0"));
        assertTrue(refused.text().contains("has not agreed to appear publicly"));
        assertFalse(refused.text().contains("Arles"));

        Document consented = render(member("1"));
        assertTrue(consented.text().contains("Arles"));
        assertFalse(consented.text().contains(PRIVATE_EMAIL));
        assertFalse(consented.select(".cdd-member dt").eachText().contains("Wiki account"));
    }

    @Test
    void aWikiAdministratorCountsAsAnAnimator() throws Exception
    {
        role();
        this.scenario.setAdmin(true);

        assertTrue(render(member("0")).text().contains(PRIVATE_EMAIL));
    }
}
