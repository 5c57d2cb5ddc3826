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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of a fictional council through its sheet, in view and in edit, in French and in English, as an animator:
 * no rendering error, no untranslated key, every label bound to its field.
 *
 * @version $Id$
 */
class FictionalCouncilTest extends AbstractPageTest
{

    /**
     * The lists of each home and sheet, as a page (rendered alone, or through a sheet) and the selector of each of its
     * lists' rows; with the most statements one view may execute, counted in a real run (docs/performance.md).
     */
    private static final List<PageLists> LISTS = List.of(
        new PageLists("CDD.WebHome", null, 15, ".myGroups li", ".myActions li", ".overdue li", ".mandatory li",
            ".openSaisines li", ".inReview li", ".nextMeetings li", ".published li"),
        new PageLists("CDD.Groups.Mobilite.WebHome", "CDD.Code.GroupSheet", 7, ".cdd-group-upcoming li",
            ".cdd-group-members li", ".cdd-group-open-actions li", ".cdd-group-saisines li",
            ".cdd-group-contributions li", ".cdd-group-resources li", ".cdd-group-past li"),
        new PageLists("CDD.Saisines.PCAET", "CDD.Code.SaisineSheet", 4, ".cdd-saisine-followup tbody tr"),
        new PageLists("CDD.Toolbox.WebHome", null, 4, ".cdd-toolbox-results li", ".cdd-toolbox-best li",
            ".cdd-toolbox-used li"),
        new PageLists("CDD.Toolbox.Fictif", "CDD.Code.MethodSheet", 3, ".cdd-method-uses li"),
        new PageLists("CDD.Tutorials.WebHome", null, 5, ".cdd-tutorials li"),
        new PageLists("CDD.Tools.WebHome", null, 1, ".cdd-tools-comparison thead th a"),
        new PageLists("CDD.Tools.Pad", "CDD.Code.ToolSheet", 3, ".cdd-tool-needs li", ".cdd-tool-tutorials li"),
        new PageLists("CDD.Resources.WebHome", null, 1, ".cdd-resources-dossiers li"),
        new PageLists("CDD.Resources.Mobilite.WebHome", "CDD.Code.DossierSheet", 1, ".cdd-dossier-resources li"),
        new PageLists("CDD.Members.Composition", null, 2, ".cdd-composition-parity tbody tr",
            ".cdd-composition-colleges tbody tr"),
        new PageLists("CDD.SelfEvaluation", null, 16, ".cdd-selfevaluation tbody tr li"),
        new PageLists("CDD.Reports.WebHome", null, 3, ".cdd-reports tbody tr"),
        new PageLists("CDD.Reports.2025", "CDD.Code.ReportSheet", 20, ".cdd-bodies tbody tr",
            ".cdd-selfevaluation tbody tr", ".cdd-report-debate-dates li"));

    /**
     * A page and its lists.
     *
     * @param reference the page
     * @param sheet its sheet, null for a page that displays itself
     * @param budget the most statements a view executes
     * @param rows the selector of the rows of each list
     */
    private record PageLists(String reference, String sheet, int budget, String... rows)
    {
    }

    static Stream<Arguments> listsAndLanguages()
    {
        return LISTS.stream().flatMap(lists -> Stream.of(Locale.FRENCH, Locale.ENGLISH)
            .map(locale -> Arguments.of(lists.reference(), locale)));
    }

    /**
     * Every list of every home and sheet shows rows over the fictional council, as an animator, in French and
     * English; and each view stays within its query budget. The queries run on the test database, so a list that
     * stays empty is a query that finds nothing in a real wiki either.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("listsAndLanguages")
    void everyListShowsRowsWithinItsQueryBudget(String reference, Locale locale) throws Exception
    {
        PageLists lists = LISTS.stream().filter(l -> l.reference().equals(reference)).findFirst().orElseThrow();
        this.scenario.setLocale(locale);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        List<XarPage> council = FictionalCouncil.pages(applicationPages(), this.scenario.getToday());
        council.forEach(this.scenario::addPage);
        XarPage data = council.stream().filter(p -> p.reference().equals(reference)).findFirst()
            .orElseGet(() -> page(reference));

        Document html = lists.sheet() == null ? this.renderer.render(data)
            : this.renderer.render(data, page(lists.sheet()));

        for (String rows : lists.rows()) {
            assertFalse(html.select(rows).isEmpty(), reference + ": no row in " + rows + "\n" + html.body().html());
        }
        assertTranslated(html);
        int executed = this.scenario.getExecutedQueries().size();
        assertTrue(executed <= lists.budget(), reference + " executed " + executed + " statements, more than its "
            + "budget of " + lists.budget() + ": " + this.scenario.getExecutedQueries());
        System.out.println("QUERY-BUDGET " + reference + " " + locale + " " + executed);
    }

    static Stream<Arguments> pagesModesLanguages()
    {
        List<Arguments> arguments = new ArrayList<>();
        for (XarPage page : FictionalCouncil.pages(applicationPages())) {
            for (String mode : List.of("view", "edit")) {
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    arguments.add(Arguments.of(page.reference(), mode, locale));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pagesModesLanguages")
    void everySheetRendersEveryPage(String reference, String mode, Locale locale) throws Exception
    {
        XarPage data = FictionalCouncil.pages(applicationPages()).stream()
            .filter(p -> p.reference().equals(reference)).findFirst().orElseThrow();
        String className = data.objects().stream().map(PageObject::className)
            .filter(FictionalCouncil.SHEETS::containsKey)
            .findFirst().orElseThrow();
        XarPage sheet = page(FictionalCouncil.SHEETS.get(className));
        this.scenario.setLocale(locale);
        this.scenario.setAction(mode);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);

        Document html = this.renderer.render(data, sheet);

        String text = html.text();
        assertTranslated(html);
        assertEquals(-1, text.indexOf('$'), "Velocity left in the output: " + text);
        assertLabelsBound(html, "label");
    }
}
