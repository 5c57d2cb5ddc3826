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
 * Parameters of {@code {{cdd-step title="…" duration="5 min"}}…{{/cdd-step}}}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public class StepMacroParameters
{
    private String title;

    private String duration;

    /**
     * @return the step's title
     */
    public String getTitle()
    {
        return this.title;
    }

    /**
     * @param title the step's title
     */
    @PropertyMandatory
    @PropertyDescription("What the step does, e.g. Open the group page")
    public void setTitle(String title)
    {
        this.title = title;
    }

    /**
     * @return how long it takes, free text
     */
    public String getDuration()
    {
        return this.duration;
    }

    /**
     * @param duration how long it takes, e.g. 5 min
     */
    @PropertyDescription("How long the step takes, e.g. 5 min")
    public void setDuration(String duration)
    {
        this.duration = duration;
    }
}
