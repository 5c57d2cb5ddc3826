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
 * To whom a newsletter goes: the whole council, the animators, or one working group.
 *
 * @param id {@value #COUNCIL}, {@value #ANIMATORS} or the working group's page
 * @param title the working group's title; empty for the council and the animators (the page translates their names)
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record NewsletterAudience(String id, String title)
{
    /** Every member with a user. */
    public static final String COUNCIL = "council";

    /** The animators' group. */
    public static final String ANIMATORS = "animators";

    /** @return whether it is one working group */
    public boolean isGroup()
    {
        return !COUNCIL.equals(this.id) && !ANIMATORS.equals(this.id);
    }
}
