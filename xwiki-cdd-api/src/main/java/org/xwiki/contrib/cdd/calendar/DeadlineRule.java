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

import java.util.Locale;

import org.xwiki.stability.Unstable;

/**
 * How a delay is counted from a start date.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public enum DeadlineRule
{
    /** N calendar days: the start date plus N days. */
    CALENDAR_DAYS,

    /** N business days: each of the N days counted must be a business day (Monday–Friday, not a holiday). */
    BUSINESS_DAYS,

    /**
     * N months: same day of the month N months later; when that month is shorter, its last day (31 January + 1 month
     * = 28 or 29 February), as {@link java.time.LocalDate#plusMonths(long)} does.
     */
    MONTHS;

    /**
     * @return the id used in pages and translations, e.g. {@code business_days}
     */
    public String id()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id an id such as {@code business_days}
     * @return the rule, or null when the id is unknown
     */
    public static DeadlineRule fromId(String id)
    {
        for (DeadlineRule rule : values()) {
            if (rule.id().equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
