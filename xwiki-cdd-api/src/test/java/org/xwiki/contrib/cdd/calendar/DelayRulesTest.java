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
package org.xwiki.contrib.cdd.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Unit tests for {@link DelayRules}: the legal basis first, then the requesting body, then the default.
 *
 * @version $Id$
 */
class DelayRulesTest
{
    private static Map<String, String> rules()
    {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("PETR du Pays d'Arles", "45");
        rules.put("L. 5211-10-1", "30");
        rules.put("SCoT", "90");
        rules.put("Broken", "ninety");
        rules.put("Too long", "99999");
        return rules;
    }

    @Test
    void theLegalBasisComesFirstThenTheBodyThenTheDefault()
    {
        assertEquals(new DelayChoice(30, DelayChoice.LEGAL_BASIS, "L. 5211-10-1"), DelayRules.choose(rules(),
            "Article L. 5211-10-1 du CGCT", "PETR du Pays d'Arles", 60), "the law sets the delay, whoever asks");
        assertEquals(new DelayChoice(45, DelayChoice.BODY, "PETR du Pays d'Arles"), DelayRules.choose(rules(),
            "Délibération du comité syndical", " petr du pays d'arles ", 60));
        assertEquals(new DelayChoice(90, DelayChoice.LEGAL_BASIS, "SCoT"), DelayRules.choose(rules(),
            "Révision du scot (L. 143-20 du code de l'urbanisme)", null, 60), "a name inside the basis, any case");
        assertEquals(new DelayChoice(60, DelayChoice.DEFAULT, ""), DelayRules.choose(rules(), "Autre", "Mairie",
            60));
        assertEquals(new DelayChoice(60, DelayChoice.DEFAULT, ""), DelayRules.choose(rules(), "Broken", "Too long",
            60), "a line whose days are not a delay sets nothing");
    }

    @Test
    void withoutAnyDelayThereIsNone()
    {
        assertNull(DelayRules.choose(Map.of(), "Article", "PETR", null));
        assertNull(DelayRules.choose(null, null, null, 0));
        assertNull(DelayRules.choose(Map.of(), null, null, 3651), "ten years at most");
        assertEquals(3650, DelayRules.choose(Map.of(), null, null, 3650).days());
    }
}
