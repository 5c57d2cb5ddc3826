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

import java.util.List;
import java.util.Optional;

/**
 * One page of a XAR, as the checks and the renderer need it.
 *
 * @param path the entry name in the XAR (or the fixture file name), used in every problem report
 * @param reference the page reference, e.g. {@code CDD.Code.Translations}
 * @param locale the translation locale, empty for the default page
 * @param defaultLanguage the declared default language, empty when none
 * @param title the raw title (may hold Velocity)
 * @param syntax the syntax id, e.g. {@code xwiki/2.1}
 * @param hidden whether the page is hidden
 * @param content the raw content
 * @param contentLine the line of the XML file where the content starts, so that problems point at the file
 * @param titleLine the line of the XML file holding the title
 * @param xclass the class this page defines, or null
 * @param objects the objects of the page
 * @param parseError why the file is not well-formed XML, or null when it is
 * @version $Id$
 */
public record XarPage(String path, String reference, String locale, String defaultLanguage, String title,
    String syntax, boolean hidden, String content, int contentLine, int titleLine, ClassDefinition xclass,
    List<PageObject> objects, String parseError)
{
    /**
     * @return the page name without locale: the last part of the reference
     */
    public String name()
    {
        return this.reference.substring(this.reference.lastIndexOf('.') + 1);
    }

    /**
     * @param className a class reference such as {@code XWiki.TranslationDocumentClass}
     * @return the objects of that class
     */
    public List<PageObject> objectsOf(String className)
    {
        return this.objects.stream().filter(o -> o.className().equals(className)).toList();
    }

    /**
     * @param className a class reference
     * @return the first object of that class
     */
    public Optional<PageObject> firstObject(String className)
    {
        return objectsOf(className).stream().findFirst();
    }

    /**
     * @return true for a translation of a page ({@code Page.en.xml}): its own title and content, no objects
     */
    public boolean isTranslation()
    {
        return !this.locale.isEmpty();
    }

    /**
     * @return true for a translation bundle page (default or localized), whose syntax must be {@code plain/1.0}
     */
    public boolean isTranslationBundle()
    {
        return !objectsOf("XWiki.TranslationDocumentClass").isEmpty()
            || (!this.locale.isEmpty() && this.syntax.startsWith("plain/"));
    }

    /**
     * @param contentOffset a 0-based line number inside the content
     * @return the matching line of the XML file
     */
    public int fileLine(int contentOffset)
    {
        return this.contentLine + contentOffset;
    }
}
