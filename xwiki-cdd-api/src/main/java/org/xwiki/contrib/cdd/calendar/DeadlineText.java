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
package org.xwiki.contrib.cdd.calendar;

import java.time.LocalDate;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * A due date as the reader sees it: "in 12 days", "due today", "3 days overdue", in their language, inside a
 * {@code <time datetime="…">} element whose class carries the urgency. The {@code cdd-deadline} macro and the pages'
 * lists ({@code $services.cdd.deadlines.html}) write the same thing.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface DeadlineText
{
    /**
     * @param dueDate the due date
     * @param businessDays whether to count business days
     * @param done whether the task is done (no countdown)
     * @param alsaceMoselle whether the Alsace-Moselle holidays count (the council's calendar setting)
     * @return the escaped HTML of the {@code <time>} element
     */
    String html(LocalDate dueDate, boolean businessDays, boolean done, boolean alsaceMoselle);
}
