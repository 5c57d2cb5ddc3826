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
package org.xwiki.contrib.cdd.script;

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * Why the last call to {@code $services.cdd} returned nothing: a translation key and its parameters. Pages show it
 * with {@code $services.localization.render($services.cdd.lastError.key, $services.cdd.lastError.parameters)}.
 *
 * @param key the translation key, e.g. {@code cdd.script.error.badDate}
 * @param parameters its MessageFormat parameters
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ScriptError(String key, List<Object> parameters)
{
    /** A date could not be read. Parameter: the value. */
    public static final String BAD_DATE = "cdd.script.error.badDate";

    /** A date outside the accepted years (DateBounds). Parameters: the value, the first and last dates accepted. */
    public static final String DATE_OUT_OF_RANGE = "cdd.script.error.dateOutOfRange";

    /** A year outside the accepted years (DateBounds). Parameters: the year, the first and last years accepted. */
    public static final String YEAR_OUT_OF_RANGE = "cdd.script.error.yearOutOfRange";

    /**
     * A delay (days or months) below 0 or above the maximum (DateBounds). Parameters: the value, the most days and the
     * most months accepted.
     */
    public static final String DELAY_OUT_OF_RANGE = "cdd.script.error.delayOutOfRange";

    /** No page named where one is needed. Parameter: the value. */
    public static final String BAD_PAGE = "cdd.script.error.badPage";

    /** No such entity. Parameter: the id. */
    public static final String UNKNOWN_ENTITY = "cdd.script.error.unknownEntity";

    /** No such workflow. Parameter: the id. */
    public static final String UNKNOWN_WORKFLOW = "cdd.script.error.unknownWorkflow";

    /** No such deadline rule. Parameter: the id. */
    public static final String UNKNOWN_RULE = "cdd.script.error.unknownRule";

    /** A period whose end is before its start. Parameters: start, end. */
    public static final String BAD_PERIOD = "cdd.script.error.badPeriod";

    /** A period longer than allowed. Parameters: start, end, the most days accepted. */
    public static final String PERIOD_TOO_LONG = "cdd.script.error.periodTooLong";

    /** A date pattern could not be used. Parameter: the pattern. */
    public static final String BAD_PATTERN = "cdd.script.error.badPattern";

    /** A number could not be read. Parameter: the value. */
    public static final String BAD_NUMBER = "cdd.script.error.badNumber";

    /**
     * Copies the parameters so that an error cannot change.
     */
    public ScriptError
    {
        parameters = List.copyOf(parameters);
    }
}
