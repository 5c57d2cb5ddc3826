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
 * A facilitation method of the toolbox.
 * <p>
 * The one definition of {@code CDD.Code.MethodClass}: property names, types and list values. The XAR class
 * must match it. What a facilitator writes in sentences (materials, roles, steps, tips, accessibility) is the page
 * content, not properties: XWiki translates a page's content, never its objects, and the toolbox ships in French and
 * English.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class MethodClass
{
    /** Format: in the same room. */
    public static final String IN_PERSON = "in_person";

    /** Format: by video. */
    public static final String ONLINE = "online";

    /** Format: works in the room or by video. */
    public static final String BOTH = "both";

    /** The entity id, used in pages and translation keys. */
    public static final String ID = "method";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.MethodClass";

    /** What it is good for. */
    public static final String OBJECTIVES = "objectives";

    /** Fewest participants. */
    public static final String PARTICIPANTS_MIN = "participantsMin";

    /** Most participants. */
    public static final String PARTICIPANTS_MAX = "participantsMax";

    /** How long it takes, in minutes. */
    public static final String DURATION_MINUTES = "durationMinutes";

    /** In person, online or both. */
    public static final String FORMAT = "format";

    /** Preparation time, in minutes. */
    public static final String PREPARATION_MINUTES = "preparationMinutes";

    /** Where the method comes from. */
    public static final String SOURCE = "source";

    /** Its licence. */
    public static final String LICENCE = "licence";

    /** How hard it is to facilitate. */
    public static final String DIFFICULTY = "difficulty";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .list(OBJECTIVES, PropertyType.LIST_MULTI, "icebreaker", "ideation", "debate", "prioritisation",
            "decision", "diagnosis", "evaluation", "inclusion")
        .add(PARTICIPANTS_MIN, PropertyType.INTEGER)
        .add(PARTICIPANTS_MAX, PropertyType.INTEGER)
        .add(DURATION_MINUTES, PropertyType.INTEGER)
        .list(FORMAT, PropertyType.LIST, IN_PERSON, ONLINE, BOTH)
        .add(PREPARATION_MINUTES, PropertyType.INTEGER)
        .add(SOURCE, PropertyType.STRING)
        .add(LICENCE, PropertyType.STRING)
        .list(DIFFICULTY, PropertyType.LIST, "easy", "medium", "hard")
        .build();

    private MethodClass()
    {
    }
}
