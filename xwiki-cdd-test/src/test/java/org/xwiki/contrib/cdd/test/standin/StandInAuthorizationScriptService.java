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

import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.security.authorization}. XWiki converts the right name to a {@code Right}; the
 * stand-in keeps the name, as Right is not on Maven Central.
 *
 * @version $Id$
 */
public class StandInAuthorizationScriptService implements ScriptService
{
    private final Scenario scenario;

    /**
     * @param scenario the test's scenario
     */
    public StandInAuthorizationScriptService(Scenario scenario)
    {
        this.scenario = scenario;
    }

    /**
     * @param right a right name such as {@code edit}
     * @return whether the current user has it on the current page
     */
    public boolean hasAccess(String right)
    {
        return this.scenario.hasRight(right, this.scenario.getPage() == null ? null
            : this.scenario.getPage().reference());
    }

    /**
     * @param right a right name such as {@code edit}
     * @param reference the page (its reference, or a string)
     * @return whether the current user has it on that page
     */
    public boolean hasAccess(String right, Object reference)
    {
        return this.scenario.hasRight(right, reference == null ? null : reference.toString());
    }
}
