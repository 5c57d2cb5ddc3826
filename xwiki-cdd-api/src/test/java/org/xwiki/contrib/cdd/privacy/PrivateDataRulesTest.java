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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Unit tests for {@link PrivateDataRules}: what each private field accepts.
 *
 * @version $Id$
 */
class PrivateDataRulesTest
{
    private static final List<String> AGE_CLASSES = List.of("15-29", "30-44", "45-59", "60-74", "75+");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gender|f|true", "gender|undisclosed|true", "gender|F|false", "gender|x|false",
        "ageClass|30-44|true", "ageClass|30-45|false", "communityCouncillor|1|true", "communityCouncillor|yes|false",
        "email|camille.martin@mairie-arles.fr|true", "email|camille@localhost|false", "email|a@b@c.fr|false",
        "email|\"><script>@x.fr|false", "email|a b@c.fr|false", "phone|+33 4 90 00 00 00|true",
        "phone|(04) 90.00-00-00|true", "phone|04 90 <b>|false", "phone|123456789012345678901234567890123|false"})
    void eachFieldAcceptsItsValuesOnly(String field, String value, boolean accepted)
    {
        List<String> problems = PrivateDataRules.problems(Map.of(field, value), AGE_CLASSES);

        assertEquals(accepted ? List.of() : List.of("cdd.privateData.invalid." + field), problems);
    }

    @Test
    void emptyValuesAreNotEnteredAndEveryProblemIsListedInOrder()
    {
        Map<String, String> values = new HashMap<>();
        values.put("gender", null);
        values.put("email", "  ");
        assertEquals(List.of(), PrivateDataRules.problems(values, AGE_CLASSES));
        assertEquals(List.of(), PrivateDataRules.problems(null, null));

        Map<String, String> wrong = Map.of("phone", "x", "gender", "z", "email", "@".repeat(100_000), "ageClass",
            "30-44");
        assertEquals(List.of("cdd.privateData.invalid.gender", "cdd.privateData.invalid.email",
            "cdd.privateData.invalid.phone"), PrivateDataRules.problems(wrong, AGE_CLASSES));
        assertEquals(List.of("cdd.privateData.invalid.ageClass"),
            PrivateDataRules.problems(Map.of("ageClass", "30-44"), null), "no classes configured: none accepted");
    }
}
