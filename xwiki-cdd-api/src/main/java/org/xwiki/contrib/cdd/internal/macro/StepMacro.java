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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.apache.commons.lang3.StringUtils;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.macro.StepMacroParameters;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.FormatBlock;
import org.xwiki.rendering.block.HeaderBlock;
import org.xwiki.rendering.block.ListItemBlock;
import org.xwiki.rendering.block.ParagraphBlock;
import org.xwiki.rendering.block.WordBlock;
import org.xwiki.rendering.listener.Format;
import org.xwiki.rendering.listener.HeaderLevel;
import org.xwiki.rendering.macro.MacroContentParser;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.macro.descriptor.DefaultContentDescriptor;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * {@code {{cdd-step title="…" duration="5 min"}}wiki content{{/cdd-step}}}: one step of a tutorial, with an anchored
 * heading, its duration, and its content as wiki syntax (images, lists, links, code boxes). It must stand inside
 * {@code {{cdd-steps}}}, which numbers the steps.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(StepMacro.ID)
@Singleton
public class StepMacro extends AbstractCouncilMacro<StepMacroParameters>
{
    /** The macro id. */
    public static final String ID = "cdd-step";

    private static final String CLASS = "class";

    @Inject
    private MacroContentParser contentParser;

    /**
     * Describes the macro.
     */
    public StepMacro()
    {
        super("Tutorial step", "One step of a tutorial, inside the Tutorial steps macro",
            new DefaultContentDescriptor("What to do, in wiki syntax", false, Block.LIST_BLOCK_TYPE),
            StepMacroParameters.class);
    }

    @Override
    public boolean supportsInlineMode()
    {
        return false;
    }

    @Override
    public List<Block> execute(StepMacroParameters parameters, String content, MacroTransformationContext context)
        throws MacroExecutionException
    {
        Block parent = context.getCurrentMacroBlock().getParent();
        if (!(parent instanceof ListItemBlock item) || !StepsMacro.STEP_CLASS.equals(item.getParameter(CLASS))) {
            throw error("cdd.macro.step.error.outside");
        }
        if (StringUtils.isBlank(parameters.getTitle())) {
            throw error("cdd.macro.step.error.title");
        }
        int number = parent.getParent().getChildren().indexOf(parent) + 1;
        List<Block> blocks = new ArrayList<>();
        String id = "cdd-step-" + number;
        blocks.add(new HeaderBlock(List.of(new WordBlock(parameters.getTitle().trim())), HeaderLevel.LEVEL3,
            Map.of(CLASS, "cdd-step-title"), id));
        if (StringUtils.isNotBlank(parameters.getDuration())) {
            blocks.add(new ParagraphBlock(List.of(new FormatBlock(List.of(new WordBlock(
                this.messages.get("cdd.macro.step.duration", parameters.getDuration().trim()))), Format.NONE,
                Map.of(CLASS, "cdd-step-duration")))));
        }
        if (content != null) {
            blocks.addAll(this.contentParser.parse(content, context, false, false).getChildren());
        }
        return blocks;
    }
}
