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
 * An action to carry out, decided in a meeting (objects on the meeting page).
 * <p>
 * The one definition of {@code CDD.Code.ActionItemClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ActionItemClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "actionItem";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ActionItemClass";

    /** What to do. */
    public static final String DESCRIPTION = "description";

    /** Who does it. */
    public static final String OWNER = "owner";

    /** By when. */
    public static final String DUE_DATE = "dueDate";

    /** To do, doing or done. */
    public static final String STATUS = "status";

    /** When it was done (stamped). */
    public static final String DONE_DATE = "doneDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .text(DESCRIPTION, 0)
        .add(OWNER, PropertyType.USER)
        .add(DUE_DATE, PropertyType.DATE)
        .list(STATUS, PropertyType.LIST, WorkflowStates.ACTION_ITEM_STATES)
        .add(DONE_DATE, PropertyType.DATE)
        .build();

    private ActionItemClass()
    {
    }
}
