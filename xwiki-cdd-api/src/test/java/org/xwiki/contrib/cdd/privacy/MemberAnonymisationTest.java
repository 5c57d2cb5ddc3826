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
package org.xwiki.contrib.cdd.privacy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link MemberAnonymisation}.
 *
 * @version $Id$
 */
class MemberAnonymisationTest
{
    @Test
    void numbersAreNeverGivenTwice()
    {
        assertEquals(1, MemberAnonymisation.nextNumber(List.of()));
        assertEquals(8, MemberAnonymisation.nextNumber(List.of("CDD.Members.AncienMembre2",
            "CDD.Members.AncienMembre7", "CDD.Members.AncienMembre7.WebHome", "CDD.Members.AncienMembreX",
            "CDD.Members.Camille")));
        assertEquals("CDD.Members.AncienMembre8", MemberAnonymisation.page(8));
        assertTrue(MemberAnonymisation.isAnonymised("CDD.Members.AncienMembre8"));
        assertFalse(MemberAnonymisation.isAnonymised("CDD.Members.AncienMembreDupont"));
        assertFalse(MemberAnonymisation.isAnonymised("CDD.Groups.AncienMembre8"));
        assertEquals(-1, MemberAnonymisation.nextNumber(List.of("CDD.Members.AncienMembre1000000")));
        // The new page is a member page: the sheets and the lists take it as they took the old one.
        assertTrue(MemberPrivateClass.isMemberPage(MemberAnonymisation.page(1)));
    }

    @Test
    void theListsKeepTheirOrderAndNameTheNewPageOnce()
    {
        assertEquals(List.of("CDD.Members.B", "CDD.Members.AncienMembre3", "CDD.Members.C"),
            MemberAnonymisation.rewrite(List.of("CDD.Members.B", "CDD.Members.Ann", "CDD.Members.C",
                "CDD.Members.Ann"), "CDD.Members.Ann", "CDD.Members.AncienMembre3"));
        assertEquals(List.of("CDD.Members.B"), MemberAnonymisation.rewrite(List.of("CDD.Members.B"),
            "CDD.Members.Ann", "CDD.Members.AncienMembre3"));
    }

    @Test
    void aMemberIsDueOnlyYearsAfterTheEndOfTheirMandate()
    {
        LocalDate today = LocalDate.of(2026, 11, 28);
        LocalDate cutoff = MemberAnonymisation.cutoff(today, 3);
        assertEquals(LocalDate.of(2023, 11, 28), cutoff);
        assertTrue(MemberAnonymisation.isDue(LocalDate.of(2023, 11, 27), cutoff));
        assertFalse(MemberAnonymisation.isDue(LocalDate.of(2023, 11, 28), cutoff));
        assertFalse(MemberAnonymisation.isDue(null, cutoff));
    }

    @Test
    void onlyWhatTheAggregatesCountIsKept()
    {
        // Every member property is either kept or removed on purpose: a new property must be decided here.
        List<String> removed = List.of(MemberClass.STRUCTURE, MemberClass.ROLE, MemberClass.USER,
            MemberClass.PUBLICATION_CONSENT);
        for (String property : MemberClass.DEFINITION.properties().keySet()) {
            assertTrue(MemberAnonymisation.KEPT.contains(property) ^ removed.contains(property), property);
        }
        assertEquals(MemberClass.DEFINITION.properties().size(), MemberAnonymisation.KEPT.size() + removed.size());
    }
}
