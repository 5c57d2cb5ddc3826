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
 * An opinion, contribution, note or report of the council.
 * <p>
 * The one definition of {@code CDD.Code.ContributionClass}: property names, types and list values. The XAR class
 * must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ContributionClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "contribution";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ContributionClass";

    /** Type: opinion (avis). */
    public static final String OPINION = "opinion";

    /** Type: contribution. */
    public static final String CONTRIBUTION = ContributionClass.ID;

    /** Type: note. */
    public static final String NOTE = "note";

    /** Type: report (rapport). */
    public static final String REPORT = "report";

    /** Adopting body: the plenary. */
    public static final String PLENARY = "plenary";

    /** Adopting body: the bureau. */
    public static final String BUREAU = "bureau";

    /** The longest summary, in characters. */
    public static final int SUMMARY_MAX_LENGTH = 500;

    /** Opinion (avis), contribution, note or report. */
    public static final String TYPE = "type";

    /** The referral it answers, if any. */
    public static final String SAISINE = "saisine";

    /** The group that wrote it. */
    public static final String GROUP = "group";

    /** Its authors. */
    public static final String AUTHORS = "authors";

    /** Themes (configured list). */
    public static final String THEMES = "themes";

    /** A summary of at most 500 characters. */
    public static final String SUMMARY = "summary";

    /** Section 1 of the text: the context and the question. */
    public static final String CONTEXT = "context";

    /** Section 2: what the group found (its analysis). */
    public static final String FINDINGS = "findings";

    /** Section 4: annexes (sources, hearings, data); the recommendations are section 3, one object each. */
    public static final String ANNEXES = "annexes";

    /** The workflow state. */
    public static final String STATUS = "status";

    /** When it was adopted. */
    public static final String ADOPTION_DATE = "adoptionDate";

    /** The plenary or the bureau. */
    public static final String ADOPTING_BODY = "adoptingBody";

    /** Votes for. */
    public static final String VOTES_FOR = "votesFor";

    /** Votes against. */
    public static final String VOTES_AGAINST = "votesAgainst";

    /** Abstentions. */
    public static final String VOTES_ABSTENTION = "votesAbstention";

    /** When it was published (stamped). */
    public static final String PUBLICATION_DATE = "publicationDate";

    /** The deliberative bodies it was sent to. */
    public static final String TRANSMITTED_TO = "transmittedTo";

    /** When it was archived (stamped). */
    public static final String ARCHIVED_DATE = "archivedDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .list(TYPE, PropertyType.LIST, OPINION, CONTRIBUTION, NOTE, REPORT)
        .page(SAISINE, PropertyType.PAGE, SaisineClass.REFERENCE)
        .page(GROUP, PropertyType.PAGE, GroupClass.REFERENCE)
        .add(AUTHORS, PropertyType.USERS)
        .add(THEMES, PropertyType.CONFIGURED_MULTI)
        .text(SUMMARY, SUMMARY_MAX_LENGTH)
        .text(CONTEXT, 0)
        .text(FINDINGS, 0)
        .text(ANNEXES, 0)
        .list(STATUS, PropertyType.LIST, WorkflowStates.CONTRIBUTION_STATES)
        .add(ADOPTION_DATE, PropertyType.DATE)
        .list(ADOPTING_BODY, PropertyType.LIST, PLENARY, BUREAU)
        .add(VOTES_FOR, PropertyType.INTEGER)
        .add(VOTES_AGAINST, PropertyType.INTEGER)
        .add(VOTES_ABSTENTION, PropertyType.INTEGER)
        .add(PUBLICATION_DATE, PropertyType.DATE)
        .add(TRANSMITTED_TO, PropertyType.CONFIGURED_MULTI)
        .add(ARCHIVED_DATE, PropertyType.DATE)
        .build();

    private ContributionClass()
    {
    }
}
