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
package org.xwiki.contrib.cdd.calendar;

import java.time.LocalDate;
import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * Something with a due date that people must be reminded of: a referral's due date (its group's referents and the
 * animators), an action item (its owner), a recommendation's review date (the animators), minutes awaiting
 * validation (the group's referents), a tutorial due for a check (its author). Who they are is the caller's business.
 *
 * @param kind what it is, e.g. {@code saisine}, {@code actionItem}: the translation of the message depends on it
 * @param record the page it belongs to
 * @param dueDate when it is due
 * @param recipients the users to remind
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ReminderItem(String kind, String record, LocalDate dueDate, List<String> recipients)
{
    /**
     * @param kind what it is
     * @param record the page it belongs to
     * @param dueDate when it is due
     * @param recipients the users to remind (copied; none when null)
     */
    public ReminderItem
    {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
