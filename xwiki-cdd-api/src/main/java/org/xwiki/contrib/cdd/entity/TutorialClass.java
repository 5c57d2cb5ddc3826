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
 * A tutorial for members, referents or animators.
 * <p>
 * The one definition of {@code CDD.Code.TutorialClass}: property names, types and list values. The XAR class
 * must match it. The steps are the page content (a {@code cdd-steps} macro, screenshots attached to the page), which
 * XWiki translates with the page.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class TutorialClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "tutorial";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.TutorialClass";

    /** The tool it explains, when the toolbox has it. */
    public static final String TOOL = "tool";

    /** The tool it explains, in words. */
    public static final String TOOL_NAME = "toolName";

    /** Who it is for. */
    public static final String AUDIENCE = "audience";

    /** Beginner, intermediate or advanced. */
    public static final String LEVEL = "level";

    /** How long it takes, in minutes. */
    public static final String DURATION_MINUTES = "durationMinutes";

    /** What to know or have first. */
    public static final String PREREQUISITES = "prerequisites";

    /** When it was last checked against the real pages. */
    public static final String LAST_REVIEWED = "lastReviewed";

    /** Who checked it. */
    public static final String REVIEWER = "reviewer";

    /** Draft or published. */
    public static final String STATUS = "status";

    /** When it was published (stamped). */
    public static final String PUBLICATION_DATE = "publicationDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .page(TOOL, PropertyType.PAGE, ToolClass.REFERENCE)
        .add(TOOL_NAME, PropertyType.STRING)
        .list(AUDIENCE, PropertyType.LIST_MULTI, "member", "referent", "animator")
        .list(LEVEL, PropertyType.LIST, "beginner", "intermediate", "advanced")
        .add(DURATION_MINUTES, PropertyType.INTEGER)
        .text(PREREQUISITES, 0)
        .add(LAST_REVIEWED, PropertyType.DATE)
        .add(REVIEWER, PropertyType.USER)
        .list(STATUS, PropertyType.LIST, WorkflowStates.TUTORIAL_STATES)
        .add(PUBLICATION_DATE, PropertyType.DATE)
        .build();

    private TutorialClass()
    {
    }
}
