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
 * A council member: what the other members may see. The private data (gender, age class, contact, councillor flag)
 * are in {@link MemberPrivateClass}, on a page only the animators may read.
 * <p>
 * The one definition of {@code CDD.Code.MemberClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class MemberClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "member";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.MemberClass";

    /** The space of the member pages, which only animators edit. */
    public static final String SPACE = "CDD.Members";

    /** Role: president. */
    public static final String PRESIDENT = "president";

    /** Role: vice-president. */
    public static final String VICE_PRESIDENT = "vice_president";

    /** Role: bureau member. */
    public static final String BUREAU = "bureau";

    /** Role: group referent. */
    public static final String REFERENT = "referent";

    /** Role: member. */
    public static final String MEMBER = MemberClass.ID;

    /** The college (configured: citizens, associations, economic actors…). */
    public static final String COLLEGE = "college";

    /** The structure represented, if any. */
    public static final String STRUCTURE = "structure";

    /** The commune of residence or activity (configured list). */
    public static final String COMMUNE = "commune";

    /** The EPCI, derived from the commune. */
    public static final String EPCI = "epci";

    /** Role in the council. */
    public static final String ROLE = "role";

    /** Start of the mandate. */
    public static final String MANDATE_START = "mandateStart";

    /** End of the mandate. */
    public static final String MANDATE_END = "mandateEnd";

    /** The member's wiki account, if any. */
    public static final String USER = "user";

    /** Whether the member agrees to appear publicly. */
    public static final String PUBLICATION_CONSENT = "publicationConsent";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(COLLEGE, PropertyType.CONFIGURED)
        .add(STRUCTURE, PropertyType.STRING)
        .add(COMMUNE, PropertyType.CONFIGURED)
        .add(EPCI, PropertyType.CONFIGURED)
        .list(ROLE, PropertyType.LIST, PRESIDENT, VICE_PRESIDENT, BUREAU, REFERENT, MEMBER)
        .add(MANDATE_START, PropertyType.DATE)
        .add(MANDATE_END, PropertyType.DATE)
        .add(USER, PropertyType.USER)
        .add(PUBLICATION_CONSENT, PropertyType.BOOLEAN)
        .build();

    private MemberClass()
    {
    }
}
