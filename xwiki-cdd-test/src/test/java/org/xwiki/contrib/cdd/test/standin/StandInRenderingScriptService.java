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
package org.xwiki.contrib.cdd.test.standin;

import java.io.StringReader;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.parser.Parser;
import org.xwiki.rendering.renderer.BlockRenderer;
import org.xwiki.rendering.renderer.printer.DefaultWikiPrinter;
import org.xwiki.rendering.syntax.Syntax;
import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.rendering}: {@code escape} as the platform does it (read from its source): every
 * character prefixed with {@code ~} for xwiki/2.x, with {@code \} for xwiki/1.0, null otherwise; {@code parse} and
 * {@code render} with XWiki Rendering's own parser and renderers (no transformation runs, as in the platform's
 * service), null when they fail.
 *
 * @version $Id$
 */
@Component
@Named("rendering")
@Singleton
public class StandInRenderingScriptService implements ScriptService
{
    @Inject
    @Named("context")
    private javax.inject.Provider<ComponentManager> componentManager;

    /**
     * @param text wiki content
     * @param syntaxId its syntax, e.g. {@code xwiki/2.1}
     * @return its XDOM, null when it cannot be parsed
     */
    public XDOM parse(String text, String syntaxId)
    {
        try {
            return this.componentManager.get().<Parser>getInstance(Parser.class, syntaxId)
                .parse(new StringReader(text));
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * @param block a parsed block
     * @param outputSyntaxId the syntax to render to, e.g. {@code plain/1.0}
     * @return the rendered text, null when it cannot be rendered
     */
    public String render(Block block, String outputSyntaxId)
    {
        if (block == null) {
            return null;
        }
        try {
            DefaultWikiPrinter printer = new DefaultWikiPrinter();
            this.componentManager.get().<BlockRenderer>getInstance(BlockRenderer.class, outputSyntaxId)
                .render(block, printer);
            return printer.toString();
        } catch (Exception e) {
            return null;
        }
    }
    /**
     * @param content the text to escape
     * @param syntax the syntax it will be parsed with (Velocity converts {@code 'xwiki/2.1'} to a Syntax)
     * @return the escaped text, null when the syntax has no escape
     */
    public String escape(String content, Syntax syntax)
    {
        if (content == null || syntax == null) {
            return null;
        }
        String escapeChar;
        if (Syntax.XWIKI_2_0.equals(syntax) || Syntax.XWIKI_2_1.equals(syntax)) {
            escapeChar = "~";
        } else if (Syntax.XWIKI_1_0.equals(syntax)) {
            escapeChar = "\\";
        } else {
            return null;
        }
        StringBuilder result = new StringBuilder(content.length() * 2);
        for (char c : content.toCharArray()) {
            result.append(escapeChar).append(c);
        }
        return result.toString();
    }
}
