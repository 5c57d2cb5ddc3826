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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.calendar.DeadlineText;
import org.xwiki.contrib.cdd.macro.DeadlineMacroParameters;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.ParagraphBlock;
import org.xwiki.rendering.block.RawBlock;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.syntax.Syntax;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * {@code {{cdd-deadline date="2026-12-15"/}}}: "in 12 days", "today", "3 days overdue", in a {@code <time>} element
 * carrying the machine-readable date, with the urgency of the domain core as a class for the skin.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(DeadlineMacro.ID)
@Singleton
public class DeadlineMacro extends AbstractCouncilMacro<DeadlineMacroParameters>
{
    /** The macro id. */
    public static final String ID = "cdd-deadline";

    @Inject
    private DeadlineText deadlineText;

    /**
     * Describes the macro.
     */
    public DeadlineMacro()
    {
        super("Council deadline", "How far a due date is, in words, with its urgency", null,
            DeadlineMacroParameters.class);
    }

    @Override
    public List<Block> execute(DeadlineMacroParameters parameters, String content,
        MacroTransformationContext context) throws MacroExecutionException
    {
        LocalDate dueDate;
        try {
            dueDate = LocalDate.parse(parameters.getDate() == null ? "" : parameters.getDate().trim());
        } catch (DateTimeParseException e) {
            throw error("cdd.macro.deadline.error.date", quoted(parameters.getDate()));
        }
        if (!DateBounds.contains(dueDate)) {
            throw error("cdd.macro.deadline.error.range", quoted(parameters.getDate()), DateBounds.MIN.toString(),
                DateBounds.MAX.toString());
        }
        String html = this.deadlineText.html(dueDate, parameters.isBusinessDays(), parameters.isDone(),
            parameters.isAlsaceMoselle());
        Block time = new RawBlock(html, Syntax.XHTML_1_0);
        return List.of(context.isInline() ? time : new ParagraphBlock(List.of(time)));
    }
}
