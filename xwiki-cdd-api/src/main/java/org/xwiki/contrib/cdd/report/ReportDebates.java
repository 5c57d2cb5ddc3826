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
package org.xwiki.contrib.cdd.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xwiki.stability.Unstable;

/**
 * The date of the debate of a report in each deliberative body, kept as one {@code body=yyyy-MM-dd} per line: a
 * council serving several bodies (a PETR and its EPCI) records one date per body, and the report counts as debated
 * only when every configured body debated it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ReportDebates
{
    private static final char SEPARATOR = '=';

    private static final String LINE = "\n";

    private ReportDebates()
    {
    }

    /**
     * @param text the stored lines; a line that does not read as a body and a date is left out
     * @return the date of each body, in line order
     */
    public static Map<String, LocalDate> read(String text)
    {
        Map<String, LocalDate> debates = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split(LINE)) {
            int separator = line.lastIndexOf(SEPARATOR);
            if (separator > 0) {
                try {
                    debates.putIfAbsent(line.substring(0, separator).trim(),
                        LocalDate.parse(line.substring(separator + 1).trim()));
                } catch (DateTimeParseException e) {
                    // Not a date: the body counts as not debated.
                }
            }
        }
        return debates;
    }

    /**
     * @param debates the date of each body
     * @return the lines to store
     */
    public static String write(Map<String, LocalDate> debates)
    {
        return debates.entrySet().stream().map(entry -> entry.getKey() + SEPARATOR + entry.getValue())
            .collect(Collectors.joining(LINE));
    }

    /**
     * @param bodies the configured deliberative bodies
     * @param debates the recorded dates
     * @return the bodies without a date, in configured order
     */
    public static List<String> missing(List<String> bodies, Map<String, LocalDate> debates)
    {
        return bodies.stream().filter(body -> !debates.containsKey(body)).toList();
    }
}
