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

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.macro.StepsMacroParameters;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.ListItemBlock;
import org.xwiki.rendering.block.MacroBlock;
import org.xwiki.rendering.block.NewLineBlock;
import org.xwiki.rendering.block.NumberedListBlock;
import org.xwiki.rendering.block.ParagraphBlock;
import org.xwiki.rendering.block.SpaceBlock;
import org.xwiki.rendering.macro.MacroContentParser;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.macro.descriptor.DefaultContentDescriptor;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * {@code {{cdd-steps}}…{{/cdd-steps}}}: the numbered list of a tutorial's steps. Each {@code {{cdd-step}}} becomes one
 * list item; the macro transformation then runs the steps themselves.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(StepsMacro.ID)
@Singleton
public class StepsMacro extends AbstractCouncilMacro<StepsMacroParameters>
{
    /** The macro id. */
    public static final String ID = "cdd-steps";

    /** The class of each step's list item, which {@link StepMacro} checks for. */
    static final String STEP_CLASS = "cdd-step";

    private static final String CLASS = "class";

    @Inject
    private MacroContentParser contentParser;

    /**
     * Describes the macro.
     */
    public StepsMacro()
    {
        super("Tutorial steps", "The numbered steps of a tutorial",
            new DefaultContentDescriptor("The {{cdd-step}} macros", true, Block.LIST_BLOCK_TYPE),
            StepsMacroParameters.class);
    }

    @Override
    public boolean supportsInlineMode()
    {
        return false;
    }

    @Override
    public List<Block> execute(StepsMacroParameters parameters, String content, MacroTransformationContext context)
        throws MacroExecutionException
    {
        List<Block> items = new ArrayList<>();
        for (Block block : this.contentParser.parse(content == null ? "" : content, context, false, false)
            .getChildren()) {
            // Steps written one after the other without a blank line are parsed as inline macros in a paragraph.
            List<Block> candidates = block instanceof ParagraphBlock ? block.getChildren() : List.of(block);
            for (Block candidate : candidates) {
                if (candidate instanceof MacroBlock macro && StepMacro.ID.equals(macro.getId())) {
                    MacroBlock step = new MacroBlock(macro.getId(), macro.getParameters(), macro.getContent(), false);
                    items.add(new ListItemBlock(List.of(step), Map.of(CLASS, STEP_CLASS)));
                } else if (!(candidate instanceof NewLineBlock) && !(candidate instanceof SpaceBlock)) {
                    throw error("cdd.macro.steps.error.content");
                }
            }
        }
        if (items.isEmpty()) {
            throw error("cdd.macro.steps.error.empty");
        }
        return List.of(new NumberedListBlock(items, Map.of(CLASS, ID)));
    }
}
