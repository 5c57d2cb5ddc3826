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
package org.xwiki.contrib.cdd.test.standin;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;

import org.xwiki.contrib.cdd.test.page.PropertyDefinition;

/**
 * Turns the text values of test objects into what XWiki gives a page: {@link Date} for dates (written
 * {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm} in tests), lists for multiple lists, {@link Integer} for numbers.
 *
 * @version $Id$
 */
public final class StandInValues
{
    private StandInValues()
    {
    }

    public static Object typed(PropertyDefinition property, String raw)
    {
        if (raw == null || raw.isEmpty()) {
            return raw;
        }
        switch (property.simpleType()) {
            case "DateClass":
                try {
                    // A XAR stores "2026-11-28 00:00:00.0"; test fixtures write "2026-11-28" or "2026-11-28 18:00".
                    String pattern = raw.length() > 16 ? "yyyy-MM-dd HH:mm:ss.S"
                        : raw.length() > 10 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd";
                    return new SimpleDateFormat(pattern).parse(raw);
                } catch (ParseException e) {
                    return raw;
                }
            case "NumberClass":
            case "BooleanClass":
                try {
                    return Integer.valueOf(raw);
                } catch (NumberFormatException e) {
                    return raw;
                }
            default:
                return "1".equals(property.attributes().get("multiSelect")) ? Arrays.asList(raw.split("\\|")) : raw;
        }
    }

    /**
     * @param object an object of a page
     * @param name one of its properties
     * @param raw its stored text
     * @return the value a page gets for it (a date, a list, a number), to compare stored values as XWiki does
     */
    public static Object typedForTests(org.xwiki.contrib.cdd.test.page.PageObject object, String name, String raw)
    {
        PropertyDefinition property = object.classDefinition() == null ? null
            : object.classDefinition().properties().get(name);
        return property == null ? raw : typed(property, raw);
    }

    /**
     * @param value a value a page set on an object (a date, a list, a number, text)
     * @return it as XWiki stores it in a XAR: dates {@code yyyy-MM-dd HH:mm:ss.S}, list items joined with |
     */
    public static String stored(Object value)
    {
        if (value instanceof java.util.Date date) {
            return new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.S").format(date);
        }
        if (value instanceof java.util.Collection<?> list) {
            return String.join("|", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
