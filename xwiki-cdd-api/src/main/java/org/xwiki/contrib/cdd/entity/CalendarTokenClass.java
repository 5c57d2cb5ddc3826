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
 * The one definition of {@code CDD.Code.CalendarTokenClass}: the hash of the secret a member puts in the address of
 * their calendar feeds, one object per member on {@link #PAGE}, written only by {@code CDD.Code.CalendarService}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class CalendarTokenClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "calendarToken";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.CalendarTokenClass";

    /** The page that holds every member's object: in CDD.States, which only administrators edit. */
    public static final String PAGE = "CDD.States.Calendar";

    /** The member. */
    public static final String USER = "user";

    /** The SHA-256 of the secret, never the secret. */
    public static final String TOKEN_HASH = "tokenHash";

    /** When the secret was created. */
    public static final String CREATED = "created";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(USER, PropertyType.USER)
        .add(TOKEN_HASH, PropertyType.STRING)
        .add(CREATED, PropertyType.DATE_TIME)
        .build();

    private CalendarTokenClass()
    {
    }
}
