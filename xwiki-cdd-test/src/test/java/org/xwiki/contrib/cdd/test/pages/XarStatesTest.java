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
package org.xwiki.contrib.cdd.test.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.FixtureStates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The records the XAR ships in a state other than their workflow's first one (the starter tutorials, published) come
 * with the state page the workflow service would have written: without it, a wiki would show them as drafts, since
 * only the state pages of {@code CDD.States} count (see {@link WorkflowStateClass}).
 *
 * @version $Id$
 */
class XarStatesTest extends AbstractPageTest
{
    private static List<String> states(XarPage page)
    {
        List<String> states = new ArrayList<>();
        for (PageObject object : page.objects()) {
            if (WorkflowStateClass.REFERENCE.equals(object.className())) {
                Map<String, String> values = object.values();
                states.add(values.get(WorkflowStateClass.RECORD) + " " + values.get(WorkflowStateClass.SLOT) + " "
                    + values.get(WorkflowStateClass.STATUS));
            }
        }
        return states;
    }

    @Test
    void everyRecordShippedBeyondItsFirstStateHasItsStatePage()
    {
        int records = 0;
        for (XarPage page : applicationPages().pages()) {
            Optional<XarPage> expected = FixtureStates.statePage(page, applicationPages());
            if (expected.isPresent()) {
                records++;
                XarPage shipped = applicationPages().page(expected.get().reference(), "").orElse(null);
                assertTrue(shipped != null, "the XAR has no state page for " + page.reference());
                assertEquals(states(expected.get()), states(shipped), page.reference());
                assertTrue(shipped.hidden(), shipped.reference());
            }
        }
        assertEquals(6, records, "the six starter tutorials");
    }

    @Test
    void everyStatePageOfTheXarBelongsToARecordOfTheXar()
    {
        for (XarPage page : applicationPages().pages()) {
            for (PageObject state : page.objects()) {
                if (WorkflowStateClass.REFERENCE.equals(state.className())) {
                    String record = state.values().get(WorkflowStateClass.RECORD);
                    assertEquals(page.reference(), WorkflowStateClass.statePage(record));
                    assertTrue(applicationPages().page(record, "").isPresent(), record);
                }
            }
        }
    }
}
