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

import java.util.List;
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Writes the feed of the council's publications (Atom 1.0, RFC 4287).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface PublicationFeed
{
    /** The most entries a feed holds: the newest publications; a reader keeps the older ones it already read. */
    int MAX_ENTRIES = 50;

    /**
     * @param head the feed's URLs, title and author
     * @param opinions the published opinions, the newest first; only the first {@link #MAX_ENTRIES} are written
     * @param urls the URL of each opinion's public page, by page: absolute, or relative to the feed's own URL
     * @return the Atom document
     */
    String atom(FeedHead head, List<PublishedOpinion> opinions, Map<String, String> urls);
}
