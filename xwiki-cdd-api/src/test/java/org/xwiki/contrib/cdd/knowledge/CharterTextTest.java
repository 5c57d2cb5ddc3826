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
package org.xwiki.contrib.cdd.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validates {@link CharterText}: what the charter says today, and what it said before.
 *
 * @version $Id$
 */
class CharterTextTest
{
    private static CharterArticle article(int number, int object, String status, String adopted)
    {
        return new CharterArticle(number, object, status, adopted == null ? null : LocalDate.parse(adopted), null,
            null);
    }

    @Test
    void theLatestAdoptedWordingIsInForceAndTheOlderOnesAreItsHistory()
    {
        CharterText charter = CharterText.of(List.of(
            article(2, 0, "adopted", "2019-03-12"),
            article(1, 1, "adopted", "2019-03-12"),
            article(2, 2, "adopted", "2023-06-20"),
            article(2, 3, "proposed", null),
            article(3, 4, "repealed", "2019-03-12"),
            article(1, 5, "proposed", null),
            article(2, 6, "adopted", "2021-01-15")));

        assertEquals(List.of(1, 2), charter.inForce().stream().map(CharterArticle::number).toList(),
            "by number; article 3 was repealed");
        assertEquals(2, charter.inForce().get(1).object(), "the 2023 wording of article 2");
        assertEquals(List.of(5, 3), charter.proposals().stream().map(CharterArticle::object).toList(),
            "by article number");
        List<CharterArticle> history = charter.history().get(2);
        assertEquals(List.of(6, 0), history.stream().map(CharterArticle::object).toList(), "newest first");
        assertEquals(LocalDate.parse("2023-06-20"), history.get(0).replacedDate(), "replaced when 2023 was adopted");
        assertEquals(LocalDate.parse("2021-01-15"), history.get(1).replacedDate());
        assertEquals(Map.of(2, history, 3, charter.history().get(3)), charter.history());
        assertTrue(charter.isInForce(2));
        assertFalse(charter.isInForce(3));
        assertEquals(List.of(4), charter.repealed().stream().map(CharterArticle::object).toList());
        assertTrue(CharterText.of(List.of()).inForce().isEmpty());
    }

    @Test
    void aNewArticleTakesTheNumberAfterTheHighestEverUsed()
    {
        assertEquals(1, CharterText.of(List.of()).nextNumber());
        assertEquals(4, CharterText.of(List.of(article(1, 0, "adopted", "2019-03-12"),
            article(3, 1, "repealed", "2019-03-12"), article(2, 2, "proposed", null))).nextNumber(),
            "a repealed article keeps its number");
        assertEquals(6, CharterText.of(List.of(article(5, 0, "proposed", null))).nextNumber());
    }

    @Test
    void twoWordingsAdoptedTheSameDayTheLaterObjectWins()
    {
        CharterText charter = CharterText.of(List.of(article(4, 1, "adopted", "2024-05-01"),
            article(4, 7, "adopted", "2024-05-01")));

        assertEquals(7, charter.inForce().get(0).object());
    }
}
