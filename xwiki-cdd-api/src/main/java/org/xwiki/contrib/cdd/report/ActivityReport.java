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

import java.util.List;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * The generated part of a yearly activity report: figures and tables computed from the council's records.
 *
 * @param year the calendar year reported on
 * @param referrals the referrals received in the year, by received date
 * @param referralsByKind how many of them per kind (mandatory, optional, self), every kind present
 * @param bodies the exchanges with each deliberative body, the configured ones first, then the total
 * @param meetingsByKind the meetings held in the year per kind
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ActivityReport(int year, List<ReportReferral> referrals, Map<String, Integer> referralsByKind,
    List<ReportBody> bodies, Map<String, Integer> meetingsByKind)
{
    /** Copies the collections so that a report cannot change. */
    public ActivityReport
    {
        referrals = List.copyOf(referrals);
        referralsByKind = Map.copyOf(referralsByKind);
        bodies = List.copyOf(bodies);
        meetingsByKind = Map.copyOf(meetingsByKind);
    }

    /** @return the kinds of meetings held, sorted so that the table reads the same on every render */
    public List<String> getMeetingKinds()
    {
        return this.meetingsByKind.keySet().stream().sorted().toList();
    }

    /** @return the referrals the report calls out: mandatory consultations answered late or not at all */
    public List<ReportReferral> getCalledOut()
    {
        return this.referrals.stream().filter(ReportReferral::isCalledOut).toList();
    }
}
