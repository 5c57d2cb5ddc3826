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
 * A meeting: of a group, a plenary, the bureau or a public event.
 * <p>
 * The one definition of {@code CDD.Code.MeetingClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class MeetingClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "meeting";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.MeetingClass";

    /** Kind: a working-group meeting. */
    public static final String GROUP_MEETING = MeetingClass.GROUP;

    /** Kind: a plenary. */
    public static final String PLENARY = "plenary";

    /** Kind: a bureau meeting. */
    public static final String BUREAU = "bureau";

    /** Kind: a public event. */
    public static final String PUBLIC_EVENT = "public_event";

    /** Group meeting, plenary, bureau or public event. */
    public static final String KIND = "kind";

    /** The group, for a group meeting. */
    public static final String GROUP = "group";

    /** Date and time it starts. */
    public static final String START = "start";

    /** How long it lasts, in minutes. */
    public static final String DURATION_MINUTES = "durationMinutes";

    /** The commune where it takes place. */
    public static final String COMMUNE = "commune";

    /** The address. */
    public static final String ADDRESS = "address";

    /** The link of an online meeting. */
    public static final String ONLINE_LINK = "onlineLink";

    /** The agenda. */
    public static final String AGENDA = "agenda";

    /** The members expected. */
    public static final String EXPECTED = "expected";

    /** The members who came. */
    public static final String ATTENDEES = "attendees";

    /** The members excused. */
    public static final String EXCUSED = "excused";

    /** The facilitation methods used. */
    public static final String METHODS = "methods";

    /** The decisions taken (relevé de décisions). */
    public static final String DECISIONS = "decisions";

    /** The minutes (compte-rendu), written from the minutes template. */
    public static final String MINUTES = "minutes";

    /** Whether the minutes are validated. */
    public static final String MINUTES_STATUS = "minutesStatus";

    /** When the minutes were validated (stamped). */
    public static final String MINUTES_VALIDATED_DATE = "minutesValidatedDate";

    /** Whether the meeting was cancelled: it stays on its page and in the calendars, marked cancelled. */
    public static final String CANCELLED = "cancelled";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .list(KIND, PropertyType.LIST, GROUP_MEETING, PLENARY, BUREAU, PUBLIC_EVENT)
        .page(GROUP, PropertyType.PAGE, GroupClass.REFERENCE)
        .add(START, PropertyType.DATE_TIME)
        .add(DURATION_MINUTES, PropertyType.INTEGER)
        .add(COMMUNE, PropertyType.CONFIGURED)
        .add(ADDRESS, PropertyType.STRING)
        .add(ONLINE_LINK, PropertyType.STRING)
        .text(AGENDA, 0)
        .page(EXPECTED, PropertyType.PAGES, MemberClass.REFERENCE)
        .page(ATTENDEES, PropertyType.PAGES, MemberClass.REFERENCE)
        .page(EXCUSED, PropertyType.PAGES, MemberClass.REFERENCE)
        .page(METHODS, PropertyType.PAGES, MethodClass.REFERENCE)
        .text(DECISIONS, 0)
        .text(MINUTES, 0)
        .list(MINUTES_STATUS, PropertyType.LIST, WorkflowStates.MINUTES_STATES)
        .add(MINUTES_VALIDATED_DATE, PropertyType.DATE)
        .add(CANCELLED, PropertyType.BOOLEAN)
        .build();

    private MeetingClass()
    {
    }
}
