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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.stability.Unstable;

/**
 * What anonymising a member who left keeps and what it removes (GDPR article 5(1)(e): a member's data are kept no
 * longer than needed). The member page is replaced by a new page named {@code CDD.Members.AncienMembre<n>}, with no
 * history, holding only what the council's aggregates count (college, commune, EPCI, mandate); the groups and
 * meetings that named the old page are pointed at the new one, so attendance and membership stay counted; the old
 * member page and the private page are deleted; the member's e-mail choices and calendar address go with them. A
 * new page rather than a rename, because a renamed page keeps its history, which holds the name.
 *
 * @version $Id$
 * @since 1.0
 */
@Unstable
public final class MemberAnonymisation
{
    /** The name of an anonymised member's page, before its number; also how the lists tell it from the others. */
    public static final String PAGE_PREFIX = "AncienMembre";

    /**
     * The member properties kept: what the composition, the indicators and the report count. Not the role: with the
     * commune and the mandate dates, "president" or "bureau" would point at one person.
     */
    public static final List<String> KEPT = List.of(MemberClass.COLLEGE, MemberClass.COMMUNE, MemberClass.EPCI,
        MemberClass.MANDATE_START, MemberClass.MANDATE_END);

    /**
     * The lists of member pages that name the member, as {@code class → property}: each is pointed at the new page.
     */
    public static final Map<String, List<String>> REFERENCES = references();

    /** Years after the end of the mandate before a member is listed for anonymisation, when none is configured. */
    public static final int DEFAULT_YEARS = 3;

    /** The most years a council may configure. */
    public static final int MAX_YEARS = 30;

    /** The most anonymised pages numbered: past it, no new number is given (bounded input). */
    public static final int MAX_NUMBER = 1_000_000;

    private static final Pattern NUMBERED = Pattern.compile(Pattern.quote(MemberClass.SPACE + '.' + PAGE_PREFIX)
        + "([0-9]{1,7})(\\.WebHome)?");

    private MemberAnonymisation()
    {
    }

    private static Map<String, List<String>> references()
    {
        Map<String, List<String>> references = new LinkedHashMap<>();
        references.put(GroupClass.REFERENCE, List.of(GroupClass.MEMBERS));
        references.put(MeetingClass.REFERENCE, List.of(MeetingClass.EXPECTED, MeetingClass.ATTENDEES,
            MeetingClass.EXCUSED));
        return java.util.Collections.unmodifiableMap(references);
    }

    /**
     * @param page a page full name
     * @return the number of an anonymised member's page, empty for any other page
     */
    public static OptionalInt number(String page)
    {
        Matcher matcher = page == null ? null : NUMBERED.matcher(page);
        return matcher != null && matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
            : OptionalInt.empty();
    }

    /**
     * @param page a page full name
     * @return whether it is an anonymised member's page
     */
    public static boolean isAnonymised(String page)
    {
        return number(page).isPresent();
    }

    /**
     * @param existing the anonymised pages that exist
     * @return the number of the next one: one more than the highest, so that a number is never given twice; -1 past
     *     {@link #MAX_NUMBER}
     */
    public static int nextNumber(Collection<String> existing)
    {
        int highest = 0;
        for (String page : existing) {
            highest = Math.max(highest, number(page).orElse(0));
        }
        return highest >= MAX_NUMBER ? -1 : highest + 1;
    }

    /**
     * @param number the anonymised member's number
     * @return the full name of their new page
     */
    public static String page(int number)
    {
        return MemberClass.SPACE + '.' + PAGE_PREFIX + number;
    }

    /**
     * @param values a list property's value: the member pages it names
     * @param oldPage the anonymised member's old page
     * @param newPage their new page
     * @return the same list, the old page replaced by the new one, each page once, in the same order
     */
    public static List<String> rewrite(Collection<String> values, String oldPage, String newPage)
    {
        Set<String> rewritten = new LinkedHashSet<>();
        for (String value : values) {
            rewritten.add(value.equals(oldPage) ? newPage : value);
        }
        return new ArrayList<>(rewritten);
    }

    /**
     * @param today the council's today
     * @param years the years configured
     * @return the day a mandate must have ended before to be listed: {@code years} years before today
     */
    public static LocalDate cutoff(LocalDate today, int years)
    {
        return today.minusYears(years);
    }

    /**
     * @param mandateEnd the day the mandate ended, null when it did not
     * @param cutoff the day from {@link #cutoff}
     * @return whether the member is due for anonymisation: the mandate ended before the cutoff
     */
    public static boolean isDue(LocalDate mandateEnd, LocalDate cutoff)
    {
        return mandateEnd != null && mandateEnd.isBefore(cutoff);
    }
}
