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
import java.util.Map;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.properties.RawProperties;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.GroupBlock;
import org.xwiki.rendering.macro.AbstractMacro;
import org.xwiki.rendering.macro.descriptor.DefaultContentDescriptor;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * Test stand-in for the platform {@code {{liveData}}} macro (a JavaScript table fed by the server): it renders an
 * empty element carrying the macro's parameters as {@code data-} attributes, so that tests can check which class,
 * columns and sort a list asks for. What the live table shows is XWiki's, and cannot be run here.
 *
 * @version $Id$
 */
@Component
@Named("liveData")
@Singleton
public class LiveDataMacroStandIn extends AbstractMacro<LiveDataMacroStandIn.Parameters>
{
    /**
     * Accepts any parameter, as the real macro has many.
     */
    public static class Parameters implements RawProperties
    {
        private final Map<String, Object> values = new java.util.TreeMap<>();

        @Override
        public void set(String propertyName, Object value)
        {
            this.values.put(propertyName, value);
        }

        Map<String, Object> values()
        {
            return this.values;
        }
    }

    /**
     * Describes the macro.
     */
    public LiveDataMacroStandIn()
    {
        super("Live Data (test stand-in)", "Renders its parameters", new DefaultContentDescriptor("JSON", false),
            Parameters.class);
    }

    @Override
    public boolean supportsInlineMode()
    {
        return false;
    }

    @Override
    public List<Block> execute(Parameters parameters, String content, MacroTransformationContext context)
    {
        Map<String, String> attributes = new java.util.TreeMap<>();
        attributes.put("class", "livedata-standin");
        parameters.values().forEach((name, value) -> attributes.put("data-" + name.toLowerCase(), String.valueOf(value)));
        return List.of(new GroupBlock(List.of(), attributes));
    }
}
