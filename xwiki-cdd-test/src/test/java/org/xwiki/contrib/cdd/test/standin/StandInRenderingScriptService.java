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

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.rendering.syntax.Syntax;
import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.rendering}: {@code escape} as the platform does it (read from its source): every
 * character prefixed with {@code ~} for xwiki/2.x, with {@code \} for xwiki/1.0, null otherwise.
 *
 * @version $Id$
 */
@Component
@Named("rendering")
@Singleton
public class StandInRenderingScriptService implements ScriptService
{
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
