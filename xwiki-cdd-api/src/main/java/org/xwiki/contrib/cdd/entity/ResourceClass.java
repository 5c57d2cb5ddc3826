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
 * A document of a resource dossier.
 * <p>
 * The one definition of {@code CDD.Code.ResourceClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ResourceClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "resource";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ResourceClass";

    /** What kind of document. */
    public static final String TYPE = "type";

    /** Author or source. */
    public static final String SOURCE = "source";

    /** When it was published. */
    public static final String PUBLICATION_DATE = "publicationDate";

    /** Where to find it. */
    public static final String URL = "url";

    /** Themes (configured list). */
    public static final String THEMES = "themes";

    /** The group it serves. */
    public static final String GROUP = "group";

    /** What it says. */
    public static final String SUMMARY = "summary";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .list(TYPE, PropertyType.LIST, "report", "study", "article", "data", "video", "law", "other")
        .add(SOURCE, PropertyType.STRING)
        .add(PUBLICATION_DATE, PropertyType.DATE)
        .add(URL, PropertyType.STRING)
        .add(THEMES, PropertyType.CONFIGURED_MULTI)
        .page(GROUP, PropertyType.PAGE, GroupClass.REFERENCE)
        .text(SUMMARY, 0)
        .build();

    private ResourceClass()
    {
    }
}
