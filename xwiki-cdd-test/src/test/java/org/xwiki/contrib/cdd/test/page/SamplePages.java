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
package org.xwiki.contrib.cdd.test.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.test.standin.HarnessPrivateDataKey;

/**
 * Pages of a fictional council, built from the application's own class definitions, for the sheet tests.
 *
 * @version $Id$
 */
public final class SamplePages
{
    private SamplePages()
    {
    }

    /**
     * @param pages the application (for the class definitions)
     * @param className the object's class
     * @param number the object's number on its page
     * @param values the values, in pairs (name, text)
     * @return the object
     */
    public static PageObject object(PageSet pages, String className, int number, String... values)
    {
        ClassDefinition definition = pages.xclass(className)
            .orElseThrow(() -> new IllegalArgumentException("No class " + className + " in the XAR"));
        return new PageObject(className, number, definition, values(className, definition, values));
    }

    // A fixture naming a property its class lacks would test nothing: refuse it.
    private static Map<String, String> values(String className, ClassDefinition definition, String... values)
    {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            if (!definition.properties().containsKey(values[i])) {
                throw new IllegalArgumentException(className + " has no property " + values[i]);
            }
            map.put(values[i], values[i + 1]);
        }
        return map;
    }

    /**
     * @param reference the page reference
     * @param title the page title
     * @param objects its objects
     * @return the page
     */
    public static XarPage withObjects(String reference, String title, List<PageObject> objects)
    {
        return new XarPage(reference + ".xml", reference, "", "", title, "xwiki/2.1", false, "", 1, 1, null,
            List.copyOf(objects), null);
    }

    /**
     * @param pages the application (for the class definitions)
     * @param reference the page reference
     * @param title the page title
     * @param className the class of its object
     * @param values the object's values, in pairs (name, text); dates as yyyy-MM-dd, lists joined with |
     * @return the page
     */
    public static XarPage withObject(PageSet pages, String reference, String title, String className,
        String... values)
    {
        ClassDefinition definition = pages.xclass(className)
            .orElseThrow(() -> new IllegalArgumentException("No class " + className + " in the XAR"));
        List<PageObject> objects = new ArrayList<>();
        objects.add(new PageObject(className, 0, definition, values(className, definition, values)));
        return new XarPage(reference + ".xml", reference, "", "", title, "xwiki/2.1", false, "", 1, 1, null,
            objects, null);
    }

    /**
     * @param pages the application (for the class definitions)
     * @param memberPage the member page the private data belong to
     * @param fieldValues the private values, in pairs (field, value), e.g. {@code gender, f}
     * @return the member's private page as {@code CDD.Code.MemberPrivateService} saves it: the member in clear, the
     *     values sealed with the harness's key
     */
    public static XarPage privateData(PageSet pages, String memberPage, String... fieldValues)
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            values.put(fieldValues[i], fieldValues[i + 1]);
        }
        String privatePage = MemberPrivateClass.privatePage(memberPage);
        return withObject(pages, privatePage, "Données confidentielles de "
            + memberPage.substring(memberPage.lastIndexOf('.') + 1), MemberPrivateClass.REFERENCE,
            MemberPrivateClass.MEMBER, memberPage, MemberPrivateClass.SEALED,
            HarnessPrivateDataKey.seal(privatePage, values));
    }

    /**
     * @param page a page
     * @param levels the rights, e.g. {@code edit}
     * @param groups the groups they are allowed to, comma-separated
     * @return a copy of the page with an {@code XWiki.XWikiRights} object allowing them to those groups only (an allow
     *     at page level denies everyone else at that level)
     */
    public static XarPage restricted(XarPage page, String levels, String groups)
    {
        List<PageObject> objects = new ArrayList<>(page.objects());
        objects.add(new PageObject("XWiki.XWikiRights", 0, null,
            java.util.Map.of("levels", levels, "groups", groups, "users", "", "allow", "1")));
        return new XarPage(page.path(), page.reference(), page.locale(), page.defaultLanguage(), page.title(),
            page.syntax(), page.hidden(), page.content(), page.contentLine(), page.titleLine(), page.xclass(), objects,
            page.parseError());
    }
}
