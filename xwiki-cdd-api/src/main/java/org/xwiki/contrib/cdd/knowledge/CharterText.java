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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.xwiki.stability.Unstable;

/**
 * The charter as it reads today, the proposals under discussion, and the history of each article.
 *
 * @param inForce for each article number, its adopted wording in force (the latest adopted, not repealed), by number
 * @param proposals the proposed wordings, by article number then object
 * @param history for each article number, its older wordings (replaced or repealed), newest first
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record CharterText(List<CharterArticle> inForce, List<CharterArticle> proposals,
    Map<Integer, List<CharterArticle>> history)
{
    private static final String ADOPTED = "adopted";

    private static final String PROPOSED = "proposed";

    private static final Comparator<CharterArticle> NEWEST_FIRST = Comparator
        .comparing((CharterArticle a) -> a.adoptedDate() == null ? java.time.LocalDate.MIN : a.adoptedDate())
        .thenComparingInt(CharterArticle::object).reversed();

    /**
     * @param versions every version of every article (objects of the charter page)
     * @return the charter: a number's wording in force is its latest adopted one (by adoption day, then object); the
     *     older adopted ones are "replaced" on the day the next one was adopted
     */
    public static CharterText of(List<CharterArticle> versions)
    {
        Map<Integer, List<CharterArticle>> byNumber = new TreeMap<>();
        List<CharterArticle> proposals = new ArrayList<>();
        for (CharterArticle version : versions) {
            if (PROPOSED.equals(version.status())) {
                proposals.add(version);
            } else {
                byNumber.computeIfAbsent(version.number(), n -> new ArrayList<>()).add(version);
            }
        }
        List<CharterArticle> inForce = new ArrayList<>();
        Map<Integer, List<CharterArticle>> history = new TreeMap<>();
        byNumber.forEach((number, wordings) -> {
            List<CharterArticle> adopted = wordings.stream().filter(w -> ADOPTED.equals(w.status()))
                .sorted(NEWEST_FIRST).toList();
            List<CharterArticle> older = new ArrayList<>();
            for (int i = 1; i < adopted.size(); i++) {
                CharterArticle replaced = adopted.get(i);
                older.add(new CharterArticle(number, replaced.object(), replaced.status(), replaced.adoptedDate(),
                    null, adopted.get(i - 1).adoptedDate()));
            }
            wordings.stream().filter(w -> !ADOPTED.equals(w.status())).forEach(older::add);
            older.sort(NEWEST_FIRST);
            if (!adopted.isEmpty()) {
                inForce.add(adopted.get(0));
            }
            if (!older.isEmpty()) {
                history.put(number, List.copyOf(older));
            }
        });
        proposals.sort(Comparator.comparingInt(CharterArticle::number).thenComparingInt(CharterArticle::object));
        return new CharterText(List.copyOf(inForce), List.copyOf(proposals), history);
    }

    /**
     * @return the number a new article takes: the one after the highest article number ever used (1 at first)
     */
    public int nextNumber()
    {
        int highest = 0;
        for (CharterArticle article : this.inForce) {
            highest = Math.max(highest, article.number());
        }
        for (CharterArticle article : this.proposals) {
            highest = Math.max(highest, article.number());
        }
        for (Integer number : this.history.keySet()) {
            highest = Math.max(highest, number);
        }
        return highest + 1;
    }

    /**
     * @return for each article with no wording in force any more, its newest wording (the one repealed), by number
     */
    public List<CharterArticle> repealed()
    {
        return this.history.entrySet().stream().filter(e -> !isInForce(e.getKey())).map(e -> e.getValue().get(0))
            .toList();
    }

    /**
     * @param number an article number
     * @return whether the charter has a wording of it in force
     */
    public boolean isInForce(int number)
    {
        return this.inForce.stream().anyMatch(a -> a.number() == number);
    }
}
