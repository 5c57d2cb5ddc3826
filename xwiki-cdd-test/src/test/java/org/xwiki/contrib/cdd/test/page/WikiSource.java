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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.MacroToken.Kind;

/**
 * Reads the raw xwiki/2.1 text of a page the way its author wrote it: macro markers, verbatim regions, Velocity code.
 * The xwiki/2.1 parser never fails, so the checks need this textual view to point at lines.
 *
 * @version $Id$
 */
public final class WikiSource
{
    /** A macro marker; group 1 is "/" for a closing marker, group 2 the id, group 3 "/" when standalone. */
    private static final Pattern MACRO = Pattern.compile("\\{\\{(/?)([a-zA-Z][\\w\\-.]*)(?:\\s[^}]*?)?\\s*(/?)}}");

    private static final String VELOCITY = "velocity";

    private WikiSource()
    {
    }

    /**
     * @param text wiki text
     * @return the macro markers, verbatim regions ({@code {{{…}}}}) excluded
     */
    public static List<MacroToken> macroTokens(String text)
    {
        String visible = blankVerbatim(text);
        List<MacroToken> tokens = new ArrayList<>();
        Matcher matcher = MACRO.matcher(visible);
        while (matcher.find()) {
            Kind kind;
            if (!matcher.group(1).isEmpty()) {
                kind = Kind.CLOSE;
            } else if (!matcher.group(3).isEmpty()) {
                kind = Kind.STANDALONE;
            } else {
                kind = Kind.OPEN;
            }
            tokens.add(new MacroToken(matcher.group(2), kind, matcher.start(), matcher.end(),
                lineOf(text, matcher.start())));
        }
        return tokens;
    }

    /**
     * @param text wiki text
     * @return the same text where every character of a verbatim region is replaced by a space (new lines kept), so
     *     that indexes and lines stay the same
     */
    public static String blankVerbatim(String text)
    {
        StringBuilder result = new StringBuilder(text);
        int from = 0;
        while (true) {
            int start = text.indexOf("{{{", from);
            if (start < 0) {
                break;
            }
            int end = text.indexOf("}}}", start + 3);
            int stop = end < 0 ? text.length() : end + 3;
            for (int i = start; i < stop; i++) {
                if (result.charAt(i) != '\n') {
                    result.setCharAt(i, ' ');
                }
            }
            from = stop;
        }
        return result.toString();
    }

    /**
     * @param text some text
     * @param index an index in it
     * @return the 0-based line of that index
     */
    public static int lineOf(String text, int index)
    {
        int line = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * @param page a page
     * @return the Velocity code of its {@code {{velocity}}} macros (outermost ones) and of its title when it holds
     *     Velocity
     */
    public static List<VelocityFragment> velocityFragments(XarPage page)
    {
        List<VelocityFragment> fragments = new ArrayList<>();
        if (page.title().contains("$") || page.title().contains("#")) {
            fragments.add(new VelocityFragment("title", page.title(), page.titleLine()));
        }
        if (page.syntax().startsWith("plain/")) {
            return fragments;
        }
        String content = page.content();
        Deque<MacroToken> open = new ArrayDeque<>();
        for (MacroToken token : macroTokens(content)) {
            if (!VELOCITY.equals(token.name())) {
                continue;
            }
            if (token.kind() == Kind.OPEN) {
                open.push(token);
            } else if (token.kind() == Kind.CLOSE && !open.isEmpty()) {
                MacroToken start = open.pop();
                if (open.isEmpty()) {
                    fragments.add(new VelocityFragment("velocity macro", content.substring(start.end(),
                        token.start()), page.fileLine(lineOf(content, start.end()))));
                }
            }
        }
        return fragments;
    }

    /**
     * @param page a page
     * @return the texts a page check must read: the content and every object property value, each with the file line
     *     where it starts (object values are given the line of the content, the XAR keeps no finer position)
     */
    public static List<VelocityFragment> allTexts(XarPage page)
    {
        List<VelocityFragment> texts = new ArrayList<>();
        texts.add(new VelocityFragment("content", page.content(), page.contentLine()));
        texts.add(new VelocityFragment("title", page.title(), page.titleLine()));
        for (PageObject object : page.objects()) {
            object.values().forEach((name, value) -> texts.add(new VelocityFragment(
                object.className() + "[" + object.number() + "]." + name, value, page.contentLine())));
        }
        return texts;
    }
}
