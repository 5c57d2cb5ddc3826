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
import java.util.List;
import java.util.Objects;

import org.xwiki.stability.Unstable;

/**
 * What a visitor of the public library chose: each criterion empty (or 0 for the year) when not chosen.
 *
 * @param theme a theme id
 * @param year a year of adoption
 * @param type opinion, contribution, note or report
 * @param referralKind the kind of referral it answers: mandatory, optional, self, or {@link #NO_REFERRAL}
 * @param group the title of the working group
 * @param body the id of a deliberative body it was sent to
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record LibraryFilter(String theme, int year, String type, String referralKind, String group, String body)
{
    /** The referral kind of a text that answers no referral (it was written on the council's own initiative). */
    public static final String NO_REFERRAL = "none";

    /** Nothing chosen: the whole library. */
    public static final LibraryFilter ALL = new LibraryFilter("", 0, "", "", "", "");

    /** Newest publication first, then by title. */
    private static final Comparator<PublishedOpinion> ORDER = Comparator.comparing(PublishedOpinion::publicationDate,
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PublishedOpinion::title);

    /** Never null criteria. */
    public LibraryFilter
    {
        theme = Objects.requireNonNullElse(theme, "");
        type = Objects.requireNonNullElse(type, "");
        referralKind = Objects.requireNonNullElse(referralKind, "");
        group = Objects.requireNonNullElse(group, "");
        body = Objects.requireNonNullElse(body, "");
    }

    /**
     * @param opinion a published opinion
     * @return whether it meets every chosen criterion
     */
    public boolean accepts(PublishedOpinion opinion)
    {
        String kind = opinion.referralKind().isEmpty() ? NO_REFERRAL : opinion.referralKind();
        boolean described = chosen(this.theme, opinion.themes()::contains) && chosen(this.type, opinion.type()::equals);
        boolean dated = this.year == 0 || opinion.year() == this.year;
        boolean origin = chosen(this.referralKind, kind::equals) && chosen(this.group, opinion.group()::equals);
        return described && dated && origin && chosen(this.body, opinion.transmittedTo()::contains);
    }

    private static boolean chosen(String criterion, java.util.function.Predicate<String> test)
    {
        return criterion.isEmpty() || test.test(criterion);
    }

    /**
     * @param opinions the published opinions
     * @return those it accepts, the newest publication first
     */
    public List<PublishedOpinion> apply(List<PublishedOpinion> opinions)
    {
        return opinions.stream().filter(this::accepts).sorted(ORDER).toList();
    }

    /**
     * @return whether a criterion was chosen
     */
    public boolean isChosen()
    {
        return !equals(ALL);
    }
}
