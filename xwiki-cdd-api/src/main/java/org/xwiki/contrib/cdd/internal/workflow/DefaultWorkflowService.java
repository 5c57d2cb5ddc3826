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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.RecordError;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.contrib.cdd.workflow.Transition;
import org.xwiki.contrib.cdd.workflow.TransitionCheck;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;
import org.xwiki.contrib.cdd.workflow.WorkflowMessage;
import org.xwiki.contrib.cdd.workflow.WorkflowService;

/**
 * Checks moves against {@link CouncilWorkflows}: the move must exist, the role must cover it, the values must be
 * readable and hold every required field, and an adoption needs a majority.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultWorkflowService implements WorkflowService
{
    @Inject
    private RecordReader recordReader;

    @Override
    public Optional<WorkflowDefinition> definition(String workflowId)
    {
        return Optional.ofNullable(workflowId == null ? null : CouncilWorkflows.ALL.get(workflowId));
    }

    @Override
    public List<Transition> openTransitions(String workflowId, String state, CouncilRole role)
    {
        if (role == null) {
            return List.of();
        }
        return definition(workflowId).map(d -> d.transitions().stream()
            .filter(t -> t.from().equals(state) && role.covers(t.role())).toList()).orElse(List.of());
    }

    @Override
    public TransitionCheck check(String workflowId, String from, String to, CouncilRole role, Map<String, ?> values)
    {
        Optional<WorkflowDefinition> definition = definition(workflowId);
        if (definition.isEmpty()) {
            return refuse(WorkflowService.UNKNOWN_WORKFLOW, workflowId);
        }
        if (role == null) {
            return refuse(WorkflowService.NO_ROLE);
        }
        return checkMove(definition.get(), from, to, role, values);
    }

    private TransitionCheck checkMove(WorkflowDefinition workflow, String from, String to, CouncilRole role,
        Map<String, ?> values)
    {
        for (String state : Arrays.asList(from, to)) {
            if (state == null || !workflow.states().contains(state)) {
                return refuse(WorkflowService.UNKNOWN_STATE, String.valueOf(state));
            }
        }
        Optional<Transition> transition = workflow.transitions().stream()
            .filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
        if (transition.isEmpty()) {
            return refuse(WorkflowService.NOT_ALLOWED, from, to);
        }
        if (!role.covers(transition.get().role())) {
            return refuse(WorkflowService.ROLE_REQUIRED + transition.get().role().id(), to);
        }
        return checkValues(workflow, transition.get(), values);
    }

    private TransitionCheck checkValues(WorkflowDefinition workflow, Transition transition, Map<String, ?> values)
    {
        EntityDefinition entity = Entities.find(workflow.entity()).orElseThrow();
        RecordResult result = this.recordReader.read(entity, "", values);
        List<WorkflowMessage> messages = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (RecordError error : result.errors()) {
            messages.add(new WorkflowMessage(error.key(), error.parameters(), error.propertyKey()));
            unreadable.add(error.property());
        }
        EntityRecord record = result.record();
        for (String field : transition.requiredFields()) {
            if (!record.has(field) && !unreadable.contains(field)) {
                messages.add(new WorkflowMessage(WorkflowService.FIELD_REQUIRED, List.of(),
                    entity.classReference() + '_' + field));
            }
        }
        if (ContributionClass.ID.equals(entity.id()) && CouncilWorkflows.ADOPTED.equals(transition.to())) {
            checkVotes(record, messages);
        }
        // A move that keeps the state is a check (a tutorial checked again): it dates every stamp anew; another move
        // stamps only the dates still empty.
        boolean check = transition.from().equals(transition.to());
        List<String> stamps = transition.stampedDates().stream().filter(d -> check || !record.has(d)).toList();
        return new TransitionCheck(messages.isEmpty(), messages, messages.isEmpty() ? stamps : List.of());
    }

    /**
     * An opinion is adopted only by a majority of the votes cast (abstentions are not cast), counted without
     * negative numbers.
     */
    private static void checkVotes(EntityRecord record, List<WorkflowMessage> messages)
    {
        Integer votesFor = record.integer(ContributionClass.VOTES_FOR);
        Integer against = record.integer(ContributionClass.VOTES_AGAINST);
        boolean negative = false;
        for (String field : List.of(ContributionClass.VOTES_FOR, ContributionClass.VOTES_AGAINST,
            ContributionClass.VOTES_ABSTENTION)) {
            Integer votes = record.integer(field);
            if (votes != null && votes < 0) {
                negative = true;
                messages.add(new WorkflowMessage(WorkflowService.NEGATIVE_VOTES, List.of(),
                    ContributionClass.REFERENCE + '_' + field));
            }
        }
        if (!negative && votesFor != null && against != null && votesFor <= against) {
            messages.add(new WorkflowMessage(WorkflowService.NO_MAJORITY, List.of(votesFor, against), ""));
        }
    }

    private static TransitionCheck refuse(String key, Object... parameters)
    {
        return new TransitionCheck(false, List.of(new WorkflowMessage(key, List.of(parameters), "")), List.of());
    }
}
