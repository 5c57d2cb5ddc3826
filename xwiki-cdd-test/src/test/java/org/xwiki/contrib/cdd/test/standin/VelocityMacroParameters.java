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

import org.xwiki.properties.annotation.PropertyDescription;

/**
 * Parameters of the test stand-in {@code {{velocity}}} macro: those of the platform macro that our pages use.
 *
 * @version $Id$
 */
public class VelocityMacroParameters
{
    private boolean output = true;

    private String filter = "indent";

    private boolean wiki = true;

    /** @return whether the macro outputs what the script writes */
    public boolean isOutput()
    {
        return this.output;
    }

    /** @param output whether the macro outputs what the script writes */
    @PropertyDescription("Whether the result is output")
    public void setOutput(boolean output)
    {
        this.output = output;
    }

    /** @return the output filter: {@code indent} (XWiki's default) or {@code none} */
    public String getFilter()
    {
        return this.filter;
    }

    /** @param filter the output filter */
    @PropertyDescription("The output filter")
    public void setFilter(String filter)
    {
        this.filter = filter;
    }

    /** @return whether the result is read as wiki syntax; when not, as plain text (a feed, a file) */
    public boolean isWiki()
    {
        return this.wiki;
    }

    /** @param wiki whether the result is read as wiki syntax */
    @PropertyDescription("Whether the result is wiki syntax")
    public void setWiki(boolean wiki)
    {
        this.wiki = wiki;
    }
}
