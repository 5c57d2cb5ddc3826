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
import java.util.LinkedHashMap;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.stability.Unstable;

/**
 * A contribution the council adopted in the report's year, and what became of its recommendations.
 *
 * @param page the contribution's page
 * @param type opinion, contribution, note or report
 * @param saisine the referral it answers, empty when none
 * @param group the working group that wrote it, empty when none
 * @param adopted its adoption date
 * @param adoptingBody plenary or bureau, empty when not said
 * @param published its publication date, null when not published
 * @param followUp how many of its recommendations stand in each follow-up state (pending, taken_into_account,
 *     partly, not_taken), only the states that occur
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ReportContribution(String page, String type, String saisine, String group, LocalDate adopted,
    String adoptingBody, LocalDate published, Map<String, Integer> followUp)
{
    /** Copies the map so that a line cannot change. */
    public ReportContribution
    {
        followUp = Map.copyOf(followUp);
    }

    /** @return {@link #followUp()} in the workflow's order of states, so that it reads the same on every render */
    public Map<String, Integer> getFollowUpInOrder()
    {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        WorkflowStates.RECOMMENDATION_STATES.stream().filter(this.followUp::containsKey)
            .forEach(state -> ordered.put(state, this.followUp.get(state)));
        return ordered;
    }

    /** @return how many recommendations it makes */
    public int getRecommendations()
    {
        return this.followUp.values().stream().mapToInt(Integer::intValue).sum();
    }
}
