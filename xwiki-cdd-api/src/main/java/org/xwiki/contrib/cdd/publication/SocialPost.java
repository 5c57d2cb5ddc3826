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

import org.xwiki.stability.Unstable;

/**
 * A ready-to-copy post announcing a publication on a social network.
 *
 * @param network {@code mastodon}, {@code linkedin} or {@code facebook}
 * @param text the post
 * @param length its length as the network counts it (Mastodon counts a link as 23 characters)
 * @param limit the network's limit
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record SocialPost(String network, String text, int length, int limit)
{
    /**
     * @return whether the post fits the network's limit
     */
    public boolean fits()
    {
        return this.length <= this.limit;
    }
}
