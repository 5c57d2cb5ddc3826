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

import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Writes what a public copy holds as text, stored on the copy by the workflow service, and reads it back for the
 * library, the follow-up page, the feed and the open data.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface PublicationFacts
{
    /** The longest text read back, in characters: an opinion with a hundred long recommendations stays far below. */
    int MAX_LENGTH = 1_000_000;

    /**
     * @param opinion what to publish
     * @return it as text (JSON)
     */
    String write(PublishedOpinion opinion);

    /**
     * @param page the copy's page, which the text does not hold (a copy can be renamed)
     * @param text what {@link #write} wrote
     * @return the opinion; empty when the text is missing, longer than {@link #MAX_LENGTH} or not an opinion
     */
    Optional<PublishedOpinion> read(String page, String text);
}
