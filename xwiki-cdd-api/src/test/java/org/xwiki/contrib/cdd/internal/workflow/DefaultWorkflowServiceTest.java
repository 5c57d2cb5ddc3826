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
package org.xwiki.contrib.cdd.internal.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.contrib.cdd.workflow.Transition;
import org.xwiki.contrib.cdd.workflow.TransitionCheck;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;
import org.xwiki.contrib.cdd.workflow.WorkflowMessage;
import org.xwiki.contrib.cdd.workflow.WorkflowService;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.ACCEPTED;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.ADOPTED;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.DECLINED;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.IN_PROGRESS;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.IN_REVIEW;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.RECEIVED;
import static org.xwiki.contrib.cdd.workflow.CouncilWorkflows.TRANSMITTED;

/**
 * Unit tests for {@link DefaultWorkflowService}: every kind of refusal with its message key, and what a move stamps.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList({DefaultRecordReader.class, TestClockProvider.class})
class DefaultWorkflowServiceTest
{
    private static final String SAISINE = "saisine";

    private static final String CONTRIBUTION = "contribution";

    @InjectMockComponents
    private DefaultWorkflowService workflows;

    private static List<String> keys(TransitionCheck check)
    {
        return check.messages().stream().map(WorkflowMessage::key).toList();
    }

    private static Map<String, Object> adoption(Object votesFor, Object against)
    {
        Map<String, Object> values = new HashMap<>();
        values.put(ContributionClass.ADOPTION_DATE, "2026-11-20");
        values.put(ContributionClass.ADOPTING_BODY, "plenary");
        values.put(ContributionClass.VOTES_FOR, votesFor);
        values.put(ContributionClass.VOTES_AGAINST, against);
        values.put(ContributionClass.VOTES_ABSTENTION, 2);
        return values;
    }

    @Test
    void eachRoleSeesTheMovesItMayMake()
    {
        assertEquals(List.of(ACCEPTED, DECLINED), this.workflows.openTransitions(SAISINE, RECEIVED,
            CouncilRole.ANIMATOR).stream().map(Transition::to).toList());
        assertEquals(List.of(), this.workflows.openTransitions(SAISINE, RECEIVED, CouncilRole.REFERENT));
        assertEquals(List.of(IN_PROGRESS), this.workflows.openTransitions(SAISINE, ACCEPTED, CouncilRole.REFERENT)
            .stream().map(Transition::to).toList());
        assertEquals(List.of(), this.workflows.openTransitions(SAISINE, RECEIVED, null), "a guest has no move");
        assertEquals(List.of(), this.workflows.openTransitions("budget", RECEIVED, CouncilRole.ANIMATOR));
    }

    @Test
    void acceptingAReferralNeedsAGroupAndADueDateAndStampsTheDay()
    {
        TransitionCheck refused = this.workflows.check(SAISINE, RECEIVED, ACCEPTED, CouncilRole.ANIMATOR, Map.of());
        assertFalse(refused.allowed());
        assertEquals(List.of(WorkflowService.FIELD_REQUIRED, WorkflowService.FIELD_REQUIRED), keys(refused));
        assertEquals(List.of("CDD.Code.SaisineClass_group", "CDD.Code.SaisineClass_dueDate"),
            refused.messages().stream().map(WorkflowMessage::fieldKey).toList());
        assertEquals(List.of(), refused.stampedDates(), "nothing is stamped when refused");

        TransitionCheck allowed = this.workflows.check(SAISINE, RECEIVED, ACCEPTED, CouncilRole.ANIMATOR,
            Map.of(SaisineClass.GROUP, "CDD.Groups.Mobility.WebHome", SaisineClass.DUE_DATE, "2027-01-15"));
        assertTrue(allowed.allowed());
        assertEquals(List.of(SaisineClass.ACCEPTED_DATE), allowed.stampedDates());

        TransitionCheck alreadyStamped = this.workflows.check(SAISINE, RECEIVED, ACCEPTED, CouncilRole.ANIMATOR,
            Map.of(SaisineClass.GROUP, "G", SaisineClass.DUE_DATE, "2027-01-15", SaisineClass.ACCEPTED_DATE,
                "2026-11-27"));
        assertEquals(List.of(), alreadyStamped.stampedDates(), "a stamp never overwrites a date");
    }

    @Test
    void everyRefusalHasItsKey()
    {
        assertEquals(List.of(WorkflowService.UNKNOWN_WORKFLOW),
            keys(this.workflows.check("budget", RECEIVED, ACCEPTED, CouncilRole.ANIMATOR, Map.of())));
        assertEquals(List.of(WorkflowService.NO_ROLE),
            keys(this.workflows.check(SAISINE, RECEIVED, ACCEPTED, null, Map.of())));
        assertEquals(List.of(WorkflowService.UNKNOWN_STATE),
            keys(this.workflows.check(SAISINE, "lost", ACCEPTED, CouncilRole.ANIMATOR, Map.of())));
        assertEquals(List.of(WorkflowService.UNKNOWN_STATE),
            keys(this.workflows.check(SAISINE, RECEIVED, null, CouncilRole.ANIMATOR, Map.of())));
        TransitionCheck skip = this.workflows.check(SAISINE, RECEIVED, TRANSMITTED, CouncilRole.ANIMATOR, Map.of());
        assertEquals(List.of(WorkflowService.NOT_ALLOWED), keys(skip));
        assertEquals(List.of(RECEIVED, TRANSMITTED), skip.messages().get(0).parameters());
        assertEquals(List.of("cdd.workflow.error.roleRequired.animator"),
            keys(this.workflows.check(SAISINE, RECEIVED, ACCEPTED, CouncilRole.MEMBER, Map.of())));
        assertEquals(List.of(WorkflowService.FIELD_REQUIRED),
            keys(this.workflows.check(SAISINE, RECEIVED, DECLINED, CouncilRole.ANIMATOR, Map.of())));
        assertEquals(List.of(WorkflowService.FIELD_REQUIRED, WorkflowService.FIELD_REQUIRED),
            keys(this.workflows.check(SAISINE, CouncilWorkflows.OPINION_ADOPTED, TRANSMITTED, CouncilRole.ANIMATOR,
                Map.of())), "transmitted needs a date and at least one body");
    }

    @Test
    void adoptionNeedsDateBodyVotesAndAMajority()
    {
        assertEquals(5, this.workflows.check(CONTRIBUTION, IN_REVIEW, ADOPTED, CouncilRole.ANIMATOR, Map.of())
            .messages().size());
        assertTrue(this.workflows.check(CONTRIBUTION, IN_REVIEW, ADOPTED, CouncilRole.ANIMATOR, adoption(14, 3))
            .allowed());
        TransitionCheck tie = this.workflows.check(CONTRIBUTION, IN_REVIEW, ADOPTED, CouncilRole.ANIMATOR,
            adoption(5, 5));
        assertEquals(List.of(WorkflowService.NO_MAJORITY), keys(tie));
        assertEquals(List.of(5, 5), tie.messages().get(0).parameters());
        assertEquals(List.of(WorkflowService.NEGATIVE_VOTES),
            keys(this.workflows.check(CONTRIBUTION, IN_REVIEW, ADOPTED, CouncilRole.ANIMATOR, adoption(-1, 0))));
    }

    @Test
    void unreadableValuesRefuseTheMoveWithTheReaderKey()
    {
        Map<String, Object> values = adoption(14, 3);
        values.put(ContributionClass.ADOPTION_DATE, "hier");
        values.put(ContributionClass.ADOPTING_BODY, "council");

        TransitionCheck check = this.workflows.check(CONTRIBUTION, IN_REVIEW, ADOPTED, CouncilRole.ANIMATOR,
            values);

        assertEquals(List.of("cdd.record.error.badDate", "cdd.record.error.unknownValue"), keys(check));
        assertEquals("CDD.Code.ContributionClass_adoptionDate", check.messages().get(0).fieldKey());
    }

    @Test
    void aTooLongSummaryCannotGoToReview()
    {
        TransitionCheck check = this.workflows.check(CONTRIBUTION, CouncilWorkflows.DRAFT, IN_REVIEW,
            CouncilRole.MEMBER, Map.of(ContributionClass.SUMMARY, "x".repeat(501), ContributionClass.GROUP, "G"));

        assertEquals(List.of("cdd.record.error.tooLong"), keys(check));
    }

    static Stream<Object[]> guardedTransitions()
    {
        return CouncilWorkflows.ALL.values().stream().flatMap(w -> w.transitions().stream()
            .filter(t -> t.role() != CouncilRole.MEMBER).map(t -> new Object[] {w, t}));
    }

    @ParameterizedTest
    @MethodSource("guardedTransitions")
    void theRoleBelowIsRefusedOnEveryGuardedMove(WorkflowDefinition workflow, Transition transition)
    {
        CouncilRole below = CouncilRole.values()[transition.role().ordinal() - 1];

        TransitionCheck check = this.workflows.check(workflow.id(), transition.from(), transition.to(), below,
            Map.of());

        assertEquals(List.of(WorkflowService.ROLE_REQUIRED + transition.role().id()), keys(check));
    }

    @Test
    void workflowStatesAreTheEntityListValues()
    {
        assertEquals(CouncilWorkflows.SAISINE.states(),
            SaisineClass.DEFINITION.property(SaisineClass.STATUS).orElseThrow().allowedValues());
        assertEquals(RECEIVED, CouncilWorkflows.SAISINE.initialState());
        assertEquals(8, CouncilWorkflows.ALL.size());
    }
}
