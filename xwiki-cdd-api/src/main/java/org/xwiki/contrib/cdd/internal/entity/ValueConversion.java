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
package org.xwiki.contrib.cdd.internal.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.internal.QuickChecks;

/**
 * Converts one raw value as XWiki gives it to a page to the Java type of its property. A value that cannot be converted
 * gives {@link #FAILED}, a date outside {@link DateBounds} {@link #OUT_OF_RANGE}; an empty one gives null.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class ValueConversion
{
    /** Marks a value that cannot be converted. */
    static final Object FAILED = new Object();

    /** Marks a date outside {@link DateBounds}: readable, but no rule may compute with it. */
    static final Object OUT_OF_RANGE = new Object();

    private static final String LIST_SEPARATOR = "\\|";

    private static final String TRUE = "true";

    private static final String FALSE = "false";

    private ValueConversion()
    {
    }

    static String text(Object raw)
    {
        String text = raw.toString();
        return text.isEmpty() ? null : text;
    }

    static List<String> list(Object raw)
    {
        List<String> values = new ArrayList<>();
        if (raw instanceof Collection<?> collection) {
            collection.stream().filter(v -> v != null && !v.toString().isBlank())
                .forEach(v -> values.add(v.toString().trim()));
        } else {
            for (String value : raw.toString().split(LIST_SEPARATOR)) {
                if (!value.isBlank()) {
                    values.add(value.trim());
                }
            }
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }

    static Object date(Object raw, boolean withTime, ZoneId zone)
    {
        LocalDateTime dateTime;
        if (raw instanceof Date date) {
            dateTime = LocalDateTime.ofInstant(date.toInstant(), zone);
        } else if (raw instanceof LocalDateTime value) {
            dateTime = value;
        } else if (raw instanceof LocalDate value) {
            dateTime = value.atStartOfDay();
        } else {
            dateTime = parseDate(raw.toString().trim());
        }
        if (dateTime == null) {
            return raw.toString().isBlank() ? null : FAILED;
        }
        if (!DateBounds.contains(dateTime.toLocalDate())) {
            return OUT_OF_RANGE;
        }
        return withTime ? dateTime : dateTime.toLocalDate();
    }

    private static LocalDateTime parseDate(String text)
    {
        if (!QuickChecks.mayBeDate(text)) {
            return null;
        }
        try {
            if (isIsoDay(text)) {
                // The common case (dates typed in forms and read from queries), without the formatter's garbage.
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10))).atStartOfDay();
            }
            // Without a time, the whole text is a day: a signed year (+10000-01-01) is read, then refused as too far.
            return text.indexOf('T') < 0 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isIsoDay(String text)
    {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    static Object integer(Object raw)
    {
        if (raw instanceof Integer || raw instanceof Short) {
            return ((Number) raw).intValue();
        }
        if (raw instanceof Long value) {
            // A long beyond an int would come back as another number.
            return value == value.intValue() ? value.intValue() : FAILED;
        }
        String text = raw.toString().trim();
        return text.isEmpty() ? null : integer(text);
    }

    private static Object integer(String text)
    {
        if (!QuickChecks.mayBeInteger(text)) {
            return FAILED;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return FAILED;
        }
    }

    static Object flag(Object raw)
    {
        if (raw instanceof Boolean) {
            return raw;
        }
        String text = raw.toString().trim();
        if ("1".equals(text) || TRUE.equals(text)) {
            return Boolean.TRUE;
        }
        if ("0".equals(text) || FALSE.equals(text)) {
            return Boolean.FALSE;
        }
        return text.isEmpty() ? null : FAILED;
    }
}
