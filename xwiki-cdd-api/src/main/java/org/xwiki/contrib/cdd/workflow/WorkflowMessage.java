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
 * Why a transition is refused, as a translation key and its parameters, so that the page shows it in the user's
 * language ({@code $services.localization.render($message.key, $message.parameters)}).
 *
 * @param key the translation key, e.g. {@code cdd.workflow.error.fieldRequired}
 * @param parameters the MessageFormat parameters
 * @param fieldKey when the message is about a property, the translation key of its name (e.g.
 *     {@code CDD.Code.SaisineClass_dueDate}), which the page renders and passes as the first parameter; empty
 *     otherwise
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record WorkflowMessage(String key, List<Object> parameters, String fieldKey)
{
    /**
     * Copies the parameters so that a message cannot change.
     */
    public WorkflowMessage
    {
        parameters = List.copyOf(parameters);
    }
}
