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

import org.xwiki.stability.Unstable;

/**
 * One column of an open dataset, as its Table Schema describes it (the format of schema.data.gouv.fr); its title and
 * description are the translations {@code cdd.opendata.field.<name>} and {@code cdd.opendata.field.<name>.description}.
 *
 * @param name the column's name, in French as the national open data portal expects
 * @param type {@link #STRING}, {@link #DATE}, {@link #INTEGER} or {@link #NUMBER}
 * @param required whether every row has a value
 * @param values the only values allowed, empty when any value is
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record OpenField(String name, String type, boolean required, List<String> values)
{
    /** A text. */
    public static final String STRING = "string";

    /** A day, {@code YYYY-MM-DD}. */
    public static final String DATE = "date";

    /** A whole number. */
    public static final String INTEGER = "integer";

    /** A decimal number, with a point. */
    public static final String NUMBER = "number";

    /** Copies the values so that a field cannot change. */
    public OpenField
    {
        values = List.copyOf(values);
    }

    /**
     * @param name the column's name
     * @param type its type
     * @return an optional column that takes any value of its type
     */
    public static OpenField of(String name, String type)
    {
        return new OpenField(name, type, false, List.of());
    }
}
