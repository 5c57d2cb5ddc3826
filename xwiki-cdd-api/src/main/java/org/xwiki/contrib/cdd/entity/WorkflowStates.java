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
 * The ids of the workflow states, as the status properties of the entity classes store them: the one place they are
 * written. The moves between them, and who may make them, are {@code CouncilWorkflows}' (which depends on this class,
 * never the other way round).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class WorkflowStates
{
    /** A referral arrived. */
    public static final String RECEIVED = "received";

    /** The council takes it up and gives it to a group. */
    public static final String ACCEPTED = "accepted";

    /** The group works on it. */
    public static final String IN_PROGRESS = "in_progress";

    /** The council adopted its opinion. */
    public static final String OPINION_ADOPTED = "opinion_adopted";

    /** The opinion went to the deliberative bodies. */
    public static final String TRANSMITTED = "transmitted";

    /** The deliberative body answered. */
    public static final String ANSWERED = "answered";

    /** Nothing more to do. */
    public static final String CLOSED = "closed";

    /** The council will not answer (with a reason). */
    public static final String DECLINED = "declined";

    /** Being written, or not validated yet. */
    public static final String DRAFT = "draft";

    /** Submitted to the group referents. */
    public static final String IN_REVIEW = "in_review";

    /** Adopted by the plenary or the bureau. */
    public static final String ADOPTED = "adopted";

    /** Public. */
    public static final String PUBLISHED = "published";

    /** Kept for history, no longer current. */
    public static final String ARCHIVED = "archived";

    /** No answer from the elected body yet. */
    public static final String PENDING = "pending";

    /** The elected body took the recommendation into account. */
    public static final String TAKEN_INTO_ACCOUNT = "taken_into_account";

    /** The elected body partly took it into account. */
    public static final String PARTLY = "partly";

    /** The elected body did not take it into account. */
    public static final String NOT_TAKEN = "not_taken";

    /** An action not started. */
    public static final String TODO = "todo";

    /** An action under way. */
    public static final String DOING = "doing";

    /** An action done. */
    public static final String DONE = "done";

    /** Minutes validated by the group referent. */
    public static final String VALIDATED = "validated";

    /** Activity report: debated by every deliberative body the council serves. */
    public static final String DEBATED = "debated";

    /** Charter article: proposed, not yet adopted. */
    public static final String PROPOSED = "proposed";

    /** Charter article: no longer in force. */
    public static final String REPEALED = "repealed";

    /** The states of a referral, the first one first. */
    public static final List<String> SAISINE_STATES = List.of(RECEIVED, ACCEPTED, IN_PROGRESS, OPINION_ADOPTED,
        TRANSMITTED, ANSWERED, CLOSED, DECLINED);

    /** The states of a contribution, the first one first. */
    public static final List<String> CONTRIBUTION_STATES = List.of(DRAFT, IN_REVIEW, ADOPTED, PUBLISHED, ARCHIVED);

    /** The states of the follow-up of a recommendation, the first one first. */
    public static final List<String> RECOMMENDATION_STATES = List.of(PENDING, TAKEN_INTO_ACCOUNT, PARTLY, NOT_TAKEN);

    /** The states of an action item, the first one first. */
    public static final List<String> ACTION_ITEM_STATES = List.of(TODO, DOING, DONE);

    /** The states of a tutorial, the first one first. */
    public static final List<String> TUTORIAL_STATES = List.of(DRAFT, PUBLISHED);

    /** The states of the minutes of a meeting, the first one first. */
    public static final List<String> MINUTES_STATES = List.of(DRAFT, VALIDATED);

    /** The states of a charter article, the first one first. */
    public static final List<String> ARTICLE_STATES = List.of(PROPOSED, ADOPTED, REPEALED);

    /** The states of an activity report, the first one first. */
    public static final List<String> REPORT_STATES = List.of(DRAFT, VALIDATED, DEBATED, PUBLISHED);

    private WorkflowStates()
    {
    }
}
