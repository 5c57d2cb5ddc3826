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

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.commons.lang3.StringUtils;
import org.xwiki.component.annotation.Component;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.script.ScriptError;

/**
 * Keeps the last error of {@code $services.cdd} in the current request's execution context (XWiki's
 * {@code lastError} convention): never in the component, which all requests and cluster nodes share.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component(roles = ScriptErrors.class)
@Singleton
public class ScriptErrors
{
    /** The execution context property holding the last error. */
    static final String PROPERTY = "cdd.script.lastError";

    /** Longer values are cut in messages: enough to recognise what was typed, not a page of digits. */
    static final int MAX_VALUE_LENGTH = 60;

    @Inject
    private Execution execution;

    /**
     * @param key the translation key
     * @param parameters its parameters
     * @param <T> the type the failed call returns
     * @return null, so that a script service can {@code return errors.fail(…)}
     */
    public <T> T fail(String key, Object... parameters)
    {
        ExecutionContext context = this.execution.getContext();
        if (context != null) {
            List<Object> shown = new ArrayList<>();
            for (Object parameter : parameters) {
                Object value = parameter == null ? String.valueOf(parameter) : parameter;
                shown.add(value instanceof String text ? StringUtils.abbreviate(text, MAX_VALUE_LENGTH) : value);
            }
            context.setProperty(PROPERTY, new ScriptError(key, shown));
        }
        return null;
    }

    /**
     * @param value a date that {@link ScriptValues#toDate} refused
     * @param zone the council's time zone
     * @param <T> the type the failed call returns
     * @return null, having told whether the value is not a date or a date outside {@link DateBounds}
     */
    public <T> T badDate(Object value, ZoneId zone)
    {
        String text = String.valueOf(value);
        return ScriptValues.toAnyDate(value, zone) == null ? fail(ScriptError.BAD_DATE, text)
            : fail(ScriptError.DATE_OUT_OF_RANGE, text, DateBounds.MIN.toString(), DateBounds.MAX.toString());
    }

    /**
     * @param year a year
     * @param <T> the type the failed call returns
     * @return null, having told that the year is outside {@link DateBounds}
     */
    public <T> T badYear(int year)
    {
        return fail(ScriptError.YEAR_OUT_OF_RANGE, String.valueOf(year), String.valueOf(DateBounds.MIN_YEAR),
            String.valueOf(DateBounds.MAX_YEAR));
    }

    /**
     * Forget the previous error: each call starts clean.
     */
    public void clear()
    {
        ExecutionContext context = this.execution.getContext();
        if (context != null) {
            context.removeProperty(PROPERTY);
        }
    }

    /**
     * @return the last error of this request, null when the last call succeeded
     */
    public ScriptError last()
    {
        ExecutionContext context = this.execution.getContext();
        return context == null ? null : (ScriptError) context.getProperty(PROPERTY);
    }
}
