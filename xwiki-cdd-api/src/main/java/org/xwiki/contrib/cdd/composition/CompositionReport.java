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
package org.xwiki.contrib.cdd.composition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * The council's composition on a date, in aggregates only: no member's identity appears in it.
 *
 * @param date the day checked
 * @param activeMembers members whose mandate covers the day
 * @param parity women and men
 * @param ageClasses each age class against the census, in the configured order (empty without census shares)
 * @param ageUndisclosed active members without an age class
 * @param dissimilarityIndex half the sum of |member share − census share| over the classes, in points: the share of
 *     members who would have to be in another class for the council to mirror the census (0 = identical); null
 *     without census shares or members with a known age class
 * @param communityCouncillors active members flagged as elected community councillors (incompatible)
 * @param membersByCollege active members per configured college, zero included
 * @param collegesMissing configured colleges without any active member
 * @param communesRepresented configured communes with at least one active member
 * @param communesConfigured configured communes
 * @param membersByEpci active members per EPCI, zero included
 * @param mandatesEndingSoon active members whose mandate ends within the warning period
 * @param errors what prevented part of the check, as translation keys with parameters
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record CompositionReport(LocalDate date, int activeMembers, Parity parity, List<AgeClassShare> ageClasses,
    int ageUndisclosed, Double dissimilarityIndex, int communityCouncillors, Map<String, Integer> membersByCollege,
    List<String> collegesMissing, int communesRepresented, int communesConfigured, Map<String, Integer> membersByEpci,
    int mandatesEndingSoon, List<CompositionMessage> errors)
{
    /**
     * Copies the collections so that a report cannot change.
     */
    public CompositionReport
    {
        ageClasses = List.copyOf(ageClasses);
        membersByCollege = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(membersByCollege));
        collegesMissing = List.copyOf(collegesMissing);
        membersByEpci = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(membersByEpci));
        errors = List.copyOf(errors);
    }

    /**
     * @return the age classes over-represented beyond the tolerance
     */
    public List<String> overRepresented()
    {
        return this.ageClasses.stream().filter(a -> a.representation() == AgeClassShare.Representation.OVER)
            .map(AgeClassShare::ageClass).toList();
    }

    /**
     * @return the age classes under-represented beyond the tolerance
     */
    public List<String> underRepresented()
    {
        return this.ageClasses.stream().filter(a -> a.representation() == AgeClassShare.Representation.UNDER)
            .map(AgeClassShare::ageClass).toList();
    }
}
