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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register of processing activities holds every personal property of the application once.
 *
 * @version $Id$
 */
class ProcessingRegisterTest
{
    @Test
    void everyPropertyOfAMemberIsInTheRegisterOnce()
    {
        List<String> data = ProcessingRegister.ALL.stream().flatMap(a -> a.data().stream()).toList();
        assertEquals(data.size(), new HashSet<>(data).size(), "each datum in one processing");
        for (EntityDefinition entity : List.of(MemberClass.DEFINITION, MemberPrivateClass.DEFINITION)) {
            for (String property : entity.properties().keySet()) {
                // The sealed text is the private data themselves, each listed by its field; the member is the link.
                if (!Set.of(MemberPrivateClass.SEALED, MemberPrivateClass.MEMBER).contains(property)) {
                    assertTrue(data.contains(ProcessingRegister.field(entity.classReference(), property)),
                        entity.id() + "." + property);
                }
            }
        }
        assertEquals(List.of("members", "composition", "participation", "communication"),
            ProcessingRegister.ALL.stream().map(ProcessingActivity::id).toList());
        assertEquals("cdd.privacy.basis.publicTask", ProcessingRegister.ALL.get(0).legalBasisKey());
    }
}
