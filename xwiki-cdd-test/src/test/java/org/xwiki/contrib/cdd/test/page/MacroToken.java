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

/**
 * A macro marker found in page text: {@code {{name …}}}, {@code {{name …/}}} or {@code {{/name}}}.
 *
 * @param name the macro id
 * @param kind whether it opens, closes or stands alone
 * @param start the index of the first {@code {} in the text
 * @param end the index just after the closing {@code }}}
 * @param line the 0-based line of the text where the marker starts
 * @version $Id$
 */
public record MacroToken(String name, Kind kind, int start, int end, int line)
{
    /**
     * The three forms of a macro marker.
     */
    public enum Kind
    {
        /** {@code {{name}}}: starts a macro with content. */
        OPEN,
        /** {@code {{/name}}}: ends it. */
        CLOSE,
        /** {@code {{name/}}}: a macro without content. */
        STANDALONE
    }
}
