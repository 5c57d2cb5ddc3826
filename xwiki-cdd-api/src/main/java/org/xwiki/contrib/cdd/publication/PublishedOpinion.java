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
package org.xwiki.contrib.cdd.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.stability.Unstable;

/**
 * What the public copy of an adopted text holds beyond its texts: written by the workflow service when an animator
 * publishes it, and again when the follow-up of one of its recommendations moves. It names no person: no author, no
 * member, only the group's title.
 *
 * @param page the public copy's page ({@code CDD.Public.Opinions.<name>})
 * @param record the council's page it was copied from
 * @param title the title
 * @param type opinion, contribution, note or report
 * @param themes the ids of its themes, as configured
 * @param referralKind the kind of the referral it answers (mandatory, optional, self); empty for none
 * @param referral the title of that referral; empty for none
 * @param group the title of the working group that wrote it
 * @param adoptingBody the plenary or the bureau
 * @param adoptionDate when it was adopted
 * @param votes the votes for, against and abstentions
 * @param transmittedTo the ids of the deliberative bodies it was sent to
 * @param summary the summary (wiki syntax, never executed)
 * @param publicationDate when it was published
 * @param updated when the copy was last written
 * @param recommendations its recommendations, in order
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record PublishedOpinion(String page, String record, String title, String type, List<String> themes,
    String referralKind, String referral, String group, String adoptingBody, LocalDate adoptionDate, Votes votes,
    List<String> transmittedTo, String summary, LocalDate publicationDate, Instant updated,
    List<PublishedRecommendation> recommendations)
{
    /** The key of {@link #followUp()} that counts the recommendations whose follow-up is not public. */
    public static final String NOT_PUBLIC = "notPublic";

    /**
     * The votes of the adopting body.
     *
     * @param votesFor votes for
     * @param against votes against
     * @param abstentions abstentions
     */
    public record Votes(int votesFor, int against, int abstentions)
    {
    }

    /** Copies the lists so that a published opinion cannot change. */
    public PublishedOpinion
    {
        themes = List.copyOf(themes);
        transmittedTo = List.copyOf(transmittedTo);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * @return how many recommendations have each public follow-up state (in the workflow's order), then how many
     *     have a follow-up that is not public ({@link #NOT_PUBLIC}); only the counts above zero
     */
    public Map<String, Integer> followUp()
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String state : WorkflowStates.RECOMMENDATION_STATES) {
            counts.put(state, 0);
        }
        counts.put(NOT_PUBLIC, 0);
        for (PublishedRecommendation recommendation : this.recommendations) {
            String state = recommendation.status().isEmpty() ? WorkflowStates.PENDING : recommendation.status();
            counts.merge(recommendation.followUpPublic() ? state : NOT_PUBLIC, 1, Integer::sum);
        }
        counts.values().removeIf(count -> count == 0);
        return counts;
    }

    /**
     * @return the year it belongs to in the library: the year of its adoption, else of its publication; 0 for none
     */
    public int year()
    {
        LocalDate day = this.adoptionDate != null ? this.adoptionDate : this.publicationDate;
        return day == null ? 0 : day.getYear();
    }
}
