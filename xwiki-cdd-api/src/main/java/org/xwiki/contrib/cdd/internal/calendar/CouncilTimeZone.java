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
package org.xwiki.contrib.cdd.internal.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Which time zone "today" is read in: the first valid zone id among the configured ones, else Europe/Paris (the
 * zone of every French council but the overseas ones, which then configure theirs).
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class CouncilTimeZone
{
    /** The zone when nothing valid is configured. */
    public static final ZoneId DEFAULT = ZoneId.of("Europe/Paris");

    /** The application's own setting ({@code xwiki.properties} or the wiki preferences), read first. */
    public static final String PROPERTY = "cdd.timeZone";

    /** XWiki's own time zone preference of the wiki (Administration, Localization), read next. */
    public static final String WIKI_PROPERTY = "timezone";

    /** Longer than any zone id of the tz database: a longer value is refused without parsing it. */
    private static final int MAX_LENGTH = 64;

    private CouncilTimeZone()
    {
    }

    /**
     * @param candidates configured zone ids, in order of preference; null, blank and unknown ones are skipped
     * @return the first valid zone, else {@link #DEFAULT}
     */
    public static ZoneId resolve(Object... candidates)
    {
        for (Object candidate : candidates) {
            String id = candidate == null ? "" : candidate.toString().trim();
            if (!id.isEmpty() && id.length() <= MAX_LENGTH) {
                try {
                    return ZoneId.of(id);
                } catch (DateTimeException e) {
                    // An unknown id: the next candidate decides.
                }
            }
        }
        return DEFAULT;
    }
}
