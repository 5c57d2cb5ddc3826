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
package org.xwiki.contrib.cdd.publication;

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Writes a calendar feed (iCalendar, RFC 5545) that calendar applications subscribe to.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface CalendarFeed
{
    /** The most events a feed holds. */
    int MAX_EVENTS = 2000;

    /**
     * @param name the calendar's name, as a calendar application shows it
     * @param events its events; only the first {@link #MAX_EVENTS} are written
     * @param alarmDays the days before each event a reminder goes off (the council's reminder days)
     * @param reminder the reminder's text
     * @return the iCalendar text, with the council's time zone (VTIMEZONE) and every time written in it
     */
    String write(String name, List<CalendarEvent> events, List<Integer> alarmDays, String reminder);
}
