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
package org.xwiki.contrib.cdd.internal.macro;

import java.util.List;
import java.util.Map;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.macro.StatusMacroParameters;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.FormatBlock;
import org.xwiki.rendering.block.ParagraphBlock;
import org.xwiki.rendering.block.WordBlock;
import org.xwiki.rendering.listener.Format;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * {@code {{cdd-status entity="saisine" value="in_progress"/}}}: the state's translated label in a badge. The text is
 * always there; the colour (from the skin) only repeats it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(StatusMacro.ID)
@Singleton
public class StatusMacro extends AbstractCouncilMacro<StatusMacroParameters>
{
    /** The macro id. */
    public static final String ID = "cdd-status";

    private static final String SEPARATOR = ", ";

    /**
     * Describes the macro.
     */
    public StatusMacro()
    {
        super("Council status", "The translated label of a workflow state, in a badge", null,
            StatusMacroParameters.class);
    }

    @Override
    public List<Block> execute(StatusMacroParameters parameters, String content, MacroTransformationContext context)
        throws MacroExecutionException
    {
        WorkflowDefinition workflow = CouncilWorkflows.ALL.get(parameters.getEntity());
        if (workflow == null) {
            throw error("cdd.macro.status.error.entity", parameters.getEntity(),
                String.join(SEPARATOR, CouncilWorkflows.ALL.keySet().stream().sorted().toList()));
        }
        if (!workflow.states().contains(parameters.getValue())) {
            throw error("cdd.macro.status.error.value", parameters.getValue(), parameters.getEntity(),
                String.join(SEPARATOR, workflow.states()));
        }
        String classReference = Entities.find(workflow.entity()).orElseThrow().classReference();
        String label = this.messages.get(classReference + '_' + workflow.statusProperty() + '_'
            + parameters.getValue());
        Block badge = new FormatBlock(List.of(new WordBlock(label)), Format.NONE, Map.of("class",
            "cdd-badge cdd-status cdd-status-" + workflow.id() + '-' + parameters.getValue()));
        return List.of(context.isInline() ? badge : new ParagraphBlock(List.of(badge)));
    }
}
