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

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.model}: the reference model is not on Maven Central, so references stay strings.
 *
 * @version $Id$
 */
@Component
@Named("model")
@Singleton
public class StandInModelScriptService implements ScriptService
{
    /**
     * @param name a page or space name
     * @param type the entity type name, e.g. {@code DOCUMENT} (unused: every type escapes the same characters)
     * @return the name with {@code .}, {@code :} and {@code \} escaped so that it is one reference part
     */
    public String escape(String name, Object type)
    {
        return name == null ? null : name.replace("\\", "\\\\").replace(".", "\\.").replace(":", "\\:");
    }

    /**
     * @param reference a reference (a string here)
     * @param parameters serializer parameters (unused)
     * @return the reference as a string
     */
    public String serialize(Object reference, Object... parameters)
    {
        return reference == null ? null : reference.toString();
    }
}
