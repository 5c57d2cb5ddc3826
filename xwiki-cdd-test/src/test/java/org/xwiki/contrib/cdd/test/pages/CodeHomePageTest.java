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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the hidden index of technical pages {@code CDD.Code.WebHome}.
 *
 * @version $Id$
 */
class CodeHomePageTest extends AbstractPageTest
{
    private static final String CODE_HOME = "CDD.Code.WebHome";

    @BeforeEach
    void aCouncilMember()
    {
        // Someone outside the council may not open the council's pages: these tests read them as a member.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    @Test
    void listsEachTechnicalPageOnceWithOneQuery() throws Exception
    {
        this.scenario.addPage(SamplePages.withObjects("CDD.CodeBook.Notes", "Not technical", List.of()));

        Document html = this.renderer.render(page(CODE_HOME));

        List<String> expected = applicationPages().pages().stream().filter(p -> p.locale().isEmpty()
            && p.reference().startsWith("CDD.Code.")).map(XarPage::reference).sorted().toList();
        assertEquals(expected, html.select("li a").eachText(), "a translated page (Translations) once, not per "
            + "language; no page of another space");
        assertEquals(1, this.scenario.getExecutedQueries().size());
    }

    @Test
    void hostilePageNamesAreShownAsText() throws Exception
    {
        String hostile = "CDD.Code.]]{{/html}}{{velocity}}#set($x = 1){{/velocity}}<script>alert(1)</script>~";
        this.scenario.addPage(SamplePages.withObjects(hostile, "x", List.of()));

        Document html = this.renderer.render(page(CODE_HOME));

        assertEquals(hostile, html.select("li a").eachText().stream().filter(t -> t.contains("script")).findFirst()
            .orElseThrow());
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void saysSoInFrenchWhenThereIsNoPage() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.withoutApplicationPages();
        // An administrator: a member's group page would be a page of CDD.Code.
        this.scenario.setGroups();
        this.scenario.setAdmin(true);

        Document html = this.renderer.render(page(CODE_HOME));

        assertTrue(html.text().contains("Aucune page technique n'a été trouvée."), html.text());
    }
}
