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
package org.xwiki.contrib.cdd.indicators;

import org.xwiki.stability.Unstable;

/**
 * One self-evaluation indicator, with how it was computed so that the activity report can print its definition.
 *
 * @param id the indicator id, e.g. {@code answered_before_due_share}
 * @param value a {@link Number}, a {@code Map<String, Number>} (per kind, theme, college…), or null when the
 *     indicator has nothing to count (e.g. a share of zero cases)
 * @param unit {@code count}, {@code percent} or {@code days}
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record Indicator(String id, Object value, String unit)
{
    /** Unit of a number of things. */
    public static final String COUNT = "count";

    /** Unit of a share, 0–100. */
    public static final String PERCENT = "percent";

    /** Unit of a duration in days. */
    public static final String DAYS = "days";

    /**
     * @return the translation key of its name, {@code cdd.indicator.<id>}
     */
    public String labelKey()
    {
        return "cdd.indicator." + this.id;
    }

    /**
     * @return the translation key of its definition, {@code cdd.indicator.<id>.definition}
     */
    public String definitionKey()
    {
        return labelKey() + ".definition";
    }
}
