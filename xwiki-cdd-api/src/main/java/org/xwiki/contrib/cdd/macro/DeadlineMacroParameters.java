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
 * Parameters of {@code {{cdd-deadline date="2026-12-15"/}}}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public class DeadlineMacroParameters
{
    private String date;

    private boolean businessDays;

    private boolean done;

    private boolean alsaceMoselle;

    /**
     * @return the due date, yyyy-MM-dd
     */
    public String getDate()
    {
        return this.date;
    }

    /**
     * @param date the due date, yyyy-MM-dd
     */
    @PropertyMandatory
    @PropertyDescription("The due date, as 2026-12-15")
    public void setDate(String date)
    {
        this.date = date;
    }

    /**
     * @return whether to count business days rather than calendar days
     */
    public boolean isBusinessDays()
    {
        return this.businessDays;
    }

    /**
     * @param businessDays whether to count business days
     */
    @PropertyDescription("Count business days (Monday to Friday, without public holidays)")
    public void setBusinessDays(boolean businessDays)
    {
        this.businessDays = businessDays;
    }

    /**
     * @return whether the task is done (no countdown then)
     */
    public boolean isDone()
    {
        return this.done;
    }

    /**
     * @param done whether the task is done
     */
    @PropertyDescription("The task is done: show it as done, without a countdown")
    public void setDone(boolean done)
    {
        this.done = done;
    }

    /**
     * @return whether the Alsace-Moselle holidays count
     */
    public boolean isAlsaceMoselle()
    {
        return this.alsaceMoselle;
    }

    /**
     * @param alsaceMoselle whether the Alsace-Moselle holidays count (Good Friday, 26 December)
     */
    @PropertyDescription("Count the Alsace-Moselle public holidays too (Good Friday, 26 December)")
    public void setAlsaceMoselle(boolean alsaceMoselle)
    {
        this.alsaceMoselle = alsaceMoselle;
    }
}
