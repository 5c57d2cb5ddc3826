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
package org.xwiki.contrib.cdd.entity;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validates {@link MemberPrivateClass}: where private data live and how reports join them to the member.
 *
 * @version $Id$
 */
class MemberPrivateClassTest
{
    @Test
    void privateDataLiveInTheRestrictedSpaceUnderTheMembersName()
    {
        assertEquals("CDD.Members.Private.CamilleMartin", MemberPrivateClass.privatePage("CDD.Members.CamilleMartin"));
        assertEquals("CDD.Members.Private.CamilleMartin",
            MemberPrivateClass.privatePage("CDD.Members.CamilleMartin.WebHome"));
        assertEquals("CDD.Members.Private.Lea", MemberPrivateClass.privatePage("xwiki:CDD.Members.Lea"));
    }

    @Test
    void onlyPagesOfTheirSpacesAreMemberOrPrivatePages()
    {
        for (String page : List.of("CDD.Members.Camille", "CDD.Members.Camille.WebHome")) {
            assertTrue(MemberPrivateClass.isMemberPage(page), page);
        }
        for (String page : Arrays.asList("Sandbox.Camille", "CDD.Members.WebHome", "CDD.Members.Private",
            "CDD.Members.Private.Camille", "CDD.Members.A.B", "CDD.Members.", "xwiki:CDD.Members.Camille", null)) {
            assertFalse(MemberPrivateClass.isMemberPage(page), page);
        }
        assertTrue(MemberPrivateClass.isPrivatePage("CDD.Members.Private.Camille"));
        for (String page : Arrays.asList("CDD.Members.Private.", "CDD.Members.Private.A.WebHome", "CDD.Members.A",
            "Sandbox.CDD.Members.Private.A", null)) {
            assertFalse(MemberPrivateClass.isPrivatePage(page), page);
        }
    }

    @Test
    void theMemberClassHoldsNothingPrivate()
    {
        for (String name : MemberPrivateClass.DEFINITION.properties().keySet()) {
            assertFalse(MemberClass.DEFINITION.property(name).isPresent(), name + " is readable by every member");
        }
    }

    @Test
    void reportsReadTheMemberJoinedWithTheirPrivateData()
    {
        EntityDefinition joined = Entities.find(MemberPrivateClass.WITH_MEMBER_ID).orElseThrow();

        assertSame(MemberPrivateClass.WITH_MEMBER, joined);
        assertTrue(joined.property(MemberClass.COLLEGE).isPresent());
        assertTrue(joined.property(MemberPrivateClass.GENDER).isPresent());
        assertFalse(joined.property(MemberPrivateClass.MEMBER).isPresent(), "the join key is the page itself");
        assertSame(MemberClass.DEFINITION, Entities.find(MemberClass.REFERENCE).orElseThrow(),
            "a class reference finds the class, never the join");
    }
}
