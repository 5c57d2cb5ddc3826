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
 * Stand-in for {@code $xwiki.jsx} and {@code $xwiki.ssx} (com.xpn.xwiki.plugin.skinx.SkinExtensionPluginApi): records
 * which skin extensions a page asked for.
 *
 * @version $Id$
 */
public class StandInSkinExtension
{
    private final String kind;

    private final Scenario scenario;

    /**
     * @param kind {@code jsx} or {@code ssx}
     * @param scenario the scenario, which records the use
     */
    public StandInSkinExtension(String kind, Scenario scenario)
    {
        this.kind = kind;
        this.scenario = scenario;
    }

    /**
     * @param resource the page holding the extension
     */
    public void use(String resource)
    {
        this.scenario.getUsedSkinExtensions().add(this.kind + ':' + resource);
    }
}
