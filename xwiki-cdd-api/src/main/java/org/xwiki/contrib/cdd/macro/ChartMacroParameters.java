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
package org.xwiki.contrib.cdd.macro;

import org.xwiki.properties.annotation.PropertyDescription;
import org.xwiki.properties.annotation.PropertyMandatory;
import org.xwiki.stability.Unstable;

/**
 * Parameters of {@code {{cdd-chart type="bar" title="…" unit="…"}}label;value{{/cdd-chart}}}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public class ChartMacroParameters
{
    private String type;

    private String title;

    private String unit;

    /** @return bar, stacked or pie */
    public String getType()
    {
        return this.type;
    }

    /** @param type bar, stacked or pie */
    @PropertyMandatory
    @PropertyDescription("bar, stacked or pie")
    public void setType(String type)
    {
        this.type = type;
    }

    /** @return the chart's title */
    public String getTitle()
    {
        return this.title;
    }

    /** @param title the chart's title, also the caption of its data table */
    @PropertyMandatory
    @PropertyDescription("The title, also the caption of the data table")
    public void setTitle(String title)
    {
        this.title = title;
    }

    /** @return the unit of the values */
    public String getUnit()
    {
        return this.unit;
    }

    /** @param unit the unit of the values, e.g. meetings */
    @PropertyDescription("The unit of the values, e.g. meetings")
    public void setUnit(String unit)
    {
        this.unit = unit;
    }
}
