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

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.calendar.Reminder;
import org.xwiki.contrib.cdd.entity.DigestLogClass;

/**
 * The digest log's rule: who gets a digest now, and which run of two at once sends it. A run reads the day's log right
 * before claiming each person on it; the log keeps one object per person, so when two runs (two cluster nodes, a
 * double click) save their claims together, the page keeps the last one, and each run reads the log again and sends
 * only to those it still holds. A claim that never turned into sent or failed (a run that stopped) is not taken over:
 * the e-mail may have gone, and nobody must get it twice.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class DigestLog
{
    /** The most text the log keeps of a person's items. */
    static final int MAX_ITEMS_TEXT = 20000;

    /** The log of a day: user, status, when, run, error (bind {@code page}, the day's log page). */
    static final String LOG_QUERY = String.format("select log.user, log.status, log.at, log.run, log.error from "
        + "Document doc, doc.object(%s) as log where doc.fullName = :page", DigestLogClass.REFERENCE);

    private DigestLog()
    {
    }

    /** The last log row of each person: status, when, run. */
    private record Entry(String status, Date at, String run)
    {
    }

    static Map<String, List<Reminder>> toSend(Map<?, ?> plan, List<?> logRows, List<?> optedOut)
    {
        Map<String, Entry> log = entries(logRows);
        Set<String> off = new HashSet<>();
        for (Object user : optedOut == null ? List.of() : optedOut) {
            off.add(ReminderSources.user(user));
        }
        Map<String, List<Reminder>> toSend = new LinkedHashMap<>();
        for (Map.Entry<?, ?> person : (plan == null ? Map.of() : plan).entrySet()) {
            String user = ReminderSources.user(person.getKey());
            Entry entry = log.get(user);
            if (!user.isEmpty() && !off.contains(user) && !done(entry)
                && person.getValue() instanceof List<?> reminders) {
                toSend.put(user, reminders.stream().filter(Reminder.class::isInstance).map(Reminder.class::cast)
                    .toList());
            }
        }
        return toSend;
    }

    static boolean claimed(List<?> logRows, String user, String run)
    {
        Entry entry = entries(logRows).get(ReminderSources.user(user));
        return entry != null && DigestLogClass.SENDING.equals(entry.status()) && run != null
            && run.equals(entry.run());
    }

    // Sent that day, or claimed by a run (still sending, or stopped: whether it sent is not known).
    private static boolean done(Entry entry)
    {
        return entry != null && (DigestLogClass.SENT.equals(entry.status())
            || DigestLogClass.SENDING.equals(entry.status()));
    }

    private static Map<String, Entry> entries(List<?> logRows)
    {
        Map<String, Entry> entries = new HashMap<>();
        for (Object row : logRows == null ? List.of() : logRows) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() >= 4) {
                String user = ReminderSources.user(cells.get(0));
                Entry entry = new Entry(String.valueOf(cells.get(1)), cells.get(2) instanceof Date at ? at : null,
                    cells.get(3) == null ? null : cells.get(3).toString());
                // A sent digest wins over any other row of the same person.
                if (!user.isEmpty() && !(entries.containsKey(user)
                    && DigestLogClass.SENT.equals(entries.get(user).status()))) {
                    entries.put(user, entry);
                }
            }
        }
        return entries;
    }
}
