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
package org.xwiki.contrib.cdd.workflow;

import java.util.Locale;

import org.xwiki.stability.Unstable;

/**
 * The roles the council's rules know. Pages map wiki groups to a role ({@code CDD.Code.MembersGroup} → member…) and
 * pass it in. A role covers the ones below it: an animator may do what a referent may do, who may do what a member may.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public enum CouncilRole
{
    /** A council member. */
    MEMBER,

    /** A working-group referent. */
    REFERENT,

    /** The animator (chargée de mission) or the intern. */
    ANIMATOR;

    /**
     * @return the id used in pages and translation keys, e.g. {@code referent}
     */
    public String id()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param required the role a transition requires
     * @return whether this role may do it
     */
    public boolean covers(CouncilRole required)
    {
        return compareTo(required) >= 0;
    }

    /**
     * @param id a role id such as {@code animator}
     * @return the role, or null when unknown (a guest has no role)
     */
    public static CouncilRole fromId(String id)
    {
        for (CouncilRole role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        return null;
    }
}
