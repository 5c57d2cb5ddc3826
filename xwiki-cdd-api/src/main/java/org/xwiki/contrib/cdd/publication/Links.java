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
package org.xwiki.contrib.cdd.publication;

import java.net.URI;
import java.net.URISyntaxException;

import org.xwiki.stability.Unstable;

/**
 * The addresses the feeds and files give: a page's URL as {@code $xwiki.getURL} writes it, made absolute against one
 * absolute URL of the wiki (a feed is read from outside), and the wiki's host, which makes identifiers unique.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class Links
{
    private Links()
    {
    }

    /**
     * @param base an absolute URL of the wiki; null to keep {@code url} as it is
     * @param url a URL, absolute or relative to {@code base}
     * @return the absolute URL; empty when either cannot be read
     */
    public static String absolute(String base, String url)
    {
        if (url == null) {
            return "";
        }
        try {
            return base == null ? url : new URI(base).resolve(new URI(url)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * @param url an absolute URL
     * @param fallback what to answer when it names no host
     * @return its host
     */
    public static String host(String url, String fallback)
    {
        try {
            String host = url == null || url.isEmpty() ? null : new URI(url).getHost();
            return host == null ? fallback : host;
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
