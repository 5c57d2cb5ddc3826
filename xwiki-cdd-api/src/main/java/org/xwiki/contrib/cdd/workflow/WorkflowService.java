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
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Answers what the council's workflows allow: which moves a role may make from a state, and whether a proposed move,
 * with the values the entity would have, may be saved.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface WorkflowService
{
    /** Translation key: no such workflow. Parameter: the workflow id. */
    String UNKNOWN_WORKFLOW = "cdd.workflow.error.unknownWorkflow";

    /** Translation key: no such state. Parameter: the state. */
    String UNKNOWN_STATE = "cdd.workflow.error.unknownState";

    /** Translation key: the user has no council role (a guest). */
    String NO_ROLE = "cdd.workflow.error.noRole";

    /** Translation key: no such move. Parameters: from, to. */
    String NOT_ALLOWED = "cdd.workflow.error.notAllowed";

    /** Translation key prefix: the move needs a higher role; the role id follows, e.g. {@code ….animator}. */
    String ROLE_REQUIRED = "cdd.workflow.error.roleRequired.";

    /** Translation key: a required field is empty. Parameter: the field's name (rendered from the field key). */
    String FIELD_REQUIRED = "cdd.workflow.error.fieldRequired";

    /** Translation key: votes do not make a majority. Parameters: for, against. */
    String NO_MAJORITY = "cdd.workflow.error.noMajority";

    /** Translation key: a vote count is negative. Parameter: the field's name. */
    String NEGATIVE_VOTES = "cdd.workflow.error.negativeVotes";

    /**
     * @param workflowId a workflow id, e.g. {@code saisine}
     * @return its definition
     */
    Optional<WorkflowDefinition> definition(String workflowId);

    /**
     * @param workflowId a workflow id
     * @param state the current state
     * @param role the user's council role, null for a guest
     * @return the moves open to that role from that state (empty for a guest or an unknown state)
     */
    List<Transition> openTransitions(String workflowId, String state, CouncilRole role);

    /**
     * @param workflowId a workflow id
     * @param from the current state
     * @param to the proposed state
     * @param role the user's council role, null for a guest
     * @param values the values the entity would have after the move (its object's values with the user's changes)
     * @return whether the move may be saved, and why not
     */
    TransitionCheck check(String workflowId, String from, String to, CouncilRole role, Map<String, ?> values);
}
