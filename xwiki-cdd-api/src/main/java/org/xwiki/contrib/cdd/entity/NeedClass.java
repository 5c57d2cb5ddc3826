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
 * A need of the members for a collaborative tool ("we need to choose meeting dates without endless e-mails"), and the
 * tools that answer it.
 * <p>
 * The one definition of {@code CDD.Code.NeedClass}: one object per need on {@code CDD.Tools.Needs}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class NeedClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "need";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.NeedClass";

    /** What the members need, in their words. */
    public static final String DESCRIPTION = "description";

    /** The kind of tool that would answer it. */
    public static final String CATEGORY = "category";

    /** The tools that answer it. */
    public static final String TOOLS = "tools";

    /** Who expressed it. */
    public static final String AUTHOR = "author";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .text(DESCRIPTION, 0)
        .list(CATEGORY, PropertyType.LIST, ToolClass.CATEGORIES)
        .page(TOOLS, PropertyType.PAGES, ToolClass.REFERENCE)
        .add(AUTHOR, PropertyType.USER)
        .build();

    private NeedClass()
    {
    }
}
