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
package org.xwiki.contrib.cdd.script;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.Transition;
import org.xwiki.contrib.cdd.workflow.TransitionCheck;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;
import org.xwiki.contrib.cdd.workflow.WorkflowService;
import org.xwiki.stability.Unstable;

/**
 * What {@code $services.cdd.workflow('saisine')} gives a page: one workflow, asked with role ids ({@code member},
 * {@code referent}, {@code animator}) or with the user's wiki groups.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public class WorkflowScript
{
    private final WorkflowDefinition definition;

    private final WorkflowService service;

    /**
     * @param definition the workflow
     * @param service the service that checks moves
     */
    public WorkflowScript(WorkflowDefinition definition, WorkflowService service)
    {
        this.definition = definition;
        this.service = service;
    }

    /**
     * @return every state, the initial one first
     */
    public List<String> getStates()
    {
        return this.definition.states();
    }

    /**
     * @param state a state of this workflow, e.g. {@code opinion_adopted}
     * @return the states from which it can still be reached (a referral awaiting its opinion), for a query's
     *     {@code in (:states)}
     */
    public List<String> statesBefore(String state)
    {
        return this.definition.statesBefore(state);
    }

    /**
     * @return the state a new entity starts in
     */
    public String getInitialState()
    {
        return this.definition.initialState();
    }

    /**
     * @return the property holding the state
     */
    public String getStatusProperty()
    {
        return this.definition.statusProperty();
    }

    /**
     * @return the workflow id, e.g. {@code saisine}
     */
    public String getId()
    {
        return this.definition.id();
    }

    /**
     * @return the class whose objects the workflow moves, e.g. {@code CDD.Code.SaisineClass}
     */
    public String getClassReference()
    {
        return Entities.find(this.definition.entity()).map(EntityDefinition::classReference).orElse(null);
    }

    /**
     * @return the properties of that class: what a page reads from the object before asking for a check
     */
    public List<String> getPropertyNames()
    {
        return Entities.find(this.definition.entity()).map(d -> List.copyOf(d.properties().keySet()))
            .orElse(List.of());
    }

    /**
     * @param to the state a move leads to
     * @return the translation key of the button that makes the move, {@code cdd.workflow.action.<id>.<to>}
     */
    public String actionKey(String to)
    {
        return "cdd.workflow.action." + this.definition.id() + '.' + to;
    }

    /**
     * @param state the current state
     * @param role a role id, or null for a guest
     * @return the moves to another state open to that role (the buttons of a sheet); a check that keeps the state
     *     is offered on its own, see {@link #canCheck(String, String)}
     */
    public List<Transition> transitions(String state, String role)
    {
        return this.service.openTransitions(this.definition.id(), state, CouncilRole.fromId(role)).stream()
            .filter(move -> !move.from().equals(move.to())).toList();
    }

    /**
     * @param state the current state
     * @param role a role id, or null for a guest
     * @return whether that role may record a check that keeps the state (a tutorial checked again)
     */
    public boolean canCheck(String state, String role)
    {
        return this.service.openTransitions(this.definition.id(), state, CouncilRole.fromId(role)).stream()
            .anyMatch(move -> move.from().equals(move.to()));
    }

    /**
     * @param from the current state
     * @param to the proposed state
     * @param role a role id, or null for a guest
     * @param values the values the entity would have after the move
     * @return whether the move may be saved, and why not
     */
    public TransitionCheck check(String from, String to, String role, Map<?, ?> values)
    {
        return this.service.check(this.definition.id(), from, to, CouncilRole.fromId(role),
            ScriptValues.toValueMap(values));
    }

    /**
     * @param groups the user's wiki groups
     * @return the role id they give, null when none
     */
    public String roleOf(Collection<?> groups)
    {
        CouncilRole role = CouncilRole.fromGroups(ScriptValues.toStrings(groups));
        return role == null ? null : role.id();
    }
}
