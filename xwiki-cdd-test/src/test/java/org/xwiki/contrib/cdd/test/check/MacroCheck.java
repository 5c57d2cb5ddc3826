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
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Named;

import org.xwiki.contrib.cdd.test.page.MacroToken;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.rendering.macro.Macro;

/**
 * Check c: every macro a page uses is one of ours (a {@link Macro} component of {@code xwiki-cdd-api}) or in the
 * allow-list of XWiki 17.10 standard macros ({@code standard-macros.txt}: one macro id a line, then the extension that
 * provides it). Macros inside Velocity code and inside object properties count too.
 *
 * @version $Id$
 */
public class MacroCheck implements PageCheck
{
    /** The allow-list resource. */
    public static final String ALLOW_LIST = "/standard-macros.txt";

    private final Map<String, String> allowed;

    /**
     * @param allowed macro id → where it comes from
     */
    public MacroCheck(Map<String, String> allowed)
    {
        this.allowed = allowed;
    }

    /**
     * @return the check with our macros and the shipped allow-list
     */
    public static MacroCheck standard()
    {
        Map<String, String> allowed = new LinkedHashMap<>(readAllowList());
        ourMacroIds().forEach(id -> allowed.put(id, "xwiki-cdd-api"));
        return new MacroCheck(allowed);
    }

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null || page.syntax().startsWith("plain/")) {
            return problems;
        }
        for (VelocityFragment text : WikiSource.allTexts(page)) {
            for (MacroToken token : WikiSource.macroTokens(text.code())) {
                if (token.kind() != MacroToken.Kind.CLOSE && !this.allowed.containsKey(token.name())) {
                    problems.add(new Problem(page.path(), text.toFileLine(token.line() + 1), "macro '"
                        + token.name() + "' (in " + text.where() + ") is neither ours nor in " + ALLOW_LIST));
                }
            }
        }
        return problems;
    }

    /**
     * @return the allow-list: macro id → extension
     */
    public static Map<String, String> readAllowList()
    {
        Map<String, String> allowed = new LinkedHashMap<>();
        try (InputStream stream = MacroCheck.class.getResourceAsStream(ALLOW_LIST);
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] parts = trimmed.split("\\s+", 2);
                    if (parts.length < 2) {
                        throw new IllegalStateException(ALLOW_LIST + ": '" + line + "' names no extension");
                    }
                    allowed.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return allowed;
    }

    /**
     * @return the ids of the macro components declared in the {@code components.txt} of {@code xwiki-cdd-api}
     */
    public static Set<String> ourMacroIds()
    {
        Set<String> ids = new TreeSet<>();
        for (String className : ourComponents()) {
            try {
                Class<?> type = Class.forName(className);
                Named named = type.getAnnotation(Named.class);
                if (Macro.class.isAssignableFrom(type) && named != null) {
                    ids.add(named.value());
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("components.txt names a missing class " + className, e);
            }
        }
        return ids;
    }

    private static List<String> ourComponents()
    {
        List<String> classes = new ArrayList<>();
        try {
            Enumeration<URL> lists = MacroCheck.class.getClassLoader().getResources("META-INF/components.txt");
            for (URL url : Collections.list(lists)) {
                if (url.toString().contains("xwiki-cdd-api")) {
                    try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                        reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .map(l -> l.contains(":") ? l.substring(l.indexOf(':') + 1) : l).forEach(classes::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }
}
