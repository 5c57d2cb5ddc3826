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
package org.xwiki.contrib.cdd.test.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Check e: every translation key a page uses exists in the English and the French bundles (wiki {@code Translations}
 * pages and the jar's {@code ApplicationResources} files), no key is in one language only, and a message with
 * parameters has its apostrophes doubled (MessageFormat drops a lone one). Keys used: literal arguments of
 * {@code $services.localization.render}, {@code {{translation key}}}, template provider names and descriptions, the
 * pretty names of our class properties ({@code <Class>_<prop>}) and of their list values ({@code <Class>_<prop>_<id>}).
 * XWiki's own keys are accepted from {@code platform-translation-keys.txt}.
 *
 * @version $Id$
 */
public class TranslationCheck implements PageCheck
{
    /** XWiki platform keys the pages may use, one a line. */
    public static final String PLATFORM_KEYS = "/platform-translation-keys.txt";

    private static final Pattern RENDER = Pattern.compile(
        "\\$!?\\{?services\\.localization\\.render\\(\\s*['\"]([^'\"$#]+)['\"]");

    private static final Pattern TRANSLATION_MACRO = Pattern.compile("\\{\\{translation\\s+key=\"([^\"$#]+)\"");

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+[^}]*}");

    private static final String TEMPLATE_PROVIDER = "XWiki.TemplateProviderClass";

    private static final String FRENCH = "fr";

    private final Set<String> platformKeys;

    /**
     * @param platformKeys XWiki keys accepted without being in our bundles
     */
    public TranslationCheck(Set<String> platformKeys)
    {
        this.platformKeys = platformKeys;
    }

    /**
     * @return the check with the shipped list of platform keys
     */
    public static TranslationCheck standard()
    {
        Set<String> keys = new LinkedHashSet<>();
        try (InputStream stream = TranslationCheck.class.getResourceAsStream(PLATFORM_KEYS);
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(keys::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TranslationCheck(keys);
    }

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        Map<String, String> english = all.translations("");
        Map<String, String> french = all.translations(FRENCH);
        for (UsedKey used : usedKeys(page)) {
            if (this.platformKeys.contains(used.key())) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (!english.containsKey(used.key())) {
                missing.add("English");
            }
            if (!french.containsKey(used.key())) {
                missing.add("French");
            }
            if (!missing.isEmpty()) {
                problems.add(new Problem(page.path(), used.line(), "translation key '" + used.key() + "' ("
                    + used.where() + ") is missing from the " + String.join(" and ", missing) + " bundle"));
            }
        }
        if (page.isTranslationBundle()) {
            checkBundle(page, all, english, french, problems);
        }
        return problems;
    }

    private void checkBundle(XarPage page, PageSet all, Map<String, String> english, Map<String, String> french,
        List<Problem> problems)
    {
        Map<String, String> own = PageSet.parseProperties(page.content());
        Map<String, String> other = page.locale().isEmpty() ? french : english;
        String otherName = page.locale().isEmpty() ? "French" : "English";
        String[] lines = page.content().split("\n", -1);
        for (Map.Entry<String, String> entry : own.entrySet()) {
            int line = page.fileLine(lineOfKey(lines, entry.getKey()));
            if (!other.containsKey(entry.getKey())) {
                problems.add(new Problem(page.path(), line, "key '" + entry.getKey() + "' has no " + otherName
                    + " value"));
            }
            String value = entry.getValue();
            if (PARAMETER.matcher(value).find() && value.replace("''", "").contains("'")) {
                problems.add(new Problem(page.path(), line, "key '" + entry.getKey() + "' has parameters: write "
                    + "each apostrophe as '' or MessageFormat drops it"));
            }
        }
    }

    private static int lineOfKey(String[] lines, String key)
    {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith(key + "=") || line.startsWith(key + " ") || line.startsWith(key + ":")) {
                return i;
            }
        }
        return 0;
    }

    /** A key a page uses and where. */
    private record UsedKey(String key, int line, String where)
    {
    }

    private static List<UsedKey> usedKeys(XarPage page)
    {
        List<UsedKey> keys = new ArrayList<>();
        if (!page.isTranslationBundle()) {
            for (VelocityFragment text : WikiSource.allTexts(page)) {
                for (Pattern pattern : List.of(RENDER, TRANSLATION_MACRO)) {
                    Matcher matcher = pattern.matcher(text.code());
                    while (matcher.find()) {
                        keys.add(new UsedKey(matcher.group(1), text.toFileLine(
                            WikiSource.lineOf(text.code(), matcher.start()) + 1), text.where()));
                    }
                }
            }
        }
        for (PageObject provider : page.objectsOf(TEMPLATE_PROVIDER)) {
            for (String property : List.of("name", "description")) {
                String key = provider.values().getOrDefault(property, "").trim();
                if (!key.isEmpty()) {
                    keys.add(new UsedKey(key, page.contentLine(), "template provider " + property));
                }
            }
        }
        ClassDefinition xclass = page.xclass();
        if (xclass != null && page.reference().startsWith("CDD.")) {
            for (PropertyDefinition property : xclass.properties().values()) {
                String base = page.reference() + "_" + property.name();
                keys.add(new UsedKey(base, page.contentLine(), "pretty name of property " + property.name()));
                for (String id : property.listValueIds()) {
                    keys.add(new UsedKey(base + "_" + id, page.contentLine(), "list value " + id));
                }
            }
        }
        return keys;
    }
}
