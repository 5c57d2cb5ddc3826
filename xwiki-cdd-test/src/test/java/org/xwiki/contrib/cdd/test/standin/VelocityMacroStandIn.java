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
package org.xwiki.contrib.cdd.test.standin;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.macro.AbstractMacro;
import org.xwiki.rendering.parser.ParseException;
import org.xwiki.rendering.parser.Parser;
import org.xwiki.rendering.macro.MacroContentParser;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.macro.descriptor.DefaultContentDescriptor;
import org.xwiki.rendering.transformation.MacroTransformationContext;
import org.xwiki.velocity.VelocityManager;
import org.xwiki.velocity.XWikiVelocityException;

/**
 * Test stand-in for the platform {@code {{velocity}}} macro: evaluates the content with XWiki's own Velocity engine in
 * the page's macro namespace (so {@code #macro}s defined in one block serve the next ones, as in XWiki), applies the
 * default {@code indent} filter, then parses the result as xwiki/2.1 and lets the macro transformation run the macros
 * it produced.
 *
 * @version $Id$
 */
@Component
@Named("velocity")
@Singleton
public class VelocityMacroStandIn extends AbstractMacro<VelocityMacroParameters>
{
    @Inject
    private VelocityManager velocityManager;

    @Inject
    private MacroContentParser contentParser;

    @Inject
    @Named("plain/1.0")
    private Parser plainTextParser;

    @Inject
    private Scenario scenario;

    /**
     * Describes the macro.
     */
    public VelocityMacroStandIn()
    {
        super("Velocity", "Test stand-in for the platform velocity macro",
            new DefaultContentDescriptor("The Velocity script", true), VelocityMacroParameters.class);
    }

    @Override
    public boolean supportsInlineMode()
    {
        return true;
    }

    @Override
    public List<Block> execute(VelocityMacroParameters parameters, String content,
        MacroTransformationContext context) throws MacroExecutionException
    {
        if (context.getTransformationContext().isRestricted()) {
            // As the platform's script macros: content rendered in restricted mode (what members wrote) runs no script.
            throw new MacroExecutionException("The velocity macro is not allowed in restricted mode.");
        }
        StringWriter writer = new StringWriter();
        String namespace = this.scenario.getPage() == null ? "cdd-test" : this.scenario.getPage().reference();
        try {
            this.velocityManager.getVelocityEngine().evaluate(this.velocityManager.getVelocityContext(), writer,
                namespace, content);
        } catch (XWikiVelocityException e) {
            throw new MacroExecutionException("Velocity failed in " + namespace, e);
        }
        if (!parameters.isOutput()) {
            return List.of();
        }
        String result = writer.toString();
        if ("indent".equals(parameters.getFilter())) {
            result = result.replaceAll("(?m)^[ \\t]+", "");
        }
        if (!parameters.isWiki()) {
            // As AbstractScriptMacro.parseScriptResult: with wiki="false" the result is read as plain text.
            try {
                return this.plainTextParser.parse(new StringReader(result)).getChildren();
            } catch (ParseException e) {
                throw new MacroExecutionException("Failed to read the result as plain text", e);
            }
        }
        return this.contentParser.parse(result, context, true, context.isInline()).getChildren();
    }
}
