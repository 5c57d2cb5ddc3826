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

import org.xwiki.stability.Unstable;

/**
 * The answer to "may this user move this entity from one state to another with these values?". A refusal is data:
 * the page shows the messages and saves nothing.
 *
 * @param allowed whether the move may be saved
 * @param messages why not (empty when allowed)
 * @param stampedDates date properties the page sets to today when it saves (those still empty)
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record TransitionCheck(boolean allowed, List<WorkflowMessage> messages, List<String> stampedDates)
{
    /**
     * Copies the lists so that a check cannot change.
     */
    public TransitionCheck
    {
        messages = List.copyOf(messages);
        stampedDates = List.copyOf(stampedDates);
    }
}
