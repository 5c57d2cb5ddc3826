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
 * A referral (saisine): a formal request for the council's opinion, or a self-referral.
 * <p>
 * The one definition of {@code CDD.Code.SaisineClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class SaisineClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "saisine";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.SaisineClass";

    /** Kind: mandatory consultation. */
    public static final String MANDATORY = "mandatory";

    /** Kind: optional referral. */
    public static final String OPTIONAL = "optional";

    /** Kind: self-referral (auto-saisine). */
    public static final String SELF = "self";

    /** Mandatory consultation, optional referral or self-referral. */
    public static final String KIND = "kind";

    /** The body that refers the matter (configured: PETR, each EPCI, other). */
    public static final String ORIGIN_BODY = "originBody";

    /** Who asked, e.g. the president of the PETR. */
    public static final String REQUESTER = "requester";

    /** Policies and themes concerned (configured list). */
    public static final String THEMES = "themes";

    /** The question put to the council. */
    public static final String QUESTION = "question";

    /** When the referral was received. */
    public static final String RECEIVED_DATE = "receivedDate";

    /** The legal or requested deadline. */
    public static final String DUE_DATE = "dueDate";

    /** Why the due date is not the one the council's default delay gives (a legal basis, an agreement…). */
    public static final String DUE_DATE_REASON = "dueDateReason";

    /** The legal basis, e.g. CGCT L5211-10-1. */
    public static final String LEGAL_BASIS = "legalBasis";

    /** The working group in charge. */
    public static final String GROUP = "group";

    /** The workflow state. */
    public static final String STATUS = "status";

    /** When the council took it up (stamped). */
    public static final String ACCEPTED_DATE = "acceptedDate";

    /** Why the council declined it. */
    public static final String DECLINE_REASON = "declineReason";

    /** The contributions it produced. */
    public static final String CONTRIBUTIONS = "contributions";

    /** When the opinion was transmitted. */
    public static final String TRANSMITTED_DATE = "transmittedDate";

    /** The deliberative bodies it was transmitted to. */
    public static final String TRANSMITTED_TO = "transmittedTo";

    /** When the elected body answered (stamped). */
    public static final String ANSWERED_DATE = "answeredDate";

    /** When it was closed or declined (stamped). */
    public static final String CLOSED_DATE = "closedDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .list(KIND, PropertyType.LIST, MANDATORY, OPTIONAL, SELF)
        .add(ORIGIN_BODY, PropertyType.CONFIGURED)
        .add(REQUESTER, PropertyType.STRING)
        .add(THEMES, PropertyType.CONFIGURED_MULTI)
        .text(QUESTION, 0)
        .add(RECEIVED_DATE, PropertyType.DATE)
        .add(DUE_DATE, PropertyType.DATE)
        .text(DUE_DATE_REASON, 0)
        .text(LEGAL_BASIS, 0)
        .page(GROUP, PropertyType.PAGE, GroupClass.REFERENCE)
        .list(STATUS, PropertyType.LIST, WorkflowStates.SAISINE_STATES)
        .add(ACCEPTED_DATE, PropertyType.DATE)
        .text(DECLINE_REASON, 0)
        .page(CONTRIBUTIONS, PropertyType.PAGES, ContributionClass.REFERENCE)
        .add(TRANSMITTED_DATE, PropertyType.DATE)
        .add(TRANSMITTED_TO, PropertyType.CONFIGURED_MULTI)
        .add(ANSWERED_DATE, PropertyType.DATE)
        .add(CLOSED_DATE, PropertyType.DATE)
        .build();

    private SaisineClass()
    {
    }
}
