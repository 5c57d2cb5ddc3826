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

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.xwiki.stability.Unstable;

/**
 * The values the library's filters offer: only those that find at least one published opinion, so that a visitor
 * never chooses a criterion that gives an empty list.
 *
 * @param themes theme ids, sorted
 * @param years years of adoption, the newest first
 * @param types types of text, sorted
 * @param referralKinds kinds of referral, {@link LibraryFilter#NO_REFERRAL} for none, sorted
 * @param groups titles of working groups, sorted
 * @param bodies ids of deliberative bodies, sorted
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record LibraryChoices(List<String> themes, List<Integer> years, List<String> types,
    List<String> referralKinds, List<String> groups, List<String> bodies)
{
    /**
     * @param opinions the published opinions
     * @return the values they hold
     */
    public static LibraryChoices of(List<PublishedOpinion> opinions)
    {
        return new LibraryChoices(values(opinions, opinion -> opinion.themes().stream()),
            opinions.stream().map(PublishedOpinion::year).filter(year -> year > 0).distinct()
                .sorted((a, b) -> b - a).toList(),
            values(opinions, opinion -> Stream.of(opinion.type())),
            values(opinions, opinion -> Stream.of(opinion.referralKind().isEmpty() ? LibraryFilter.NO_REFERRAL
                : opinion.referralKind())),
            values(opinions, opinion -> Stream.of(opinion.group())),
            values(opinions, opinion -> opinion.transmittedTo().stream()));
    }

    private static List<String> values(Collection<PublishedOpinion> opinions,
        Function<PublishedOpinion, Stream<String>> values)
    {
        return List.copyOf(opinions.stream().flatMap(values).filter(Objects::nonNull)
            .filter(value -> !value.isEmpty()).collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
    }
}
