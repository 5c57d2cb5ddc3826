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
import java.util.Date;

/**
 * Reads the values Velocity passes (a {@link Date} from an object, an ISO string typed by a user, a
 * {@link LocalDate} from another call) into {@link LocalDate}s.
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class ScriptValues
{
    private ScriptValues()
    {
    }

    /**
     * @param value a Date, LocalDate, LocalDateTime or ISO {@code yyyy-MM-dd} string
     * @param zone the council's time zone: the day of a Date (an instant) is the day it is there
     * @return the date, or null when it cannot be read
     */
    public static LocalDate toDate(Object value, ZoneId zone)
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
        try {
            return value == null ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parse(String text)
    {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
