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
import org.xwiki.contrib.cdd.test.AbstractPageTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the visible home page {@code CDD.WebHome} in French and English.
 *
 * @version $Id$
 */
class HomePageTest extends AbstractPageTest
{
    private static final String HOME = "CDD.WebHome";

    @Test
    void homeSpeaksFrenchToAFrenchMember() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = this.renderer.render(page(HOME));

        assertEquals("Conseil de développement", this.renderer.renderTitle(page(HOME)));
        assertEquals(List.of("Pour les membres", "Pour la chargée de mission et les référents de groupe",
            "Pour le public"), html.select("h2").eachText());
        assertTrue(html.text().contains("Co-éditez les pages de vos groupes de travail"), html.text());
    }

    @Test
    void homeSpeaksEnglishToAnEnglishMember() throws Exception
    {
        Document html = this.renderer.render(page(HOME));

        assertEquals("Development council", this.renderer.renderTitle(page(HOME)));
        assertEquals(List.of("For members", "For the animator and group referents", "For the public"),
            html.select("h2").eachText());
    }

    @Test
    void homeShowsTheVersionOfTheInstalledJar() throws Exception
    {
        Document html = this.renderer.render(page(HOME));

        String expected = System.getProperty("cdd.expectedVersion");
        assertNotNull(expected);
        assertEquals("Conseil de développement application, version " + expected,
            html.selectFirst(".cdd-version").text());
    }

    @Test
    void onlyAdministratorsSeeTheAdministrationSection() throws Exception
    {
        assertFalse(this.renderer.render(page(HOME)).text().contains("For administrators"));

        this.scenario.setAdmin(true);
        Document html = this.renderer.render(page(HOME));

        assertTrue(html.select("h2").eachText().contains("For administrators"));
        assertEquals("/xwiki/bin/admin/XWiki/XWikiPreferences",
            html.selectFirst("a:contains(Open the wiki administration)").attr("href"));
    }

    @Test
    void noEscapeCharacterLeaksIntoTheText() throws Exception
    {
        this.scenario.setAdmin(true);

        assertFalse(this.renderer.render(page(HOME)).text().contains("~"));
    }
}
