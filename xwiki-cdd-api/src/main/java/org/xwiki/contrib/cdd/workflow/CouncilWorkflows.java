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
package org.xwiki.contrib.cdd.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.ReportClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.ArticleClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.stability.Unstable;

import static org.xwiki.contrib.cdd.workflow.CouncilRole.ANIMATOR;
import static org.xwiki.contrib.cdd.workflow.CouncilRole.MEMBER;
import static org.xwiki.contrib.cdd.workflow.CouncilRole.REFERENT;

/**
 * The council's workflows: every state id, transition, role and required field in one place. The entity definitions
 * take their status values from here, and docs/architecture.md prints these tables.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class CouncilWorkflows
{
    /** A referral arrived. */
    public static final String RECEIVED = WorkflowStates.RECEIVED;

    /** The council takes it up and gives it to a group. */
    public static final String ACCEPTED = WorkflowStates.ACCEPTED;

    /** The group works on it. */
    public static final String IN_PROGRESS = WorkflowStates.IN_PROGRESS;

    /** The council adopted its opinion. */
    public static final String OPINION_ADOPTED = WorkflowStates.OPINION_ADOPTED;

    /** The opinion went to the deliberative bodies. */
    public static final String TRANSMITTED = WorkflowStates.TRANSMITTED;

    /** The deliberative body answered. */
    public static final String ANSWERED = WorkflowStates.ANSWERED;

    /** Nothing more to do. */
    public static final String CLOSED = WorkflowStates.CLOSED;

    /** The council will not answer (with a reason). */
    public static final String DECLINED = WorkflowStates.DECLINED;

    /** Being written, or not validated yet. */
    public static final String DRAFT = WorkflowStates.DRAFT;

    /** Submitted to the group referents. */
    public static final String IN_REVIEW = WorkflowStates.IN_REVIEW;

    /** Adopted by the plenary or the bureau. */
    public static final String ADOPTED = WorkflowStates.ADOPTED;

    /** Public. */
    public static final String PUBLISHED = WorkflowStates.PUBLISHED;

    /** Kept for history, no longer current. */
    public static final String ARCHIVED = WorkflowStates.ARCHIVED;

    /** No answer from the elected body yet. */
    public static final String PENDING = WorkflowStates.PENDING;

    /** The elected body took the recommendation into account. */
    public static final String TAKEN_INTO_ACCOUNT = WorkflowStates.TAKEN_INTO_ACCOUNT;

    /** The elected body partly took it into account. */
    public static final String PARTLY = WorkflowStates.PARTLY;

    /** The elected body did not take it into account. */
    public static final String NOT_TAKEN = WorkflowStates.NOT_TAKEN;

    /** An action not started. */
    public static final String TODO = WorkflowStates.TODO;

    /** An action under way. */
    public static final String DOING = WorkflowStates.DOING;

    /** An action done. */
    public static final String DONE = WorkflowStates.DONE;

    /** Minutes validated by the group referent. */
    public static final String VALIDATED = WorkflowStates.VALIDATED;

    /** Charter article: proposed, not yet adopted. */
    public static final String PROPOSED = WorkflowStates.PROPOSED;

    /** Charter article: no longer in force. */
    public static final String REPEALED = WorkflowStates.REPEALED;

    /** Referral (saisine). */
    public static final WorkflowDefinition SAISINE = WorkflowDefinition.builder(SaisineClass.ID,
        SaisineClass.STATUS, states(WorkflowStates.SAISINE_STATES))
        .move(RECEIVED, ACCEPTED, ANIMATOR, List.of(SaisineClass.GROUP, SaisineClass.DUE_DATE),
            List.of(SaisineClass.ACCEPTED_DATE))
        .move(ACCEPTED, IN_PROGRESS, REFERENT, List.of(SaisineClass.GROUP), List.of())
        .move(IN_PROGRESS, OPINION_ADOPTED, ANIMATOR, List.of(SaisineClass.CONTRIBUTIONS), List.of())
        .move(OPINION_ADOPTED, TRANSMITTED, ANIMATOR,
            List.of(SaisineClass.TRANSMITTED_DATE, SaisineClass.TRANSMITTED_TO), List.of())
        .move(TRANSMITTED, ANSWERED, ANIMATOR, List.of(), List.of(SaisineClass.ANSWERED_DATE))
        .move(TRANSMITTED, CLOSED, ANIMATOR, List.of(), List.of(SaisineClass.CLOSED_DATE))
        .move(ANSWERED, CLOSED, ANIMATOR, List.of(), List.of(SaisineClass.CLOSED_DATE))
        .move(RECEIVED, DECLINED, ANIMATOR, List.of(SaisineClass.DECLINE_REASON), List.of(SaisineClass.CLOSED_DATE))
        .move(ACCEPTED, DECLINED, ANIMATOR, List.of(SaisineClass.DECLINE_REASON), List.of(SaisineClass.CLOSED_DATE))
        .build();

    /** Opinion, contribution, note or report. */
    public static final WorkflowDefinition CONTRIBUTION = WorkflowDefinition.builder(ContributionClass.ID,
        ContributionClass.STATUS, states(WorkflowStates.CONTRIBUTION_STATES))
        .move(DRAFT, IN_REVIEW, MEMBER, List.of(ContributionClass.SUMMARY, ContributionClass.GROUP), List.of())
        .move(IN_REVIEW, DRAFT, REFERENT)
        .move(IN_REVIEW, ADOPTED, ANIMATOR, List.of(ContributionClass.ADOPTION_DATE, ContributionClass.ADOPTING_BODY,
            ContributionClass.VOTES_FOR, ContributionClass.VOTES_AGAINST, ContributionClass.VOTES_ABSTENTION),
            List.of())
        .move(ADOPTED, PUBLISHED, ANIMATOR, List.of(), List.of(ContributionClass.PUBLICATION_DATE))
        .move(DRAFT, ARCHIVED, ANIMATOR, List.of(), List.of(ContributionClass.ARCHIVED_DATE))
        .move(IN_REVIEW, ARCHIVED, ANIMATOR, List.of(), List.of(ContributionClass.ARCHIVED_DATE))
        .move(ADOPTED, ARCHIVED, ANIMATOR, List.of(), List.of(ContributionClass.ARCHIVED_DATE))
        .move(PUBLISHED, ARCHIVED, ANIMATOR, List.of(), List.of(ContributionClass.ARCHIVED_DATE))
        // Publishing again writes the public copy anew (a text published before the public space existed, a typo
        // corrected): it keeps the state and the first publication day.
        .move(PUBLISHED, PUBLISHED, ANIMATOR)
        .build();

    /** Follow-up (suite donnée) of one recommendation. */
    public static final WorkflowDefinition RECOMMENDATION = followUp();

    /** Action item of a meeting. */
    public static final WorkflowDefinition ACTION_ITEM = WorkflowDefinition.builder(ActionItemClass.ID,
        ActionItemClass.STATUS, states(WorkflowStates.ACTION_ITEM_STATES))
        .move(TODO, DOING, MEMBER)
        .move(DOING, TODO, MEMBER)
        .move(TODO, DONE, MEMBER, List.of(), List.of(ActionItemClass.DONE_DATE))
        .move(DOING, DONE, MEMBER, List.of(), List.of(ActionItemClass.DONE_DATE))
        .move(DONE, DOING, MEMBER)
        .build();

    /**
     * Tutorial: only animators publish; any member may record that they checked a published tutorial against the
     * real pages (a move that keeps the state and dates the check again).
     */
    public static final WorkflowDefinition TUTORIAL = WorkflowDefinition.builder(TutorialClass.ID,
        TutorialClass.STATUS, states(WorkflowStates.TUTORIAL_STATES))
        .move(DRAFT, PUBLISHED, ANIMATOR, List.of(TutorialClass.AUDIENCE, TutorialClass.LEVEL),
            List.of(TutorialClass.PUBLICATION_DATE, TutorialClass.LAST_REVIEWED))
        .move(PUBLISHED, DRAFT, ANIMATOR)
        .move(PUBLISHED, PUBLISHED, MEMBER, List.of(), List.of(TutorialClass.LAST_REVIEWED))
        .build();

    /** Minutes of a meeting. */
    public static final WorkflowDefinition MINUTES = WorkflowDefinition.builder("minutes",
        MeetingClass.MINUTES_STATUS, states(WorkflowStates.MINUTES_STATES)).forEntity(MeetingClass.ID)
        .move(DRAFT, VALIDATED, REFERENT, List.of(MeetingClass.ATTENDEES),
            List.of(MeetingClass.MINUTES_VALIDATED_DATE))
        .move(VALIDATED, DRAFT, ANIMATOR)
        .build();

    /** Charter article: proposed, adopted by the assembly, repealed. */
    public static final WorkflowDefinition ARTICLE = WorkflowDefinition.builder(ArticleClass.ID, ArticleClass.STATUS,
        states(WorkflowStates.ARTICLE_STATES))
        .move(PROPOSED, ADOPTED, ANIMATOR, List.of(ArticleClass.NUMBER, ArticleClass.TITLE, ArticleClass.TEXT),
            List.of(ArticleClass.ADOPTED_DATE))
        .move(ADOPTED, REPEALED, ANIMATOR, List.of(), List.of(ArticleClass.REPEALED_DATE))
        .build();

    /**
     * Yearly activity report: the bureau validates it (its figures are frozen; only a draft is frozen again), each
     * deliberative body debates it (one date per body), then it is published (its public copy is written).
     */
    public static final WorkflowDefinition REPORT = WorkflowDefinition.builder(ReportClass.ID, ReportClass.STATUS,
        states(WorkflowStates.REPORT_STATES))
        .move(DRAFT, VALIDATED, ANIMATOR, List.of(ReportClass.YEAR), List.of(ReportClass.VALIDATED_DATE))
        .move(VALIDATED, DRAFT, ANIMATOR)
        .move(VALIDATED, WorkflowStates.DEBATED, ANIMATOR, List.of(ReportClass.DEBATES), List.of())
        .move(WorkflowStates.DEBATED, PUBLISHED, ANIMATOR, List.of(), List.of(ReportClass.PUBLICATION_DATE))
        // As for a text: writes the public copy anew (a report published before the public space existed).
        .move(PUBLISHED, PUBLISHED, ANIMATOR)
        .build();

    /** Every workflow, by entity id. */
    public static final Map<String, WorkflowDefinition> ALL = List.of(SAISINE, CONTRIBUTION, RECOMMENDATION,
        ACTION_ITEM, TUTORIAL, MINUTES, ARTICLE, REPORT).stream()
        .collect(Collectors.toUnmodifiableMap(WorkflowDefinition::id, Function.identity()));

    private CouncilWorkflows()
    {
    }

    private static String[] states(List<String> states)
    {
        return states.toArray(new String[0]);
    }

    private static WorkflowDefinition followUp()
    {
        List<String> reply = List.of(RecommendationClass.REPLY, RecommendationClass.REPLY_DATE);
        WorkflowDefinition.Builder builder = WorkflowDefinition.builder(RecommendationClass.ID,
            RecommendationClass.FOLLOW_UP_STATUS, states(WorkflowStates.RECOMMENDATION_STATES));
        List<String> answers = List.of(TAKEN_INTO_ACCOUNT, PARTLY, NOT_TAKEN);
        for (String answer : answers) {
            builder.move(PENDING, answer, ANIMATOR, reply, List.of());
            builder.move(answer, PENDING, ANIMATOR);
            answers.stream().filter(other -> !other.equals(answer))
                .forEach(other -> builder.move(answer, other, ANIMATOR, reply, List.of()));
        }
        return builder.build();
    }
}
