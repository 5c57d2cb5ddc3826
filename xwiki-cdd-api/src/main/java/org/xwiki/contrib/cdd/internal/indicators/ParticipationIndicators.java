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
package org.xwiki.contrib.cdd.internal.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.Period;

/**
 * Indicators about meetings and members: how often the council met, who came, which methods it used. Attendance is
 * counted over expected participants only: a rate is the number of (meeting, expected member) pairs where the member
 * attended, over the number of such pairs. Per-category rates use the member's college, gender or age class; members
 * without one count under {@code undisclosed}.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class ParticipationIndicators
{
    private static final String UNDISCLOSED = MemberPrivateClass.UNDISCLOSED;

    private static final List<String> CATEGORIES = List.of(MemberClass.COLLEGE, MemberPrivateClass.GENDER,
        MemberPrivateClass.AGE_CLASS);

    private ParticipationIndicators()
    {
    }

    static List<Indicator> compute(List<EntityRecord> meetings, List<EntityRecord> members, Period period)
    {
        List<EntityRecord> held = meetings.stream().filter(m -> period.contains(m.date(MeetingClass.START))).toList();
        Map<String, EntityRecord> membersByPage = new HashMap<>();
        members.forEach(m -> membersByPage.put(m.page(), m));
        long attended = 0;
        long expected = 0;
        Map<String, Map<String, long[]>> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, new LinkedHashMap<>()));
        Set<String> activeMembers = new HashSet<>();
        for (EntityRecord meeting : held) {
            Set<String> present = new HashSet<>(meeting.strings(MeetingClass.ATTENDEES));
            present.stream().filter(membersByPage::containsKey).forEach(activeMembers::add);
            for (String member : meeting.strings(MeetingClass.EXPECTED)) {
                boolean came = present.contains(member);
                expected++;
                attended += came ? 1 : 0;
                EntityRecord record = membersByPage.get(member);
                for (String category : CATEGORIES) {
                    String value = record == null || record.string(category) == null ? UNDISCLOSED
                        : record.string(category);
                    long[] counts = byCategory.get(category).computeIfAbsent(value, k -> new long[2]);
                    counts[0] += came ? 1 : 0;
                    counts[1]++;
                }
            }
        }
        return List.of(
            new Indicator(IndicatorCalculator.MEETINGS_BY_KIND,
                Statistics.countBy(held, m -> m.strings(MeetingClass.KIND)), Indicator.COUNT),
            new Indicator(IndicatorCalculator.ATTENDANCE_RATE, Statistics.share(attended, expected),
                Indicator.PERCENT),
            new Indicator(IndicatorCalculator.ATTENDANCE_BY_COLLEGE,
                Statistics.rates(byCategory.get(MemberClass.COLLEGE)), Indicator.PERCENT),
            new Indicator(IndicatorCalculator.ATTENDANCE_BY_GENDER,
                Statistics.rates(byCategory.get(MemberPrivateClass.GENDER)), Indicator.PERCENT),
            new Indicator(IndicatorCalculator.ATTENDANCE_BY_AGE_CLASS,
                Statistics.rates(byCategory.get(MemberPrivateClass.AGE_CLASS)), Indicator.PERCENT),
            new Indicator(IndicatorCalculator.ACTIVE_MEMBERS, (long) activeMembers.size(), Indicator.COUNT),
            new Indicator(IndicatorCalculator.MEMBERS_TOTAL,
                members.stream().filter(m -> overlaps(m, period)).count(), Indicator.COUNT),
            new Indicator(IndicatorCalculator.NEW_MEMBERS,
                members.stream().filter(m -> period.contains(m.date(MemberClass.MANDATE_START))).count(),
                Indicator.COUNT),
            new Indicator(IndicatorCalculator.METHODS_USED,
                Statistics.countBy(held, m -> m.strings(MeetingClass.METHODS)), Indicator.COUNT));
    }

    private static boolean overlaps(EntityRecord member, Period period)
    {
        LocalDate start = member.date(MemberClass.MANDATE_START);
        LocalDate end = member.date(MemberClass.MANDATE_END);
        return (start == null || !start.isAfter(period.end())) && (end == null || !end.isBefore(period.start()));
    }
}
