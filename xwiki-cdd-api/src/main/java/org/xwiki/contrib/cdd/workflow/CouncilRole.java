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

import java.util.List;
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

    /** The wiki group of the council's members. */
    public static final String MEMBERS_GROUP = "CDD.Code.MembersGroup";

    /** The wiki group of the group referents. */
    public static final String REFERENTS_GROUP = "CDD.Code.ReferentsGroup";

    /** The wiki group of the animators. */
    public static final String ANIMATORS_GROUP = "CDD.Code.AnimatorsGroup";

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
     * @return the wiki group that gives this role
     */
    public String group()
    {
        switch (this) {
            case ANIMATOR:
                return ANIMATORS_GROUP;
            case REFERENT:
                return REFERENTS_GROUP;
            default:
                return MEMBERS_GROUP;
        }
    }

    /**
     * The groups a user's role is read from: exactly these pages. A name that merely ends like one of them
     * ({@code CDD.Groups.x:CDD.Code.AnimatorsGroup}, a page any member may create) gives no role.
     *
     * @return the full names of the three council groups, members first
     */
    public static List<String> groups()
    {
        return List.of(MEMBERS_GROUP, REFERENTS_GROUP, ANIMATORS_GROUP);
    }

    /**
     * @param groups the full names of the wiki groups of a user, as the role query returns them (no wiki prefix)
     * @return the highest role those groups give, null when none (a guest, or a user outside the council)
     */
    public static CouncilRole fromGroups(java.util.Collection<String> groups)
    {
        CouncilRole best = null;
        for (CouncilRole role : values()) {
            boolean inGroup = groups != null && groups.contains(role.group());
            if (inGroup) {
                best = role;
            }
        }
        return best;
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
