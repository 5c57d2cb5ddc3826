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

import java.time.Clock;
import java.time.ZoneId;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * The application's one source of "now" and "today": every rule (deadlines, reviews, indicators) and every stamp
 * (workflow dates, page names) reads it, directly or through {@code $services.cdd.time}. Its zone is the council's
 * (see {@code CouncilTimeZone}), so that "today" is the same day for every server of a cluster and every reader.
 * Dates handed to pages and queries are that wall-clock time expressed in {@link #getStorageZone()}, the zone XWiki
 * stores and displays dates in.
 * The system clock in production, a fixed clock in tests.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface ClockProvider
{
    /**
     * @return the clock to read the current instant from, in the council's time zone
     */
    Clock getClock();

    /**
     * @return the council's time zone: the one in which "today" is read
     */
    default ZoneId getZone()
    {
        return getClock().getZone();
    }

    /**
     * XWiki parses a date typed in a form ({@code DateClass}) and {@code $datetool} formats one in the server's
     * default time zone: a stored date is a wall-clock time of that zone. So the day of a stored date is read there,
     * and "today" is handed to queries and stamps as the council's wall-clock time there.
     *
     * @return the zone of stored dates' wall-clock time
     */
    default ZoneId getStorageZone()
    {
        return ZoneId.systemDefault();
    }
}
