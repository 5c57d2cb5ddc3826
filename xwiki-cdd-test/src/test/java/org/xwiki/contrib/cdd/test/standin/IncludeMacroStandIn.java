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

import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.properties.annotation.PropertyMandatory;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.macro.AbstractMacro;
import org.xwiki.rendering.macro.MacroContentParser;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * Test stand-in for the platform {@code {{include reference="…"/}}} macro as the sheets use it: the included page
 * (from the application's XAR) is parsed into the including page, where its {@code {{velocity}}} blocks then run in
 * the including page's context, defining the shared Velocity macros before the page's own code (a high priority, as
 * the platform macro has).
 *
 * @version $Id$
 */
@Component
@Named("include")
@Singleton
public class IncludeMacroStandIn extends AbstractMacro<IncludeMacroStandIn.Parameters>
{
    /** The parameter the sheets use. */
    public static class Parameters
    {
        private String reference;

        /** @return the included page */
        public String getReference()
        {
            return this.reference;
        }

        /** @param reference the included page */
        @PropertyMandatory
        public void setReference(String reference)
        {
            this.reference = reference;
        }
    }

    @Inject
    private Scenario scenario;

    @Inject
    private MacroContentParser contentParser;

    /**
     * Describes the macro.
     */
    public IncludeMacroStandIn()
    {
        super("Include (test stand-in)", "Includes a page of the application", null, Parameters.class);
        setPriority(10);
    }

    @Override
    public boolean supportsInlineMode()
    {
        return false;
    }

    @Override
    public List<Block> execute(Parameters parameters, String content, MacroTransformationContext context)
        throws MacroExecutionException
    {
        XarPage page = this.scenario.getPages().page(parameters.getReference(), "")
            .orElseThrow(() -> new MacroExecutionException("No page " + parameters.getReference() + " to include"));
        // As IncludeMacro (xwiki-platform-rendering-macro-include): the current user needs view right on the page.
        if (!this.scenario.hasRight("view", page.reference())) {
            throw new MacroExecutionException(String.format("Current user [%s] doesn't have view rights on document "
                + "[%s]", this.scenario.getUser(), page.reference()));
        }
        return this.contentParser.parse(page.content(), context, false, false).getChildren();
    }
}
