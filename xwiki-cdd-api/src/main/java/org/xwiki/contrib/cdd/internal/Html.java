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
package org.xwiki.contrib.cdd.internal;

import org.xwiki.xml.XMLUtils;

/**
 * Escapes text for the HTML written in Java: the macros' raw blocks (charts, time elements) and the form fields of
 * {@code $services.cdd}. It is XWiki's own escaper ({@code XMLUtils}, what {@code $escapetool.xml} uses), which also
 * escapes <code>{</code> so that no value can open or close a macro around it.
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class Html
{
    private Html()
    {
    }

    /**
     * @param text any text, possibly typed by a member
     * @return the text with {@code & < > " ' {} escaped, safe in element content and in quoted attributes
     */
    public static String escape(String text)
    {
        return text == null ? "" : XMLUtils.escape(text);
    }
}
