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
 * What a facilitator thought of a method after using it in a meeting: an object on the method page, one per feedback.
 * <p>
 * The one definition of {@code CDD.Code.MethodFeedbackClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class MethodFeedbackClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "methodFeedback";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.MethodFeedbackClass";

    /** The meeting where the method was used. */
    public static final String MEETING = "meeting";

    /** How well it worked, from 1 (poorly) to 5 (very well). */
    public static final String RATING = "rating";

    /** What worked, what to change. */
    public static final String COMMENT = "comment";

    /** Who gives the feedback. */
    public static final String AUTHOR = "author";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .page(MEETING, PropertyType.PAGE, MeetingClass.REFERENCE)
        .list(RATING, PropertyType.LIST, "1", "2", "3", "4", "5")
        .text(COMMENT, 0)
        .add(AUTHOR, PropertyType.USER)
        .build();

    private MethodFeedbackClass()
    {
    }
}
