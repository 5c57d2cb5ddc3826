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

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Validates {@link WorkflowDefinition#statesBefore(String)}, the one home of "a referral awaiting its opinion" and
 * "an open referral".
 *
 * @version $Id$
 */
class WorkflowDefinitionTest
{
    @Test
    void aReferralAwaitsItsOpinionInEveryStateThatCanStillReachIt()
    {
        assertEquals(List.of("received", "accepted", "in_progress"),
            CouncilWorkflows.SAISINE.statesBefore("opinion_adopted"), "declined can never reach it");
        assertEquals(List.of("received", "accepted", "in_progress", "opinion_adopted"),
            CouncilWorkflows.SAISINE.statesBefore("transmitted"));
    }

    @Test
    void theFirstStateAndAnUnknownOneHaveNothingBefore()
    {
        assertEquals(List.of(), CouncilWorkflows.SAISINE.statesBefore("received"));
        assertEquals(List.of(), CouncilWorkflows.SAISINE.statesBefore("archived"));
        assertEquals(List.of(), CouncilWorkflows.SAISINE.statesBefore(null));
    }

    @Test
    void aStateOnACycleIsNotBeforeItself()
    {
        WorkflowDefinition loop = WorkflowDefinition.builder("loop", "status", "draft", "review", "done")
            .move("draft", "review", CouncilRole.MEMBER).move("review", "draft", CouncilRole.MEMBER)
            .move("review", "done", CouncilRole.ANIMATOR).build();

        assertEquals(List.of("draft"), loop.statesBefore("review"));
        assertEquals(List.of("draft", "review"), loop.statesBefore("done"));
    }
}
