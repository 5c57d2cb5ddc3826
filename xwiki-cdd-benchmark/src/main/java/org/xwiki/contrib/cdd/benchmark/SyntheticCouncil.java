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
package org.xwiki.contrib.cdd.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;

/**
 * A synthetic council of 100,000 records with a fixed seed, shaped like a large real one: many meetings with 15
 * expected members each, contributions linked to referrals, several recommendations per contribution.
 *
 * @version $Id$
 */
public final class SyntheticCouncil
{
    /** Records per entity; they add up to 100,000. */
    public static final int SAISINES = 15_000;

    /** Contributions. */
    public static final int CONTRIBUTIONS = 15_000;

    /** Recommendations. */
    public static final int RECOMMENDATIONS = 30_000;

    /** Meetings. */
    public static final int MEETINGS = 20_000;

    /** Members. */
    public static final int MEMBERS = 15_000;

    /** Tutorials. */
    public static final int TUTORIALS = 5_000;

    private static final LocalDate ORIGIN = LocalDate.of(2020, 1, 1);

    private static final String[] KINDS = {"mandatory", "optional", "self"};

    private static final String[] GENDERS = {"f", "m", "other", "undisclosed"};

    private static final String[] COLLEGES = {"citizens", "associations", "economy", "unions"};

    private static final String[] AGES = {"15-29", "30-44", "45-59", "60-74", "75+"};

    private SyntheticCouncil()
    {
    }

    /**
     * @param reader the record reader
     * @return the records, as pages would pass them
     */
    public static IndicatorInput build(RecordReader reader)
    {
        Random random = new Random(42);
        List<EntityRecord> saisines = new ArrayList<>();
        for (int i = 0; i < SAISINES; i++) {
            LocalDate received = day(random, 2400);
            saisines.add(read(reader, SaisineClass.DEFINITION, "S" + i, SaisineClass.KIND, KINDS[i % 3],
                SaisineClass.ORIGIN_BODY, "body" + i % 4, SaisineClass.THEMES, "theme" + i % 7 + "|theme" + i % 5,
                SaisineClass.RECEIVED_DATE, received, SaisineClass.DUE_DATE, received.plusDays(60)));
        }
        List<EntityRecord> contributions = new ArrayList<>();
        for (int i = 0; i < CONTRIBUTIONS; i++) {
            contributions.add(read(reader, ContributionClass.DEFINITION, "C" + i, ContributionClass.TYPE,
                i % 2 == 0 ? "opinion" : "note", ContributionClass.SAISINE, "S" + i,
                ContributionClass.ADOPTION_DATE, day(random, 2450), ContributionClass.STATUS, "adopted"));
        }
        List<EntityRecord> recommendations = new ArrayList<>();
        for (int i = 0; i < RECOMMENDATIONS; i++) {
            recommendations.add(read(reader, RecommendationClass.DEFINITION, "C" + i % CONTRIBUTIONS,
                RecommendationClass.FOLLOW_UP_STATUS, i % 3 == 0 ? "pending" : "partly",
                RecommendationClass.REPLY_DATE, i % 3 == 0 ? null : day(random, 2450)));
        }
        List<EntityRecord> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(read(reader, MemberPrivateClass.WITH_MEMBER, "M" + i, MemberPrivateClass.GENDER, GENDERS[i % 4],
                MemberClass.COLLEGE, COLLEGES[i % 4], MemberPrivateClass.AGE_CLASS, AGES[i % 5],
                MemberClass.MANDATE_START, day(random, 2000)));
        }
        List<EntityRecord> meetings = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            StringBuilder expected = new StringBuilder();
            StringBuilder attendees = new StringBuilder();
            for (int j = 0; j < 15; j++) {
                String member = "M" + random.nextInt(MEMBERS);
                expected.append(member).append('|');
                if (random.nextInt(4) > 0) {
                    attendees.append(member).append('|');
                }
            }
            meetings.add(read(reader, MeetingClass.DEFINITION, "R" + i, MeetingClass.KIND, "group",
                MeetingClass.START, day(random, 2450).atTime(18, 0), MeetingClass.EXPECTED, expected,
                MeetingClass.ATTENDEES, attendees, MeetingClass.METHODS, "method" + i % 12));
        }
        List<EntityRecord> tutorials = new ArrayList<>();
        for (int i = 0; i < TUTORIALS; i++) {
            tutorials.add(read(reader, TutorialClass.DEFINITION, "T" + i, TutorialClass.STATUS, "published",
                TutorialClass.PUBLICATION_DATE, day(random, 2450), TutorialClass.LAST_REVIEWED, day(random, 2450)));
        }
        return new IndicatorInput(saisines, contributions, recommendations, meetings, members, tutorials);
    }

    private static LocalDate day(Random random, int range)
    {
        return ORIGIN.plusDays(random.nextInt(range));
    }

    private static EntityRecord read(RecordReader reader, EntityDefinition definition, String page,
        Object... values)
    {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            if (values[i + 1] != null) {
                map.put((String) values[i], values[i + 1].toString());
            }
        }
        return reader.read(definition, page, map).record();
    }
}
