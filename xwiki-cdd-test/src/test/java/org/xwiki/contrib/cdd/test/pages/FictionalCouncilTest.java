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

/**
 * Every page of a fictional council through its sheet, in view and in edit, in French and in English, as an animator:
 * no rendering error, no untranslated key, every label bound to its field.
 *
 * @version $Id$
 */
class FictionalCouncilTest extends AbstractPageTest
{
    private static final Map<String, String> SHEETS = Map.of("CDD.Code.GroupClass", "CDD.Code.GroupSheet",
        "CDD.Code.SaisineClass", "CDD.Code.SaisineSheet", "CDD.Code.ContributionClass", "CDD.Code.ContributionSheet",
        "CDD.Code.MeetingClass", "CDD.Code.MeetingSheet", "CDD.Code.MemberClass", "CDD.Code.MemberSheet",
        "CDD.Code.MemberPrivateClass", "CDD.Code.MemberPrivateSheet");

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
        String className = data.objects().stream().map(PageObject::className).filter(SHEETS::containsKey)
            .findFirst().orElseThrow();
        XarPage sheet = page(SHEETS.get(className));
        this.scenario.setLocale(locale);
        this.scenario.setAction(mode);
        this.scenario.grant("view");
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);

        Document html = this.renderer.render(data, sheet);

        String text = html.text();
        assertTranslated(html);
        assertEquals(-1, text.indexOf('$'), "Velocity left in the output: " + text);
        assertLabelsBound(html, "label");
    }
}
