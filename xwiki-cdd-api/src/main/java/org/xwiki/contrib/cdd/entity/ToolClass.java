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
 * A collaborative tool the council assessed.
 * <p>
 * The one definition of {@code CDD.Code.ToolClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ToolClass
{
    /** The value "other" of the category and data location lists. */
    public static final String OTHER = "other";

    /** The entity id, used in pages and translation keys. */
    public static final String ID = "tool";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ToolClass";

    /** What kind of tool. */
    public static final String CATEGORY = "category";

    /** Its address. */
    public static final String URL = "url";

    /** What it costs. */
    public static final String COST = "cost";

    /** Who hosts it. */
    public static final String HOSTING = "hosting";

    /** Where the data is kept. */
    public static final String DATA_LOCATION = "dataLocation";

    /** Whether it is open source. */
    public static final String OPEN_SOURCE = "openSource";

    /** How accessible it is. */
    public static final String ACCESSIBILITY = "accessibility";

    /** How hard it is to learn. */
    public static final String LEARNING_CURVE = "learningCurve";

    /** Adopted, on trial or rejected. */
    public static final String RECOMMENDATION = "recommendation";

    /** Why. */
    public static final String RATIONALE = "rationale";

    /** When it was assessed. */
    public static final String ASSESSMENT_DATE = "assessmentDate";

    /** Tutorials about it. */
    public static final String TUTORIALS = "tutorials";

    /** The categories of tools, in the order of the comparison page. */
    public static final String[] CATEGORIES = {"video", "poll", "co_writing", "mind_map", "calendar", "messaging",
        "file_sharing", "whiteboard", OTHER};

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .list(CATEGORY, PropertyType.LIST, CATEGORIES)
        .add(URL, PropertyType.STRING)
        .add(COST, PropertyType.STRING)
        .add(HOSTING, PropertyType.STRING)
        .list(DATA_LOCATION, PropertyType.LIST, "france", "eu", OTHER)
        .add(OPEN_SOURCE, PropertyType.BOOLEAN)
        .text(ACCESSIBILITY, 0)
        .list(LEARNING_CURVE, PropertyType.LIST, "easy", "medium", "hard")
        .list(RECOMMENDATION, PropertyType.LIST, "adopted", "trial", "rejected")
        .text(RATIONALE, 0)
        .add(ASSESSMENT_DATE, PropertyType.DATE)
        .page(TUTORIALS, PropertyType.PAGES, TutorialClass.REFERENCE)
        .build();

    private ToolClass()
    {
    }
}
