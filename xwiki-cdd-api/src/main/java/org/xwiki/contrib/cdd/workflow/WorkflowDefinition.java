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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xwiki.stability.Unstable;

/**
 * The states and allowed transitions of one entity's status property.
 *
 * @param id the workflow id, e.g. {@code saisine} or {@code minutes}
 * @param entity the id of the entity whose status it drives, e.g. {@code saisine} or {@code meeting}
 * @param statusProperty the property holding the state, e.g. {@code status}
 * @param states every state, the initial one first
 * @param transitions the allowed moves
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record WorkflowDefinition(String id, String entity, String statusProperty, List<String> states,
    List<Transition> transitions)
{
    /**
     * Copies the lists so that a definition cannot change.
     */
    public WorkflowDefinition
    {
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
    }

    /**
     * @return the state a new entity starts in
     */
    public String initialState()
    {
        return this.states.get(0);
    }

    /**
     * The states where something is still to come: a referral awaits its opinion in every state from which
     * {@code opinion_adopted} can still be reached. Lists and rules name the state to reach, never the states before
     * it, so that a new state in the workflow changes them all at once.
     *
     * @param state a state of this workflow
     * @return the states from which that state can be reached by one or more moves, in declaration order, the state
     *     itself excluded; empty for an unknown or null state
     */
    public List<String> statesBefore(String state)
    {
        if (state == null) {
            return List.of();
        }
        Set<String> reaching = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.add(state);
        while (!toVisit.isEmpty()) {
            String target = toVisit.poll();
            for (Transition transition : this.transitions) {
                if (transition.to().equals(target) && reaching.add(transition.from())) {
                    toVisit.add(transition.from());
                }
            }
        }
        return this.states.stream().filter(s -> reaching.contains(s) && !s.equals(state)).toList();
    }

    /**
     * @param id the workflow id, also the entity id unless {@link Builder#forEntity(String)} says otherwise
     * @param statusProperty the property holding the state
     * @param states every state, the initial one first
     * @return a builder
     */
    public static Builder builder(String id, String statusProperty, String... states)
    {
        return new Builder(id, statusProperty, states);
    }

    /**
     * Builds a workflow transition by transition.
     */
    public static final class Builder
    {
        private final String id;

        private final String statusProperty;

        private final Set<String> states;

        private final List<Transition> transitions = new ArrayList<>();

        private String entity;

        private Builder(String id, String statusProperty, String... states)
        {
            this.id = id;
            this.entity = id;
            this.statusProperty = statusProperty;
            this.states = new LinkedHashSet<>(Arrays.asList(states));
        }

        /**
         * @param entityId the entity whose status the workflow drives, when it differs from the workflow id
         * @return this builder
         */
        public Builder forEntity(String entityId)
        {
            this.entity = entityId;
            return this;
        }

        /**
         * @param from the state it leaves
         * @param to the state it enters
         * @param role the least role that may do it
         * @param requiredFields the properties required to enter {@code to}
         * @param stampedDates the date properties it stamps with today
         * @return this builder
         */
        public Builder move(String from, String to, CouncilRole role, List<String> requiredFields,
            List<String> stampedDates)
        {
            if (!this.states.contains(from) || !this.states.contains(to)) {
                throw new IllegalStateException(this.id + ": unknown state in " + from + " -> " + to);
            }
            this.transitions.add(new Transition(from, to, role, requiredFields, stampedDates));
            return this;
        }

        /**
         * @param from the state it leaves
         * @param to the state it enters
         * @param role the least role that may do it
         * @return this builder
         */
        public Builder move(String from, String to, CouncilRole role)
        {
            return move(from, to, role, List.of(), List.of());
        }

        /**
         * @return the workflow
         */
        public WorkflowDefinition build()
        {
            return new WorkflowDefinition(this.id, this.entity, this.statusProperty, new ArrayList<>(this.states),
                this.transitions);
        }
    }
}
