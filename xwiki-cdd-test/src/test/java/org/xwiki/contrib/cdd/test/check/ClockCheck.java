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
package org.xwiki.contrib.cdd.test.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Check i: pages take "now" and "today" from the application's one clock, {@code $services.cdd.time}, never from
 * another: not {@code $datetool.date} (and the other no-argument getters of Velocity's DateTool, which read the
 * server's clock and zone), not {@code $xwiki.currentDate}, not {@code $util.date}, not {@code new Date} (in a
 * script or a JavaScript extension). Otherwise a list, the deadline text next to it and the Java rules disagree on
 * what "today" is, and no test can fix the day. Dates read from objects are formatted with {@code $datetool.format},
 * which is allowed.
 *
 * @version $Id$
 */
public class ClockCheck implements PageCheck
{
    private static final String HINT = ": take it from $services.cdd.time (now, today, startOfToday, "
        + "startOfTomorrow, stamp, today('dd/MM/yyyy')), the application's one clock";

    /** DateTool's getters of the current date and its parts, as properties or calls without arguments. */
    private static final Pattern DATETOOL_NOW = Pattern.compile("\\$!?\\{?datetool\\}?\\.(?:"
        + "(?:date|systemDate|calendar|systemCalendar|systemTime|year|month|day|week|hour|minute|second|millisecond"
        + "|dayOfYear|dayOfMonth|dayOfWeek|weekOfYear|weekOfMonth)\\b(?!\\s*\\()"
        + "|get(?:Date|SystemDate|Calendar|SystemCalendar|SystemTime|Year|Month|Day|Week|Hour|Minute|Second"
        + "|Millisecond|DayOfYear|DayOfMonth|DayOfWeek|WeekOfYear|WeekOfMonth)\\(\\s*\\))");

    private static final Pattern XWIKI_NOW = Pattern.compile(
        "\\$!?\\{?(?:xwiki\\}?\\.(?:currentDate\\b|getCurrentDate\\s*\\()|util\\}?\\.(?:date\\b(?!\\s*\\()"
        + "|getDate\\(\\s*\\)))");

    private static final Pattern NEW_DATE = Pattern.compile("\\bnew\\s+(?:java\\.util\\.)?Date\\b|\\bDate\\.now\\(");

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        for (VelocityFragment text : WikiSource.allTexts(page)) {
            report(page, text, DATETOOL_NOW, problems);
            report(page, text, XWIKI_NOW, problems);
            report(page, text, NEW_DATE, problems);
        }
        return problems;
    }

    private static void report(XarPage page, VelocityFragment text, Pattern pattern, List<Problem> problems)
    {
        Matcher matcher = pattern.matcher(text.code());
        while (matcher.find()) {
            problems.add(new Problem(page.path(), text.toFileLine(WikiSource.lineOf(text.code(), matcher.start()) + 1),
                matcher.group() + " reads another clock (in " + text.where() + ")" + HINT));
        }
    }
}
