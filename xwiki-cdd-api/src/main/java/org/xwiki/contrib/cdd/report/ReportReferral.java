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
import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * One referral received in the report's year, as the activity report lists it.
 *
 * @param page the referral's page
 * @param kind mandatory, optional or self
 * @param origin the body that referred it (empty for a self-referral without one)
 * @param group the working group's page, empty when none
 * @param received the received date
 * @param due the due date, null when none
 * @param opinion the first adoption of an opinion on it, null when none
 * @param delayDays the days from receipt to that opinion, null without an opinion
 * @param transmitted the date the opinion was transmitted, null when not yet
 * @param transmittedTo the bodies it was transmitted to
 * @param outcome how it stands against its due date: {@link #ON_TIME}, {@link #LATE}, {@link #UNANSWERED},
 *     {@link #PENDING} or {@link #DECLINED}
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ReportReferral(String page, String kind, String origin, String group, LocalDate received, LocalDate due,
    LocalDate opinion, Long delayDays, LocalDate transmitted, List<String> transmittedTo, String outcome)
{
    /** Answered on or before its due date (or answered, without a due date). */
    public static final String ON_TIME = "onTime";

    /** Answered after its due date. */
    public static final String LATE = "late";

    /** Its due date passed without an answer. */
    public static final String UNANSWERED = "unanswered";

    /** Not answered, its due date not passed (or none). */
    public static final String PENDING = "pending";

    /** The council declined it. */
    public static final String DECLINED = "declined";

    /** Copies the list so that a line cannot change. */
    public ReportReferral
    {
        transmittedTo = List.copyOf(transmittedTo);
    }

    /** @return whether the report calls it out: a mandatory consultation answered late or not at all */
    public boolean isCalledOut()
    {
        return "mandatory".equals(this.kind) && (LATE.equals(this.outcome) || UNANSWERED.equals(this.outcome));
    }
}
