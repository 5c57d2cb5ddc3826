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
package org.xwiki.contrib.cdd.internal.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.composition.AgeClassShare.Representation;
import org.xwiki.contrib.cdd.composition.CompositionMessage;
import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.contrib.cdd.composition.CompositionRules;
import org.xwiki.contrib.cdd.composition.Parity;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit tests for {@link DefaultCompositionCheck}.
 *
 * @version $Id$
 */
class DefaultCompositionCheckTest
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private static final Map<String, Double> CENSUS = new LinkedHashMap<>();

    static {
        CENSUS.put("15-29", 20.0);
        CENSUS.put("30-44", 25.0);
        CENSUS.put("45-59", 25.0);
        CENSUS.put("60-74", 20.0);
        CENSUS.put("75+", 10.0);
    }

    private final DefaultCompositionCheck check = new DefaultCompositionCheck();

    private int counter;

    private EntityRecord member(String gender, String ageClass, Object... more)
    {
        Map<String, Object> values = new HashMap<>();
        if (gender != null) {
            values.put(MemberPrivateClass.GENDER, gender);
        }
        if (ageClass != null) {
            values.put(MemberPrivateClass.AGE_CLASS, ageClass);
        }
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return new DefaultRecordReader(new TestClockProvider()).read(MemberPrivateClass.WITH_MEMBER, "CDD.Members.M" + (++this.counter), values)
            .record();
    }

    private static CompositionRules rules(Map<String, Double> census)
    {
        return new CompositionRules(DAY, census, 5.0, 90, List.of("citizens", "associations", "economy"),
            Map.of("Arles", "ACCM", "Tarascon", "ACCM", "Eyragues", "TPA", "Fontvieille", "CCVBA"));
    }

    @Test
    void anEmptyCouncilIsParitaryAndHasNoAgeIndex()
    {
        CompositionReport report = this.check.check(List.of(), rules(CENSUS));

        assertEquals(new Parity(0, 0, 0, 0, 0, true), report.parity());
        assertNull(report.dissimilarityIndex());
        assertEquals(0, report.activeMembers());
        assertEquals(List.of("citizens", "associations", "economy"), report.collegesMissing());
    }

    @Test
    void parityCountsUndisclosedApartAndNeverGuesses()
    {
        List<EntityRecord> members = List.of(member("f", null), member("f", null), member("f", null),
            member("m", null), member("m", null), member("undisclosed", null), member(null, null),
            member("other", null));

        Parity parity = this.check.check(members, rules(CENSUS)).parity();

        assertEquals(new Parity(3, 2, 1, 2, 1, true), parity);
        List<EntityRecord> unbalanced = new ArrayList<>(members);
        unbalanced.add(member("f", null));
        assertFalse(this.check.check(unbalanced, rules(CENSUS)).parity().compliant(), "4 women, 2 men");
    }

    @Test
    void onlyMembersWhoseMandateCoversTheDayCount()
    {
        List<EntityRecord> members = List.of(member("f", null, MemberClass.MANDATE_END, "2026-11-27"),
            member("m", null, MemberClass.MANDATE_START, "2026-11-29"),
            member("m", null, MemberClass.MANDATE_START, "2022-01-01", MemberClass.MANDATE_END, "2026-11-28"),
            member("f", null, MemberClass.MANDATE_START, "2022-01-01", MemberClass.MANDATE_END, "2027-01-15"));

        CompositionReport report = this.check.check(members, rules(CENSUS));

        assertEquals(2, report.activeMembers());
        assertEquals(2, report.mandatesEndingSoon(), "ends today, and within 90 days");
    }

    @Test
    void ageClassesAreComparedWithTheCensusAndSummedUpByTheDissimilarityIndex()
    {
        List<EntityRecord> members = List.of(member("f", "60-74"), member("m", "60-74"), member("f", "60-74"),
            member("m", "60-74"), member("f", "15-29"), member("m", null));

        CompositionReport report = this.check.check(members, rules(CENSUS));

        assertEquals(1, report.ageUndisclosed());
        assertEquals(List.of(1, 0, 0, 4, 0), report.ageClasses().stream().map(a -> a.members()).toList());
        assertEquals(80.0, report.ageClasses().get(3).share(), 1e-9);
        assertEquals(60.0, report.ageClasses().get(3).deviation(), 1e-9);
        assertEquals(Representation.WITHIN, report.ageClasses().get(0).representation());
        assertEquals(List.of("60-74"), report.overRepresented());
        assertEquals(List.of("30-44", "45-59", "75+"), report.underRepresented());
        assertEquals(60.0, report.dissimilarityIndex(), 1e-9, "(0 + 25 + 25 + 60 + 10) / 2");
        assertEquals(List.of(), report.errors());
    }

    @Test
    void censusSharesThatDoNotSumToAHundredAreAClearError()
    {
        Map<String, Double> wrong = new LinkedHashMap<>(CENSUS);
        wrong.put("75+", 15.0);

        CompositionReport report = this.check.check(List.of(member("f", "75+")), rules(wrong));

        assertEquals(List.of(new CompositionMessage(CompositionMessage.CENSUS_SUM, List.of(105.0))),
            report.errors());
        assertEquals(List.of(), report.ageClasses());
        assertNull(report.dissimilarityIndex());
        assertEquals(List.of(CompositionMessage.NO_CENSUS), this.check.check(List.of(), rules(Map.of())).errors()
            .stream().map(CompositionMessage::key).toList());
    }

    @Test
    void anAgeClassTheCensusLacksIsReported()
    {
        CompositionReport report = this.check.check(List.of(member("f", "0-14"), member("m", "0-14")),
            rules(CENSUS));

        assertEquals(List.of(new CompositionMessage(CompositionMessage.UNKNOWN_AGE_CLASS, List.of("0-14", 2))),
            report.errors());
    }

    @Test
    void councillorsCollegesCommunesAndEpciAreCountedWithoutNames()
    {
        List<EntityRecord> members = List.of(
            member("f", null, MemberPrivateClass.COMMUNITY_COUNCILLOR, true, MemberClass.COLLEGE, "citizens",
                MemberClass.COMMUNE, "Arles"),
            member("m", null, MemberClass.COLLEGE, "citizens", MemberClass.COMMUNE, "Arles"),
            member("f", null, MemberClass.COLLEGE, "economy", MemberClass.COMMUNE, "Eyragues"),
            member("m", null, MemberClass.COLLEGE, "unions", MemberClass.EPCI, "CCVBA"));

        CompositionReport report = this.check.check(members, rules(CENSUS));

        assertEquals(1, report.communityCouncillors());
        assertEquals(Map.of("citizens", 2, "associations", 0, "economy", 1), report.membersByCollege());
        assertEquals(List.of("associations"), report.collegesMissing());
        assertEquals(2, report.communesRepresented());
        assertEquals(4, report.communesConfigured());
        assertEquals(Map.of("ACCM", 2, "TPA", 1, "CCVBA", 1), report.membersByEpci());
        assertTrue(!report.toString().contains("CDD.Members."), "no identity in the aggregates");
    }
}
