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
package org.xwiki.contrib.cdd.publication;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.xwiki.stability.Unstable;

/**
 * The statistical secrecy of what the public reads about the council's members: a count of people is published only
 * when it is above {@value #THRESHOLD}, so that a reader who knows the council cannot tell who they are. In a
 * breakdown, the counts withheld must also together count more than {@value #THRESHOLD} people, otherwise the
 * smallest published counts are withheld too: the total minus the published counts would give them back. A zero is
 * published (it names nobody).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class SmallCounts
{
    /** A count of people is published only above this number. */
    public static final int THRESHOLD = 5;

    private SmallCounts()
    {
    }

    /**
     * @param count a number of people
     * @return whether it may be published on its own
     */
    public static boolean publishable(long count)
    {
        return count <= 0 || count > THRESHOLD;
    }

    /**
     * @param counts a breakdown of people (a number per value, in the order to keep); a value that is not a number
     *     counts as 0
     * @return the same values in the same order, each with its count, or null where the count is withheld
     */
    public static Map<String, Integer> withhold(Map<String, ?> counts)
    {
        Map<String, Integer> published = new LinkedHashMap<>();
        Set<String> withheld = new LinkedHashSet<>();
        int withheldPeople = 0;
        for (Map.Entry<String, ?> entry : counts.entrySet()) {
            int count = entry.getValue() instanceof Number number ? Math.max(0, number.intValue()) : 0;
            published.put(entry.getKey(), count);
            if (!publishable(count)) {
                withheld.add(entry.getKey());
                withheldPeople += count;
            }
        }
        // The complementary secrecy: while what is withheld could be read back from the total, withhold the smallest
        // count still published (the first one in order when two are equal).
        while (!withheld.isEmpty() && withheldPeople <= THRESHOLD) {
            String smallest = published.entrySet().stream()
                .filter(entry -> !withheld.contains(entry.getKey()) && entry.getValue() > 0)
                .min(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
            if (smallest == null) {
                break;
            }
            withheld.add(smallest);
            withheldPeople += published.get(smallest);
        }
        withheld.forEach(value -> published.put(value, null));
        return published;
    }
}
