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
 * One recommendation of a contribution and its follow-up by the elected body (one object each on the contribution
 * page).
 * <p>
 * The one definition of {@code CDD.Code.RecommendationClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class RecommendationClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "recommendation";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.RecommendationClass";

    /** The recommendation. */
    public static final String TEXT = "text";

    /** The deliberative body it is addressed to. */
    public static final String ADDRESSEE = "addressee";

    /** What the elected body did with it. */
    public static final String FOLLOW_UP_STATUS = "followUpStatus";

    /** The elected body's reply. */
    public static final String REPLY = "reply";

    /** When it replied. */
    public static final String REPLY_DATE = "replyDate";

    /** When the council will look at it again. */
    public static final String REVIEW_DATE = "reviewDate";

    /** Whether the follow-up is published. */
    public static final String PUBLIC_FOLLOW_UP = "publicFollowUp";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .text(TEXT, 0)
        .add(ADDRESSEE, PropertyType.CONFIGURED)
        .list(FOLLOW_UP_STATUS, PropertyType.LIST, WorkflowStates.RECOMMENDATION_STATES)
        .text(REPLY, 0)
        .add(REPLY_DATE, PropertyType.DATE)
        .add(REVIEW_DATE, PropertyType.DATE)
        .add(PUBLIC_FOLLOW_UP, PropertyType.BOOLEAN)
        .build();

    private RecommendationClass()
    {
    }
}
