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
 * Parameters of {@code {{cdd-indicator label="…" value="42" unit="%" previous="35" definition="…"/}}}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public class IndicatorMacroParameters
{
    private String label;

    private String value;

    private String unit;

    private String previous;

    private String definition;

    /** @return what is measured */
    public String getLabel()
    {
        return this.label;
    }

    /** @param label what is measured */
    @PropertyMandatory
    @PropertyDescription("What is measured, e.g. Referrals answered on time")
    public void setLabel(String label)
    {
        this.label = label;
    }

    /** @return the value, a number written with a dot */
    public String getValue()
    {
        return this.value;
    }

    /** @param value the value, e.g. 42 or 1234.5 */
    @PropertyMandatory
    @PropertyDescription("The value, a number written with a dot, e.g. 1234.5")
    public void setValue(String value)
    {
        this.value = value;
    }

    /** @return the unit, e.g. % */
    public String getUnit()
    {
        return this.unit;
    }

    /** @param unit the unit, e.g. % or days */
    @PropertyDescription("The unit, e.g. % or days")
    public void setUnit(String unit)
    {
        this.unit = unit;
    }

    /** @return the previous value, to show the variation */
    public String getPrevious()
    {
        return this.previous;
    }

    /** @param previous the previous value */
    @PropertyDescription("The previous value (e.g. last year), to show the variation")
    public void setPrevious(String previous)
    {
        this.previous = previous;
    }

    /** @return how the value is computed */
    public String getDefinition()
    {
        return this.definition;
    }

    /** @param definition how the value is computed */
    @PropertyDescription("How the value is computed")
    public void setDefinition(String definition)
    {
        this.definition = definition;
    }
}
