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
package org.xwiki.contrib.cdd.internal.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ReportBody;
import org.xwiki.contrib.cdd.report.ReportContribution;
import org.xwiki.contrib.cdd.report.ReportCouncil;
import org.xwiki.contrib.cdd.report.ReportGroup;
import org.xwiki.contrib.cdd.report.ReportReferral;
import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.contrib.cdd.report.ReportSnapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A validated report's figures survive the trip to text and back, and a text that is not a snapshot reads as none.
 *
 * @version $Id$
 */
class JsonReportSnapshotsTest
{
    private final JsonReportSnapshots snapshots = new JsonReportSnapshots();

    private static ReportSnapshot sample()
    {
        ReportReferral plu = new ReportReferral("CDD.Saisines.PLU", "mandatory", "PETR", "CDD.Groups.Eau.WebHome",
            LocalDate.of(2026, 3, 12), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 5), 54L,
            LocalDate.of(2026, 5, 7), List.of("PETR", "ACCM"), ReportReferral.ON_TIME);
        ReportReferral pcaet = new ReportReferral("CDD.Saisines.PCAET", "mandatory", "PETR", "",
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 25), null, null, null, List.of(),
            ReportReferral.UNANSWERED);
        ActivityReport report = new ActivityReport(2026, List.of(plu, pcaet),
            List.of(new ReportBody("PETR", true, 2, 1, 3, 2), new ReportBody("", false, 2, 1, 3, 2)),
            List.of(new ReportContribution("CDD.Contributions.AvisPLU", "opinion", "CDD.Saisines.PLU",
                "CDD.Groups.Eau.WebHome", LocalDate.of(2026, 5, 5), "plenary", null, Map.of("partly", 1,
                    "taken_into_account", 2))),
            List.of(new ReportGroup("CDD.Groups.Eau.WebHome", 1, 1, 4)), Map.of("plenary", 3, "group", 9),
            Map.of("CDD.Toolbox.WorldCafe", 2), List.of(new ReportContribution("CDD.Contributions.AvisOld", "opinion",
                "", "", LocalDate.of(2025, 12, 15), "bureau", LocalDate.of(2026, 1, 5), Map.of())));
        Map<String, Object> byCollege = new LinkedHashMap<>();
        byCollege.put("Citoyens", 62.5);
        byCollege.put("Associations", 40);
        Map<String, Integer> colleges = new LinkedHashMap<>();
        colleges.put("citizens", 12);
        colleges.put("associations", 9);
        colleges.put("economy", 0);
        ReportCouncil council = new ReportCouncil(LocalDate.of(2026, 11, 28), 21, true, 1, colleges,
            List.of("economy"), 14, 29);
        return new ReportSnapshot(report, council, List.of(new Indicator("saisines_received", 2, Indicator.COUNT),
            new Indicator("days_to_adoption_median", null, Indicator.DAYS),
            new Indicator("attendance_by_college", byCollege, Indicator.PERCENT)),
            Map.of("CDD.Saisines.PLU", "PLU d'Arles <révision>"));
    }

    @Test
    void theFiguresComeBackAsTheyWereFrozen()
    {
        ReportSnapshot frozen = sample();
        String text = this.snapshots.write(frozen);

        ReportSnapshot thawed = this.snapshots.read(text).orElseThrow();

        assertEquals(frozen.report(), thawed.report(), "referrals, dates, delays, bodies and meetings");
        assertEquals(frozen.titles(), thawed.titles());
        assertEquals(frozen.council(), thawed.council());
        assertEquals(List.of("citizens", "associations", "economy"), List.copyOf(thawed.council().membersByCollege()
            .keySet()), "the configured order of the colleges");
        assertEquals(3, thawed.indicators().size());
        assertEquals(2, ((Number) thawed.indicators().get(0).value()).intValue());
        assertNull(thawed.indicators().get(1).value(), "an indicator with nothing to count stays without a value");
        Map<?, ?> byCollege = (Map<?, ?>) thawed.indicators().get(2).value();
        assertEquals(62.5, ((Number) byCollege.get("Citoyens")).doubleValue());
        assertEquals(40, ((Number) byCollege.get("Associations")).intValue());
        assertEquals(text, this.snapshots.write(thawed), "freezing the thawed figures again gives the same text");
    }

    @Test
    void aTextThatIsNotASnapshotReadsAsNone()
    {
        assertTrue(this.snapshots.read(null).isEmpty());
        assertTrue(this.snapshots.read("").isEmpty());
        assertTrue(this.snapshots.read("{\"format\":1,").isEmpty(), "cut short");
        assertTrue(this.snapshots.read("{\"format\":2,\"year\":2026}").isEmpty(), "a layout this version does not know");
        assertTrue(this.snapshots.read("[1,2]").isEmpty());
        assertTrue(this.snapshots.read(this.snapshots.write(sample()).replace("2026-03-12", "2026-13-45")).isEmpty(),
            "a date that is not one");
        String tooLong = " ".repeat(ReportSnapshots.MAX_LENGTH) + "{\"format\":1}";
        assertTrue(this.snapshots.read(tooLong).isEmpty(), "longer than any year of a council");
    }

    @Test
    void anIndicatorThatIsNotANumberIsFrozenWithoutAValue()
    {
        ReportSnapshot odd = new ReportSnapshot(sample().report(), null, List.of(new Indicator("x", Double.NaN,
            Indicator.PERCENT), new Indicator("y", "text", Indicator.COUNT)), Map.of());

        ReportSnapshot thawed = this.snapshots.read(this.snapshots.write(odd)).orElseThrow();

        assertNull(thawed.indicators().get(0).value());
        assertNull(thawed.indicators().get(1).value());
        assertNull(thawed.council(), "a report frozen without its composition");
    }
}
