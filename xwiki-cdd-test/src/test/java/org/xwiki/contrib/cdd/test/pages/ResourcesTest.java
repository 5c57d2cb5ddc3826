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

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.DossierClass;
import org.xwiki.contrib.cdd.entity.ResourceClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes {@code CDD.Code.DossierSheet}, {@code CDD.Code.ResourceSheet} and {@code CDD.Resources.WebHome}: a group's
 * documentary research, a dossier per topic with its synthesis and its resources.
 *
 * @version $Id$
 */
class ResourcesTest extends AbstractPageTest
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

    private static final String DOSSIER = "CDD.Resources.Mobilite.WebHome";

    private XarPage dossier(String synthesis)
    {
        XarPage page = SamplePages.withObject(applicationPages(), DOSSIER, "Mobilité rurale <b>",
            DossierClass.REFERENCE, DossierClass.GROUP, "CDD.Groups.Mobilite.WebHome", DossierClass.THEMES, "Mobilité");
        return new XarPage(page.path(), page.reference(), "", "", page.title(), "xwiki/2.1", false, synthesis, 1, 1,
            null, page.objects(), null);
    }

    @Test
    void aDossierShowsItsSynthesisAndItsResourcesWithOneQuery() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Resources.Mobilite.EnqueteMenages",
            "Enquête ménages <2024>", ResourceClass.REFERENCE, ResourceClass.PUBLICATION_DATE, "2024-06-01"));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Resources.Eau.Etude", "Étude eau",
            ResourceClass.REFERENCE, ResourceClass.PUBLICATION_DATE, "2025-01-01"));

        Document html = this.renderer.render(dossier("== Ce que les documents nous apprennent ==\n\nLe bus ne passe"
            + " qu’une fois par jour."), page("CDD.Code.DossierSheet"));

        assertEquals("Ce que les documents nous apprennent", html.selectFirst(".cdd-dossier-synthesis h2").text());
        assertEquals(List.of("Enquête ménages <2024>"), html.select(".cdd-dossier-resources li a").eachText(),
            "the resources of this dossier only");
        assertEquals("2024-06-01", html.selectFirst(".cdd-dossier-resources time").attr("datetime"));
        String add = html.selectFirst("a:contains(Ajouter une ressource)").attr("href");
        assertTrue(add.startsWith("/xwiki/bin/edit/CDD/Resources/Mobilite/Resource-"), add);
        assertTrue(java.net.URLDecoder.decode(add, java.nio.charset.StandardCharsets.UTF_8).contains(
            "title=Ressource du dossier Mobilité rurale <b>"), "titled here, or XWiki copies the template's title: "
            + add);
        assertTrue(add.contains("template=CDD.Code.ResourceTemplate"), add);
        assertTrue(add.contains("CDD.Code.ResourceClass_0_group=CDD.Groups.Mobilite.WebHome"), add);
        assertEquals(1, this.scenario.getExecutedQueries().stream().filter(q -> q.contains("ResourceClass")).count());
    }

    @Test
    void anEmptyDossierOpensOnATranslatedOutline() throws Exception
    {
        this.scenario.setAction("edit");

        Document html = this.renderer.render(dossier(""), page("CDD.Code.DossierSheet"));

        String synthesis = html.getElementById("content").text();
        assertTrue(synthesis.startsWith("== What the documents teach us =="), synthesis);
        assertTrue(synthesis.contains("== What is still missing =="), synthesis);
        assertLabelsBound(html, "label");
        assertTrue(html.select(".cdd-dossier-resources").isEmpty(), "the list is for reading, not editing");
    }

    @Test
    void aResourceSaysWhatItIsAndWhichDossierHoldsIt() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.MembersGroup");
        this.scenario.addPage(dossier(""));
        XarPage resource = SamplePages.withObject(applicationPages(), "CDD.Resources.Mobilite.EnqueteMenages",
            "Enquête ménages", ResourceClass.REFERENCE, ResourceClass.TYPE, "study", ResourceClass.SOURCE,
            "INSEE <script>alert(1)</script>", ResourceClass.SUMMARY, "Un ménage rural sur trois n’a pas de voiture.");

        Document html = this.renderer.render(resource, page("CDD.Code.ResourceSheet"));

        assertTrue(html.select(".cdd-resource dd").eachText().containsAll(List.of("Étude",
            "INSEE <script>alert(1)</script>", "Un ménage rural sur trois n’a pas de voiture.")),
            html.select(".cdd-resource dd").eachText().toString());
        assertTrue(html.select("script").isEmpty());
        assertEquals("Mobilité rurale <b>", html.selectFirst(".cdd-resource-dossier a").text());
        assertEquals("/xwiki/bin/view/CDD/Resources/Mobilite/", html.selectFirst(".cdd-resource-dossier a")
            .attr("href").replace("WebHome", ""));
        assertTrue(html.selectFirst(".cdd-resource-files").text().startsWith("Fichiers : ouvrez l’onglet"));

        this.scenario.setAction("edit");
        Document edit = this.renderer.render(resource, page("CDD.Code.ResourceSheet"));
        assertTrue(edit.select(".cdd-resource-dossier").isEmpty());
        assertLabelsBound(edit, "label");
        assertTrue(edit.text().contains("L’adresse du document en ligne"), "the hint of the address");
    }

    @Test
    void theResourcesHomeListsTheDossiersThenEveryResource() throws Exception
    {
        XarPage dossier = SamplePages.withObject(applicationPages(), DOSSIER, "Rural mobility",
            DossierClass.REFERENCE, DossierClass.GROUP, "CDD.Groups.Mobilite.WebHome");
        this.scenario.addPage(dossier);

        Document html = this.renderer.render(page("CDD.Resources.WebHome"));

        assertEquals(List.of("Rural mobility"), html.select(".cdd-resources-dossiers li a").eachText());
        assertEquals("Resources", this.renderer.renderTitle(page("CDD.Resources.WebHome")));
        assertTrue(html.selectFirst("a:contains(New dossier)").attr("href")
            .contains("templateprovider=CDD.Code.DossierTemplateProvider"));
    }

    @Test
    void aReaderWhoMayNotSeeTheDossierGetsNoLink() throws Exception
    {
        XarPage resource = SamplePages.withObject(applicationPages(), "CDD.Resources.Mobilite.EnqueteMenages",
            "Enquête ménages", ResourceClass.REFERENCE, ResourceClass.TYPE, "study");

        Document html = this.renderer.render(resource, page("CDD.Code.ResourceSheet"));

        assertTrue(html.select(".cdd-resource-dossier").isEmpty());
        assertEquals(-1, html.text().indexOf('$'), html.text());
    }
}
