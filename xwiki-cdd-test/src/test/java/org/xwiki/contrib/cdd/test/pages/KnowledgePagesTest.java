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
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page of the council's shared knowledge (tools, needs, dossiers, resources, charter, and the homes of
 * tutorials, resources and tools), filled in, in French and English, view and edit, as an animator: nothing
 * untranslated, no Velocity left, every label bound to its field.
 *
 * @version $Id$
 */
class KnowledgePagesTest extends AbstractPageTest
{
    private static final String TOOL = "CDD.Code.ToolClass";

    private static XarPage filled(String sheet)
    {
        switch (sheet) {
            case "CDD.Code.ToolSheet":
                return SamplePages.withObject(applicationPages(), "CDD.Tools.Framadate", "Framadate", TOOL,
                    "category", "poll", "recommendation", "adopted", "dataLocation", "france", "openSource", "1",
                    "learningCurve", "easy", "assessmentDate", "2026-11-02", "rationale", "Libre, sans compte.");
            case "CDD.Code.NeedSheet":
                return SamplePages.withObjects("CDD.Tools.Needs", "Besoins", List.of(SamplePages.object(
                    applicationPages(), "CDD.Code.NeedClass", 0, "description", "Choisir une date", "category", "poll",
                    "tools", "CDD.Tools.Framadate")));
            case "CDD.Code.ResourceSheet":
                return SamplePages.withObject(applicationPages(), "CDD.Resources.Mobilite.Enquete", "Enquête",
                    "CDD.Code.ResourceClass", "type", "study", "source", "INSEE", "publicationDate", "2024-06-01");
            case "CDD.Code.DossierSheet":
                return SamplePages.withObject(applicationPages(), "CDD.Resources.Mobilite.WebHome", "Mobilité",
                    "CDD.Code.DossierClass", "group", "CDD.Groups.Mobilite.WebHome");
            default:
                return SamplePages.withObjects("CDD.Charter.WebHome", "Charte", List.of(
                    SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 0, "number", "1", "title", "Objet",
                        "text", "Le conseil éclaire les élus.", "status", "adopted", "adoptedDate", "2019-03-12"),
                    SamplePages.object(applicationPages(), "CDD.Code.ArticleClass", 1, "number", "1", "title", "Objet",
                        "text", "Le conseil conseille.", "status", "proposed")));
        }
    }

    static Stream<Arguments> pagesLanguagesModes()
    {
        List<Arguments> arguments = new ArrayList<>();
        for (String sheet : List.of("CDD.Code.ToolSheet", "CDD.Code.NeedSheet", "CDD.Code.ResourceSheet",
            "CDD.Code.DossierSheet", "CDD.Code.CharterSheet", "CDD.Tutorials.WebHome", "CDD.Resources.WebHome",
            "CDD.Tools.WebHome", "CDD.Toolbox.WebHome")) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                for (String mode : sheet.contains("Sheet") ? List.of("view", "edit") : List.of("view")) {
                    arguments.add(Arguments.of(sheet, locale, mode));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pagesLanguagesModes")
    void everyPageIsTranslatedAndBound(String reference, Locale locale, String mode) throws Exception
    {
        this.scenario.setLocale(locale);
        this.scenario.setAction(mode);
        this.scenario.setGroups("CDD.Code.AnimatorsGroup");

        Document html = reference.contains("Sheet") ? this.renderer.render(filled(reference), page(reference))
            : this.renderer.render(page(reference));

        String text = html.text();
        assertTranslated(html);
        assertEquals(-1, text.indexOf('$'), "Velocity left in the output: " + text);
        assertLabelsBound(html, "label");
    }
}
