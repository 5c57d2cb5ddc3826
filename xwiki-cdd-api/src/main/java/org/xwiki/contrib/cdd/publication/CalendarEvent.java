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

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.xwiki.stability.Unstable;

/**
 * One event of a calendar feed: a meeting (a start and a duration, in the council's time zone) or a day (a due date,
 * an action to do).
 *
 * @param uid its stable identifier: the same event keeps it from one download to the next
 * @param summary what a calendar shows
 * @param start when a meeting starts, in the council's wall-clock time; null for a day
 * @param minutes how long a meeting lasts; 0 when unknown
 * @param day the day of a day event; null for a meeting
 * @param location where it takes place; empty for nowhere in particular
 * @param url the page that describes it
 * @param cancelled whether it was cancelled (it stays in the feed, so calendars remove it)
 * @param sequence grows each time the event changes
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record CalendarEvent(String uid, String summary, LocalDateTime start, int minutes, LocalDate day,
    String location, String url, boolean cancelled, int sequence)
{
}
