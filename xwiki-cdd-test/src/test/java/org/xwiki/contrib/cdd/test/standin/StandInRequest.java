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

/**
 * Test stand-in for {@code com.xpn.xwiki.web.XWikiRequest} ({@code $request}). {@code getParameter} and
 * {@code getMethod} are servlet request methods, which the script API TSV leaves out on purpose.
 *
 * @version $Id$
 */
public class StandInRequest
{
    private final Scenario scenario;

    /**
     * @param scenario the test's scenario
     */
    public StandInRequest(Scenario scenario)
    {
        this.scenario = scenario;
    }

    /**
     * @param name a parameter name
     * @return its value (Velocity's {@code $request.name})
     */
    public String get(String name)
    {
        return getParameter(name);
    }

    /**
     * @param name a parameter name
     * @return its value, null when absent
     */
    public String getParameter(String name)
    {
        return this.scenario.getParameters().get(name);
    }

    /** @return the HTTP method */
    public String getMethod()
    {
        return this.scenario.getMethod();
    }
}
