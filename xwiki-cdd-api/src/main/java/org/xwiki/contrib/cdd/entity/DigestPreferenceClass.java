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

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * Whether a user receives the daily reminder e-mail and the council's newsletter. One object per user who chose, on the
 * state page {@value #PAGE}, written only by {@code CDD.Code.DigestService} with the user as the user: nobody can turn
 * someone else's e-mails off or on. A user without an object receives both, the digest in the language of whoever
 * runs it, the newsletter in the language the animator chose for it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class DigestPreferenceClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "digestPreference";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.DigestPreferenceClass";

    /** The page holding every choice, in the space only administrators edit. */
    public static final String PAGE = "CDD.States.Digest";

    /** The user who chose. */
    public static final String USER = "user";

    /** Whether they receive the digest (1) or turned it off (0). */
    public static final String DIGEST = "digest";

    /** The language of their e-mail, one of {@link #LANGUAGES}; empty: the language of whoever runs the digest. */
    public static final String LANGUAGE = "language";

    /** Whether they receive the council's newsletter (1) or turned it off (0). */
    public static final String NEWSLETTER = "newsletter";

    /** The languages the application's e-mails are written in. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(USER, PropertyType.USER)
        .add(DIGEST, PropertyType.BOOLEAN)
        .list(LANGUAGE, PropertyType.LIST, LANGUAGES)
        .add(NEWSLETTER, PropertyType.BOOLEAN)
        .build();

    private DigestPreferenceClass()
    {
    }
}
