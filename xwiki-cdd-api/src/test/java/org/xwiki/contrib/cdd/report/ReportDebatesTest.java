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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One debate date per deliberative body: stored as lines, read back, and the bodies still to debate.
 *
 * @version $Id$
 */
class ReportDebatesTest
{
    @Test
    void eachBodyHasItsDate()
    {
        Map<String, LocalDate> debates = new LinkedHashMap<>();
        debates.put("PETR du Pays d'Arles", LocalDate.of(2027, 2, 3));
        debates.put("ACCM = Arles Crau Camargue Montagnette", LocalDate.of(2027, 3, 10));

        String text = ReportDebates.write(debates);

        assertEquals("PETR du Pays d'Arles=2027-02-03\nACCM = Arles Crau Camargue Montagnette=2027-03-10", text);
        assertEquals(debates, ReportDebates.read(text), "a body whose name holds '=' keeps it");
        assertEquals(List.of("CCVBA"), ReportDebates.missing(List.of("PETR du Pays d'Arles", "CCVBA",
            "ACCM = Arles Crau Camargue Montagnette"), debates));
    }

    @Test
    void aLineWithoutADateCountsAsNotDebated()
    {
        Map<String, LocalDate> debates = ReportDebates.read("PETR=demain\nCCVBA=2027-01-05\n=2027-01-06\nnothing");

        assertEquals(Map.of("CCVBA", LocalDate.of(2027, 1, 5)), debates);
        assertEquals(List.of("PETR"), ReportDebates.missing(List.of("PETR", "CCVBA"), debates));
        assertEquals(Map.of(), ReportDebates.read(null));
    }
}
