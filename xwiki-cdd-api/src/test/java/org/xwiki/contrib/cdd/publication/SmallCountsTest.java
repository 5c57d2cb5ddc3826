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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ReportCouncil;
import org.xwiki.contrib.cdd.report.ReportSnapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistical secrecy of the public figures ({@link SmallCounts}) and the indicators dataset built on it
 * ({@link OpenIndicators}).
 *
 * @version $Id$
 */
class SmallCountsTest
{
    private static Map<String, Integer> counts(Object... pairs)
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return counts;
    }

    @Test
    void aCountOfPeopleIsPublishedOnlyAboveFive()
    {
        assertTrue(SmallCounts.publishable(0), "a zero names nobody");
        for (int count = 1; count <= 5; count++) {
            assertFalse(SmallCounts.publishable(count), String.valueOf(count));
        }
        assertTrue(SmallCounts.publishable(6));
        assertTrue(SmallCounts.publishable(250));
    }

    @Test
    void whatIsWithheldCannotBeReadBackFromTheTotal()
    {
        // 3 alone would be the total minus 10 and 8: the smallest published count, 8, is withheld too.
        assertEquals(counts("A", 10, "B", null, "C", null), SmallCounts.withhold(counts("A", 10, "B", 3, "C", 8)));
        // 3 and 4 together count 7 people: neither can be told apart, the others stay.
        assertEquals(counts("A", 10, "B", null, "C", null), SmallCounts.withhold(counts("A", 10, "B", 3, "C", 4)));
        assertEquals(counts("A", 10, "B", null, "C", null, "D", 7),
            SmallCounts.withhold(counts("A", 10, "B", 2, "C", 5, "D", 7)));
        // A zero stays; the only other value is withheld with the one person.
        assertEquals(counts("A", null, "B", null, "C", 0), SmallCounts.withhold(counts("A", 6, "B", 1, "C", 0)));
        // Nothing small: nothing withheld. A council of four: everything withheld.
        assertEquals(counts("A", 12, "B", 0, "C", 6), SmallCounts.withhold(counts("A", 12, "B", 0, "C", 6)));
        assertEquals(counts("A", null, "B", null), SmallCounts.withhold(counts("A", 3, "B", 1)));
    }

    @Test
    void theIndicatorsDatasetWithholdsFiguresAboutFewPeople()
    {
        Map<String, Integer> byKind = counts("mandatory", 3, "optional", 1, "self", 0);
        Map<String, Object> attendance = new LinkedHashMap<>(Map.of());
        attendance.put("Citoyens", 81.25);
        attendance.put("Entreprises", 100.0);
        List<Indicator> indicators = List.of(new Indicator(IndicatorCalculator.SAISINES_BY_KIND, byKind,
            Indicator.COUNT), new Indicator(IndicatorCalculator.ANSWERED_BEFORE_DUE_SHARE, 87.5, Indicator.PERCENT),
            new Indicator(IndicatorCalculator.DAYS_TO_ADOPTION_MEDIAN, null, Indicator.DAYS),
            new Indicator(IndicatorCalculator.NEW_MEMBERS, 2, Indicator.COUNT),
            new Indicator(IndicatorCalculator.MEMBERS_TOTAL, 14, Indicator.COUNT),
            new Indicator(IndicatorCalculator.ATTENDANCE_BY_COLLEGE, attendance, Indicator.PERCENT),
            new Indicator(IndicatorCalculator.METHODS_USED, Map.of("CDD.Toolbox.WorldCafe", 2), Indicator.COUNT));
        ReportCouncil council = new ReportCouncil(LocalDate.of(2025, 12, 31), 14, true, 2,
            counts("Citoyens", 11, "Entreprises", 3), List.of(), 9, 29);
        ReportSnapshot figures = new ReportSnapshot(new ActivityReport(2025, List.of(), List.of(), List.of(),
            List.of(), Map.of(), Map.of(), List.of()), council, indicators,
            Map.of("CDD.Toolbox.WorldCafe", "World café"));

        List<Map<String, Object>> rows = OpenIndicators.rows(List.of(new PublishedReport("CDD.Public.Reports.2025",
            2025, figures), new PublishedReport("CDD.Public.Reports.2024", 2024, null)));
        Map<String, List<Object>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put((String) row.get("identifiant"), List.of(String.valueOf(row.get("valeur")),
            row.get("unite"), row.get("diffusion"))));

        // Referrals are not people: 3 and 1 are published; codes in French.
        assertEquals(List.of("3", "nombre", "publiee"), byId.get("2025-saisines_par_nature-consultation_obligatoire"));
        assertEquals(List.of("1", "nombre", "publiee"), byId.get("2025-saisines_par_nature-saisine_facultative"));
        assertEquals(List.of("87.5", "pourcentage", "publiee"), byId.get("2025-part_repondues_avant_echeance"));
        assertEquals(List.of("null", "jours", "non_calculable"), byId.get("2025-delai_adoption_median"));
        // People: 2 new members and the 3 members of a college are withheld, and so is that college's attendance.
        assertEquals(List.of("null", "nombre", "secret_statistique"), byId.get("2025-nouveaux_membres"));
        assertEquals(List.of("14", "nombre", "publiee"), byId.get("2025-membres_sur_la_periode"));
        assertEquals(List.of("null", "nombre", "secret_statistique"), byId.get("2025-membres_par_college-Entreprises"));
        // ... and Citoyens with it, since 14 minus 11 would give the 3 back.
        assertEquals(List.of("null", "nombre", "secret_statistique"), byId.get("2025-membres_par_college-Citoyens"));
        assertEquals(List.of("null", "pourcentage", "secret_statistique"),
            byId.get("2025-taux_presence_par_college-Entreprises"));
        assertEquals(List.of("14", "nombre", "publiee"), byId.get("2025-membres_en_fonction"));
        assertEquals(List.of("2", "nombre", "publiee"), byId.get("2025-methodes_utilisees-World café"));
        assertEquals(List.of("9", "nombre", "publiee"), byId.get("2025-communes_representees"));
        assertTrue(byId.keySet().stream().allMatch(id -> id.startsWith("2025-")), "a report without figures: no row");
        assertEquals(rows.size(), byId.size(), "identifiers are unique");
    }
}
