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
package org.xwiki.contrib.cdd.entity;

import org.xwiki.stability.Unstable;

/**
 * A working group (groupe de travail) of the council.
 * <p>
 * The one definition of {@code CDD.Code.GroupClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class GroupClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "group";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.GroupClass";

    /** Status: the group works. */
    public static final String ACTIVE = "active";

    /** Status: paused. */
    public static final String PAUSED = "paused";

    /** Status: closed. */
    public static final String CLOSED = "closed";

    /** What the group was asked to work on. */
    public static final String MANDATE = "mandate";

    /** Active, paused or closed. */
    public static final String STATUS = "status";

    /** The group referents (wiki users). */
    public static final String REFERENTS = "referents";

    /** The member pages of the group. */
    public static final String MEMBERS = "members";

    /** Themes or policies (configured list). */
    public static final String THEMES = "themes";

    /** When the group started. */
    public static final String START_DATE = "startDate";

    /** When the group ended, if it did. */
    public static final String END_DATE = "endDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .text(MANDATE, 0)
        .list(STATUS, PropertyType.LIST, ACTIVE, PAUSED, CLOSED)
        .add(REFERENTS, PropertyType.USERS)
        .page(MEMBERS, PropertyType.PAGES, MemberClass.REFERENCE)
        .add(THEMES, PropertyType.CONFIGURED_MULTI)
        .add(START_DATE, PropertyType.DATE)
        .add(END_DATE, PropertyType.DATE)
        .build();

    private GroupClass()
    {
    }
}
