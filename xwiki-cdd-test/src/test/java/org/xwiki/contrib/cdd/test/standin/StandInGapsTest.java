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
package org.xwiki.contrib.cdd.test.standin;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.XarPages;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page that calls a method a stand-in lacks fails its render ({@link StandInGaps}), rather than printing "null".
 *
 * @version $Id$
 */
class StandInGapsTest extends AbstractPageTest
{
    @Test
    void aMethodTheStandInLacksFailsTheRender() throws Exception
    {
        this.scenario.setGroups("CDD.Code.MembersGroup");
        AssertionError gap = assertThrows(AssertionError.class, () -> this.renderer.render(XarPages.wikiPage(
            "CDD.Test.Gap", "{{velocity}}\n#set ($url = $doc.getNoSuchURL('view'))\n$url\n{{/velocity}}")));
        assertTrue(gap.getMessage().contains("StandInDocument.getNoSuchURL"), gap.getMessage());
        // A method the stand-in has renders as before.
        assertTrue(this.renderer.render(XarPages.wikiPage("CDD.Test.Gap", "{{velocity}}$doc.getURL(){{/velocity}}"))
            .text().contains("/bin/view/CDD/Test/Gap"));
    }
}
