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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.stability.Unstable;

/**
 * The generated part of a yearly activity report: figures and tables computed from the council's records.
 *
 * @param year the calendar year reported on
 * @param referrals the referrals received in the year, by received date
 * @param bodies the exchanges with each deliberative body, the configured ones first, then the total
 * @param contributions the contributions adopted in the year, by adoption date, with their recommendations
 * @param groups what each working group did in the year, groups that did nothing left out
 * @param meetingsByKind the meetings held in the year per kind
 * @param methods how many meetings of the year used each facilitation method, by method page
 * @param published the contributions published in the year, whenever adopted, by publication date
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ActivityReport(int year, List<ReportReferral> referrals, List<ReportBody> bodies,
    List<ReportContribution> contributions, List<ReportGroup> groups, Map<String, Integer> meetingsByKind,
    Map<String, Integer> methods, List<ReportContribution> published)
{
    /** Copies the collections so that a report cannot change. */
    public ActivityReport
    {
        referrals = List.copyOf(referrals);
        bodies = List.copyOf(bodies);
        contributions = List.copyOf(contributions);
        groups = List.copyOf(groups);
        meetingsByKind = Map.copyOf(meetingsByKind);
        methods = Map.copyOf(methods);
        published = List.copyOf(published);
    }

    /** @return how many referrals of the year per kind: mandatory, optional, self, each kind present */
    public Map<String, Integer> getReferralsByKind()
    {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (String kind : List.of(SaisineClass.MANDATORY, SaisineClass.OPTIONAL, SaisineClass.SELF)) {
            byKind.put(kind, (int) this.referrals.stream().filter(r -> kind.equals(r.kind())).count());
        }
        return byKind;
    }

    /** @return the kinds of meetings held, sorted so that the table reads the same on every render */
    public List<String> getMeetingKinds()
    {
        return this.meetingsByKind.keySet().stream().sorted().toList();
    }

    /** @return the methods used, the most used first, then by page */
    public List<String> getMethodsByUse()
    {
        return this.methods.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).toList();
    }

    /**
     * @return the recommendations of the year's contributions per follow-up state, summed, in the workflow's order of
     *     states, only the states that occur
     */
    public Map<String, Integer> getFollowUp()
    {
        Map<String, Integer> total = new LinkedHashMap<>();
        for (String state : WorkflowStates.RECOMMENDATION_STATES) {
            int count = this.contributions.stream().mapToInt(c -> c.followUp().getOrDefault(state, 0)).sum();
            if (count > 0) {
                total.put(state, count);
            }
        }
        return total;
    }

    /** @return how many public events the council held in the year */
    public int getPublicEvents()
    {
        return this.meetingsByKind.getOrDefault(MeetingClass.PUBLIC_EVENT, 0);
    }

    /** @return the referrals the report calls out: mandatory consultations answered late or not at all */
    public List<ReportReferral> getCalledOut()
    {
        return this.referrals.stream().filter(ReportReferral::isCalledOut).toList();
    }
}
