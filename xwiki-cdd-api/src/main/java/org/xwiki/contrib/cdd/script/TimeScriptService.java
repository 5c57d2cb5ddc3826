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

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.time}: "now" and "today" for the pages, from the application's one clock and in the council's
 * time zone. Pages read them for every rule, query and stamp, never {@code $datetool.date} or
 * {@code $xwiki.currentDate}: so that a list, the deadline text next to it and the Java rules agree on what "today"
 * is, and tests can fix the day.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(TimeScriptService.HINT)
@Singleton
@Unstable
public class TimeScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.time";

    /** The stamp that makes new page names unique: year to minute, in the council's zone. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT);

    /** Longer patterns are refused: no pattern a page needs is longer. */
    private static final int MAX_PATTERN = 32;

    @Inject
    private ClockProvider clockProvider;

    @Inject
    private ScriptErrors errors;

    /**
     * @return now, for stamps (the date a move was made) and for queries on date-times ({@code >= :now}): the
     *     council's wall-clock time, in the zone XWiki stores dates in
     */
    public Date getNow()
    {
        return stored(LocalDateTime.now(this.clockProvider.getClock()));
    }

    /**
     * @return today, in the council's time zone
     */
    public LocalDate getToday()
    {
        return LocalDate.now(this.clockProvider.getClock());
    }

    /**
     * @return the start of today in the council's time zone, as XWiki stores it: "overdue" means due before it
     */
    public Date getStartOfToday()
    {
        return stored(getToday().atStartOfDay());
    }

    /**
     * @return the start of tomorrow in the council's time zone, as XWiki stores it: "due today" means from the
     *     start of today to before it
     */
    public Date getStartOfTomorrow()
    {
        return stored(getToday().plusDays(1).atStartOfDay());
    }

    /**
     * @return the id of the council's time zone, e.g. {@code Europe/Paris}
     */
    public String getZone()
    {
        return this.clockProvider.getZone().getId();
    }

    /**
     * @return this minute as {@code yyyyMMddHHmm} in the council's zone, to name a new page
     */
    public String getStamp()
    {
        return ZonedDateTime.now(this.clockProvider.getClock()).format(STAMP);
    }

    private Date stored(LocalDateTime councilTime)
    {
        return Date.from(councilTime.atZone(this.clockProvider.getStorageZone()).toInstant());
    }

    /**
     * @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code dd/MM/yyyy} (the format of a date field)
     * @return today in that pattern, null (and lastError) when the pattern cannot be used
     */
    public String today(String pattern)
    {
        this.errors.clear();
        if (pattern == null || pattern.isEmpty() || pattern.length() > MAX_PATTERN) {
            return this.errors.fail(ScriptError.BAD_PATTERN, String.valueOf(pattern));
        }
        try {
            return getToday().format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
        } catch (IllegalArgumentException | DateTimeException e) {
            return this.errors.fail(ScriptError.BAD_PATTERN, pattern);
        }
    }
}
