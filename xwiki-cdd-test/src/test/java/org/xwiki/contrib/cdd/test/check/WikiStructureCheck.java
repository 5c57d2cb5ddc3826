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

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.xwiki.contrib.cdd.test.page.MacroToken;
import org.xwiki.contrib.cdd.test.page.MacroToken.Kind;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.SpecialSymbolBlock;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.block.match.ClassBlockMatcher;
import org.xwiki.rendering.parser.ParseException;
import org.xwiki.rendering.parser.Parser;

/**
 * Check b: the content parses with XWiki's own xwiki/2.1 parser with no leftover {@code {{} or {@code [[} pair (what
 * the parser leaves for broken macro or link markup), and every macro that opens is closed, in order. The parser never
 * fails: an unclosed {@code {{velocity}}} silently swallows the rest of the page, so markers are matched by hand.
 *
 * @version $Id$
 */
public class WikiStructureCheck implements PageCheck
{
    private final Parser parser;

    /**
     * @param parser the xwiki/2.1 parser
     */
    public WikiStructureCheck(Parser parser)
    {
        this.parser = parser;
    }

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null || page.syntax().startsWith("plain/")) {
            return problems;
        }
        checkLeftoverSymbols(page, problems);
        checkNesting(page, problems);
        return problems;
    }

    private void checkLeftoverSymbols(XarPage page, List<Problem> problems)
    {
        XDOM xdom;
        try {
            xdom = this.parser.parse(new StringReader(page.content()));
        } catch (ParseException e) {
            problems.add(new Problem(page.path(), page.contentLine(), "xwiki/2.1 parser failed: " + e.getMessage()));
            return;
        }
        List<SpecialSymbolBlock> symbols = xdom.getBlocks(new ClassBlockMatcher(SpecialSymbolBlock.class),
            Block.Axes.DESCENDANT);
        for (int i = 0; i + 1 < symbols.size(); i++) {
            char first = symbols.get(i).getSymbol();
            char second = symbols.get(i + 1).getSymbol();
            boolean adjacent = symbols.get(i).getNextSibling() == symbols.get(i + 1);
            if (adjacent && first == second && (first == '{' || first == '[')) {
                String pair = "" + first + second;
                problems.add(new Problem(page.path(), page.fileLine(lineOfBrokenMarkup(page.content(), pair)),
                    "leftover '" + pair + "': broken " + (first == '{' ? "macro" : "link") + " markup"));
                i++;
            }
        }
    }

    private static int lineOfBrokenMarkup(String content, String pair)
    {
        String visible = WikiSource.blankVerbatim(content);
        List<MacroToken> tokens = WikiSource.macroTokens(content);
        for (int index = visible.indexOf(pair); index >= 0; index = visible.indexOf(pair, index + 2)) {
            int at = index;
            boolean wellFormed = "{{".equals(pair) ? tokens.stream().anyMatch(t -> t.start() == at)
                : visible.indexOf("]]", index) > index && visible.indexOf('\n', index) > visible.indexOf("]]", index);
            if (!wellFormed) {
                return WikiSource.lineOf(content, index);
            }
        }
        return 0;
    }

    private static void checkNesting(XarPage page, List<Problem> problems)
    {
        Deque<MacroToken> open = new ArrayDeque<>();
        for (MacroToken token : WikiSource.macroTokens(page.content())) {
            if (token.kind() == Kind.OPEN) {
                open.push(token);
            } else if (token.kind() == Kind.CLOSE) {
                if (open.isEmpty()) {
                    problems.add(new Problem(page.path(), page.fileLine(token.line()),
                        "{{/" + token.name() + "}} closes a macro that was never opened"));
                } else if (!open.peek().name().equals(token.name())) {
                    MacroToken top = open.peek();
                    problems.add(new Problem(page.path(), page.fileLine(token.line()), "{{/" + token.name()
                        + "}} found while {{" + top.name() + "}} opened at line " + page.fileLine(top.line())
                        + " is still open"));
                    if (open.stream().anyMatch(t -> t.name().equals(token.name()))) {
                        while (!open.peek().name().equals(token.name())) {
                            open.pop();
                        }
                        open.pop();
                    }
                } else {
                    open.pop();
                }
            }
        }
        for (MacroToken token : open) {
            problems.add(new Problem(page.path(), page.fileLine(token.line()),
                "{{" + token.name() + "}} is never closed: it would swallow the rest of the page"));
        }
    }
}
