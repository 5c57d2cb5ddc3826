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
package org.xwiki.contrib.cdd.knowledge;

import org.xwiki.stability.Unstable;

/**
 * One cell of the tool comparison, as the page must show it.
 *
 * @param kind {@code key} (a translation key to render), {@code date} (an ISO day), {@code link} (a web address) or
 *     {@code text} (shown as is, escaped)
 * @param value the key, ISO day, address or text; empty when the tool's record says nothing
 * @param text what a reader sees when no translation is needed: the day written for the reader's locale, else the
 *     value
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ToolCell(String kind, String value, String text)
{

    /** A translation key. */
    public static final String KEY = "key";

    /** An ISO day. */
    public static final String DATE = "date";

    /** A web address. */
    public static final String LINK = "link";

    /** Plain text. */
    public static final String TEXT = "text";

    /**
     * @param kind the kind
     * @param value the value, shown as it is
     */
    public ToolCell(String kind, String value)
    {
        this(kind, value, value);
    }
}
