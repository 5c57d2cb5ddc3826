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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Members.Composition} over the fictional council and one more member, M7, whose mandate ends in
 * 60 days. Figures computed by hand (7 members in office, mandates started in 2022):
 * <ul>
 * <li>women M1, M3, M6 = 3; men M2, M4, M7 = 3; M5 not given; difference 0: parity respected;</li>
 * <li>age classes known for 6 (M5 has none): 30-44 has M2 and M7 = 2/6 = 33.3 % against 20 %, 13.3 points above a
 * tolerance of 5: over-represented; each other class 1/6 = 16.7 %, 3.3 points below: in line;</li>
 * <li>colleges citizens M1, M4, M7 = 3; associations M2, M6 = 2; economy 1; unions 1; research 0: missing;</li>
 * <li>communes Arles (M1 to M6) and Tarascon (M7): 2 of the 3 configured; ACCM 7, TPA 0;</li>
 * <li>mandates ending within 6 months: M7.</li>
 * </ul>
 *
 * @version $Id$
 */
class CompositionPageTest extends AbstractPageTest
{
    private static final String PAGE = "CDD.Members.Composition";

    private void council()
    {
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", "colleges", "citizens\nassociations\neconomy\nunions\nresearch",
            "communes", "Arles=ACCM\nTarascon=ACCM\nChâteaurenard=TPA",
            "ageClasses", "15-29=20\n30-44=20\n45-59=20\n60-74=20\n75+=20", "tolerancePoints", "5"));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.M7", "Membre M7",
            MemberClass.REFERENCE, MemberClass.COLLEGE, "citizens", MemberClass.COMMUNE, "Tarascon",
            MemberClass.EPCI, "ACCM", MemberClass.MANDATE_START, "2022-06-01", MemberClass.MANDATE_END,
            this.scenario.getToday().plusDays(60).toString()));
        this.scenario.addPage(SamplePages.privateData(applicationPages(), "CDD.Members.M7",
            MemberPrivateClass.GENDER, "m", MemberPrivateClass.AGE_CLASS, "30-44"));
    }

    private Document render(Locale locale, String group) throws Exception
    {
        this.scenario.setLocale(locale);
        this.scenario.setGroups(group);
        council();
        return this.renderer.render(page(PAGE));
    }

    private static List<String> row(Document html, String table, int index)
    {
        return html.select("table." + table + " tbody tr").get(index).select("th, td").eachText();
    }

    @Test
    void theAnimatorSeesEveryFigureComputedFromTheRecords() throws Exception
    {
        Document html = render(Locale.ENGLISH, CouncilRole.ANIMATORS_GROUP);

        assertTranslated(html);
        assertEquals("Members in office: 7", html.selectFirst(".cdd-composition-active").text());
        assertEquals(List.of("Women", "3"), row(html, "cdd-composition-parity", 0));
        assertEquals(List.of("Men", "3"), row(html, "cdd-composition-parity", 1));
        assertEquals(List.of("Not given", "1"), row(html, "cdd-composition-parity", 3));
        assertTrue(html.selectFirst(".cdd-composition-verdict").text().startsWith("Parity is respected: women and men"
            + " differ by 0"), html.selectFirst(".cdd-composition-verdict").text());
        assertEquals(List.of("30-44", "2", "33.3%", "20.0%", "over-represented"),
            row(html, "cdd-composition-ages", 1));
        assertEquals(List.of("15-29", "1", "16.7%", "20.0%", "in line with the population"),
            row(html, "cdd-composition-ages", 0));
        assertEquals(List.of("citizens", "3"), row(html, "cdd-composition-colleges", 0));
        assertEquals(List.of("research"), html.select(".cdd-composition-colleges ~ .warningmessage li").eachText());
        assertTrue(html.text().contains("Communes represented: 2 of 3"), html.text());
        assertEquals(List.of("ACCM", "7"), row(html, "cdd-composition-epci", 0));
        assertEquals(List.of("TPA", "0"), row(html, "cdd-composition-epci", 1));
        assertEquals(List.of("Membre M7"), html.select(".cdd-composition-renewals li").eachText());
        assertFalse(html.select("svg[role=img]").isEmpty(), "the age classes also as a chart");
    }

    @Test
    void privateDataThatDoNotOpenAreSaidAndCountAsNotGiven() throws Exception
    {
        this.scenario.setLocale(Locale.ENGLISH);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        council();
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Members.Private.M7", "Données M7",
            MemberPrivateClass.REFERENCE, MemberPrivateClass.MEMBER, "CDD.Members.M7", MemberPrivateClass.SEALED,
            "cdd1.00000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        Document html = this.renderer.render(page(PAGE));

        assertEquals("The private data of one member cannot be read (another key, or changed): that member counts as "
            + "not having given them.", html.selectFirst(".cdd-composition-unopened").text());
        assertEquals(List.of("Men", "2"), row(html, "cdd-composition-parity", 1));
        assertEquals(List.of("Not given", "2"), row(html, "cdd-composition-parity", 3));
    }

    @Test
    void inFrenchTheFiguresAreWrittenTheFrenchWay() throws Exception
    {
        Document html = render(Locale.FRENCH, CouncilRole.ANIMATORS_GROUP);

        assertTranslated(html);
        assertEquals("Membres en mandat : 7", html.selectFirst(".cdd-composition-active").text());
        List<String> ages = row(html, "cdd-composition-ages", 1);
        assertEquals("33,3 %", ages.get(2).replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("surreprésentée", ages.get(4));
        assertTrue(html.selectFirst(".cdd-composition-verdict").text().startsWith("La parité est respectée"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CDD.Code.MembersGroup", "CDD.Code.ReferentsGroup"})
    void aMemberSeesTotalsOnlyAndNoSmallCount(String group) throws Exception
    {
        Document html = render(Locale.FRENCH, group);

        assertTranslated(html);
        assertTrue(html.selectFirst(".infomessage").text().contains("seulement des totaux"));
        assertEquals(List.of("Femmes", "moins de 5"), row(html, "cdd-composition-parity", 0));
        assertEquals(List.of("Autre", "0"), row(html, "cdd-composition-parity", 2), "none is no one to protect");
        assertEquals(List.of("30-44", "moins de 5", "moins de 5", "20,0 %", "moins de 5"),
            row(html, "cdd-composition-ages", 1).stream().map(t -> t.replace('\u202f', ' ').replace('\u00a0', ' '))
                .toList());
        assertTrue(html.select("svg[role=img]").isEmpty(), "no chart of figures they may not see");
        assertFalse(html.text().contains("Données"), "no private page is named");
        assertTrue(html.selectFirst(".cdd-composition-verdict").text().startsWith("La parité est respectée"),
            "the verdict is an aggregate");
    }

    @Test
    void withoutCensusSharesThePageSaysSoAndLinksToTheSetting() throws Exception
    {
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setLocale(Locale.ENGLISH);

        Document html = this.renderer.render(page(PAGE));

        assertTrue(html.selectFirst("#cdd-composition-ages + .warningmessage").text()
            .startsWith("The census share of each age class is not entered yet"));
        assertTrue(html.selectFirst("#cdd-composition-ages + .warningmessage a").attr("href")
            .contains("section=cdd"));
        assertTrue(html.select("table.cdd-composition-ages").isEmpty(), "no invented figure");
    }
}
