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

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * All the pages of the application, with what the checks and the renderer look up across pages: classes and
 * translation bundles.
 *
 * @param pages the pages
 * @param jarBundles the translation bundles of the Java module ({@code ApplicationResources*.properties}), by locale
 *     ({@code ""} for the default English one)
 * @version $Id$
 */
public record PageSet(List<XarPage> pages, Map<String, Map<String, String>> jarBundles)
{
    /**
     * The class holding a wiki translation bundle.
     */
    public static final String TRANSLATION_CLASS = "XWiki.TranslationDocumentClass";

    /**
     * @param pages pages without jar bundles
     */
    public PageSet(List<XarPage> pages)
    {
        this(pages, Map.of());
    }

    /**
     * @param className a class reference
     * @return the class definition held by the page of that name, when the application defines it
     */
    public Optional<ClassDefinition> xclass(String className)
    {
        return this.pages.stream().filter(p -> p.xclass() != null && p.reference().equals(className)
            && p.locale().isEmpty()).map(XarPage::xclass).findFirst();
    }

    /**
     * @param className a platform class that has no page in the XAR, such as {@code XWiki.XWikiRights}
     * @return its definition as it travels with its objects in the XAR's pages
     */
    public Optional<ClassDefinition> inlineClass(String className)
    {
        return this.pages.stream().flatMap(p -> p.objects().stream())
            .filter(o -> o.className().equals(className) && o.classDefinition() != null)
            .map(PageObject::classDefinition).findFirst();
    }

    /**
     * @param reference a page reference
     * @param locale a locale, {@code ""} for the default page
     * @return the page
     */
    public Optional<XarPage> page(String reference, String locale)
    {
        return this.pages.stream().filter(p -> p.reference().equals(reference) && p.locale().equals(locale))
            .findFirst();
    }

    /**
     * @param locale {@code ""} for the default (English) bundles, {@code "fr"} for the French ones
     * @return every key and value of the wiki bundles of that locale, then of the jar bundles
     */
    public Map<String, String> translations(String locale)
    {
        Map<String, String> result = new LinkedHashMap<>();
        for (XarPage bundle : this.pages) {
            if (!bundle.objectsOf(TRANSLATION_CLASS).isEmpty() && bundle.locale().isEmpty()) {
                XarPage localized = locale.isEmpty() ? bundle : page(bundle.reference(), locale).orElse(null);
                if (localized != null) {
                    result.putAll(parseProperties(localized.content()));
                }
            }
        }
        result.putAll(this.jarBundles.getOrDefault(locale, Map.of()));
        return result;
    }

    /**
     * @param content {@code key=value} lines, as XWiki reads a wiki translation page
     * @return the keys and values, in file order
     */
    public static Map<String, String> parseProperties(String content)
    {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted()
            .forEach(key -> result.put(key, properties.getProperty(key)));
        return result;
    }
}
