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
import java.util.Map;

import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.stability.Unstable;

/**
 * The council's composition as the activity report gives it, in aggregates that reveal no member's private data: how
 * many members, whether women and men are within one of each other (the verdict and the gap, never the counts),
 * members per college (a public field) and the communes represented.
 *
 * @param date the day the composition was taken: the last day of the year, or today for the current year
 * @param activeMembers members whose mandate covers that day
 * @param parityCompliant whether women and men are within one of each other
 * @param parityDifference the gap between women and men
 * @param membersByCollege active members per configured college, zero included, in configured order
 * @param collegesMissing configured colleges without any active member
 * @param communesRepresented configured communes with at least one active member
 * @param communesConfigured configured communes
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ReportCouncil(LocalDate date, int activeMembers, boolean parityCompliant, int parityDifference,
    Map<String, Integer> membersByCollege, List<String> collegesMissing, int communesRepresented,
    int communesConfigured)
{
    /** Copies the collections, keeping the configured order of the colleges. */
    public ReportCouncil
    {
        membersByCollege = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(membersByCollege));
        collegesMissing = List.copyOf(collegesMissing);
    }

    /**
     * @param composition the composition check of the council on a day
     * @return what the report keeps of it
     */
    public static ReportCouncil of(CompositionReport composition)
    {
        return new ReportCouncil(composition.date(), composition.activeMembers(), composition.parity().compliant(),
            composition.parity().difference(), composition.membersByCollege(), composition.collegesMissing(),
            composition.communesRepresented(), composition.communesConfigured());
    }
}
