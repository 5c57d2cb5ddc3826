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
 * A resource dossier: the page that gathers the resources of one topic for a group, with a short synthesis.
 * <p>
 * The one definition of {@code CDD.Code.DossierClass}. The synthesis is the page content, which XWiki translates; the
 * resources are the dossier's child pages, each with a {@link ResourceClass} object.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class DossierClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "dossier";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.DossierClass";

    /** The group it serves. */
    public static final String GROUP = "group";

    /** Themes (configured list). */
    public static final String THEMES = "themes";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .page(GROUP, PropertyType.PAGE, GroupClass.REFERENCE)
        .add(THEMES, PropertyType.CONFIGURED_MULTI)
        .build();

    private DossierClass()
    {
    }
}
