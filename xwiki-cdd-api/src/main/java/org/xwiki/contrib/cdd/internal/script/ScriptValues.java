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
package org.xwiki.contrib.cdd.internal.script;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.internal.QuickChecks;

/**
 * Reads the values Velocity passes (a {@link Date} from an object, an ISO string typed by a user, a
 * {@link LocalDate} from another call) into {@link LocalDate}s, within {@link DateBounds}.
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class ScriptValues
{
    /** The length of {@code yyyy-MM-dd}: what follows (a time) is left out. */
    private static final int ISO_DAY_LENGTH = 10;

    private ScriptValues()
    {
    }

    /**
     * @param value a Date, LocalDate, LocalDateTime or ISO {@code yyyy-MM-dd} string
     * @param zone the council's time zone: the day of a Date (an instant) is the day it is there
     * @return the date, or null when it cannot be read or is outside {@link DateBounds}
     */
    public static LocalDate toDate(Object value, ZoneId zone)
    {
        LocalDate date = toAnyDate(value, zone);
        return DateBounds.contains(date) ? date : null;
    }

    /**
     * @param value a Date, LocalDate, LocalDateTime or ISO string, {@code +10000-01-01} included
     * @param zone the council's time zone
     * @return the date however far it is, or null when it cannot be read: to tell an unreadable value from one out
     *     of bounds in an error message, never to compute with
     */
    public static LocalDate toAnyDate(Object value, ZoneId zone)
    {
        LocalDate date = null;
        if (value instanceof LocalDate localDate) {
            date = localDate;
        } else if (value instanceof LocalDateTime dateTime) {
            date = dateTime.toLocalDate();
        } else if (value instanceof Date javaDate) {
            date = LocalDate.ofInstant(javaDate.toInstant(), zone);
        } else if (value != null) {
            date = parse(value.toString().trim());
        }
        return date;
    }

    /**
     * @param value a number or numeric text
     * @return the whole number, or null when it cannot be read
     */
    public static Integer toInteger(Object value)
    {
        if (value instanceof Number number) {
            return number.intValue();
        }
        String text = value == null ? "" : value.toString().trim();
        if (!QuickChecks.mayBeInteger(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param values what a page passes as a list of names (groups, options): its items may be of any type
     * @return the items as text, nulls left out; empty for null
     */
    public static List<String> toStrings(Collection<?> values)
    {
        List<String> strings = new ArrayList<>();
        if (values != null) {
            // Items are read as objects: Velocity may hand over a list of anything whatever the declared type.
            for (Object value : values) {
                if (value != null) {
                    strings.add(value.toString());
                }
            }
        }
        return strings;
    }

    /**
     * @param values what a page passes as a map: its keys may be of any type, or null
     * @return the same entries, in order, keyed by text; null keys are left out, and an empty map for null
     */
    public static Map<String, Object> toValueMap(Map<?, ?> values)
    {
        Map<String, Object> map = new LinkedHashMap<>();
        if (values != null) {
            for (Map.Entry<?, ?> entry : values.entrySet()) {
                if (entry.getKey() != null) {
                    map.put(entry.getKey().toString(), entry.getValue());
                }
            }
        }
        return map;
    }

    /**
     * @param values what a page passes as a map of texts: its keys and values may be of any type, or null
     * @return the same entries, in order, keys and values as text; null keys are left out, null values are empty
     */
    public static Map<String, String> toTextMap(Map<?, ?> values)
    {
        Map<String, String> map = new LinkedHashMap<>();
        toValueMap(values).forEach((key, value) -> map.put(key, value == null ? "" : value.toString()));
        return map;
    }

    private static LocalDate parse(String text)
    {
        if (!QuickChecks.mayBeDate(text)) {
            return null;
        }
        try {
            // A signed year is an ISO date beyond 9999 or before year 0, read whole to say it is out of bounds.
            boolean signed = text.startsWith("+") || text.startsWith("-");
            boolean withTime = text.length() > ISO_DAY_LENGTH && !signed;
            return LocalDate.parse(withTime ? text.substring(0, ISO_DAY_LENGTH) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
