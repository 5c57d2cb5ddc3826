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
package org.xwiki.contrib.cdd.test.page;

import java.util.ArrayList;
import java.util.List;

import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;

/**
 * A fictional council for the sheet tests: 2 groups, 6 members, 3 referrals in different states, 2 contributions with
 * recommendations, 3 meetings with action items. Names and facts are invented.
 *
 * @version $Id$
 */
public final class FictionalCouncil
{
    private static final String MOBILITY = "CDD.Groups.Mobilite.WebHome";

    private static final String FOOD = "CDD.Groups.Alimentation.WebHome";

    private FictionalCouncil()
    {
    }

    /**
     * @param pages the application, for the class definitions
     * @return every page of the council
     */
    public static List<XarPage> pages(PageSet pages)
    {
        List<XarPage> council = new ArrayList<>();
        council.add(SamplePages.withObject(pages, MOBILITY, "Mobilité", GroupClass.REFERENCE, GroupClass.MANDATE,
            "Mobilités du quotidien.", GroupClass.STATUS, "active", GroupClass.MEMBERS, "CDD.Members.M1|CDD.Members.M2"));
        council.add(SamplePages.withObject(pages, FOOD, "Alimentation", GroupClass.REFERENCE, GroupClass.MANDATE,
            "Projet alimentaire territorial.", GroupClass.STATUS, "paused"));
        String[][] members = {{"M1", "f", "15-29", "citizens"}, {"M2", "m", "30-44", "associations"},
            {"M3", "f", "45-59", "economy"}, {"M4", "m", "60-74", "citizens"}, {"M5", "undisclosed", "", "unions"},
            {"M6", "f", "75+", "associations"}};
        for (String[] member : members) {
            council.add(SamplePages.withObject(pages, "CDD.Members." + member[0], "Membre " + member[0],
                MemberClass.REFERENCE, MemberClass.COLLEGE, member[3], MemberClass.COMMUNE, "Arles",
                MemberClass.ROLE, "member", MemberClass.MANDATE_START, "2022-06-01",
                MemberClass.PUBLICATION_CONSENT, "1"));
            council.add(SamplePages.withObject(pages, MemberPrivateClass.privatePage("CDD.Members." + member[0]),
                "Données confidentielles " + member[0], MemberPrivateClass.REFERENCE, MemberPrivateClass.MEMBER,
                "CDD.Members." + member[0], MemberPrivateClass.GENDER, member[1], MemberPrivateClass.AGE_CLASS,
                member[2]));
        }
        council.add(SamplePages.withObject(pages, "CDD.Saisines.PCAET", "PCAET", SaisineClass.REFERENCE,
            SaisineClass.KIND, "mandatory", SaisineClass.STATUS, "in_progress", SaisineClass.GROUP, MOBILITY,
            SaisineClass.RECEIVED_DATE, "2026-10-02", SaisineClass.DUE_DATE, "2026-12-15"));
        council.add(SamplePages.withObject(pages, "CDD.Saisines.PAT", "PAT", SaisineClass.REFERENCE,
            SaisineClass.KIND, "optional", SaisineClass.STATUS, "received", SaisineClass.RECEIVED_DATE, "2026-11-20"));
        council.add(SamplePages.withObject(pages, "CDD.Saisines.Eau", "Eau", SaisineClass.REFERENCE,
            SaisineClass.KIND, "self", SaisineClass.STATUS, "transmitted", SaisineClass.GROUP, FOOD,
            SaisineClass.DUE_DATE, "2026-06-30", SaisineClass.TRANSMITTED_DATE, "2026-06-20",
            SaisineClass.TRANSMITTED_TO, "PETR"));
        for (String[] contribution : new String[][] {{"AvisPCAET", "adopted", "CDD.Saisines.PCAET"},
            {"NoteEau", "draft", "CDD.Saisines.Eau"}}) {
            council.add(SamplePages.withObjects("CDD.Contributions." + contribution[0], contribution[0], List.of(
                SamplePages.object(pages, ContributionClass.REFERENCE, 0, ContributionClass.TYPE, "opinion",
                    ContributionClass.STATUS, contribution[1], ContributionClass.SAISINE, contribution[2],
                    ContributionClass.SUMMARY, "Résumé."),
                SamplePages.object(pages, RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT, "Première.",
                    RecommendationClass.FOLLOW_UP_STATUS, "pending"),
                SamplePages.object(pages, RecommendationClass.REFERENCE, 1, RecommendationClass.TEXT, "Seconde.",
                    RecommendationClass.FOLLOW_UP_STATUS, "not_taken", RecommendationClass.REPLY, "Non.",
                    RecommendationClass.REPLY_DATE, "2026-07-01"))));
        }
        String[][] meetings = {{"R1", "group", "2026-10-10 18:00", "validated"}, {"R2", "plenary",
            "2026-11-20 18:30", "draft"}, {"R3", "bureau", "2026-12-10 17:00", "draft"}};
        for (String[] meeting : meetings) {
            council.add(SamplePages.withObjects("CDD.Meetings." + meeting[0], meeting[0], List.of(
                SamplePages.object(pages, MeetingClass.REFERENCE, 0, MeetingClass.KIND, meeting[1],
                    MeetingClass.GROUP, MOBILITY, MeetingClass.START, meeting[2], MeetingClass.MINUTES_STATUS,
                    meeting[3], MeetingClass.ATTENDEES, "CDD.Members.M1|CDD.Members.M3"),
                SamplePages.object(pages, ActionItemClass.REFERENCE, 0, ActionItemClass.DESCRIPTION, "Action.",
                    ActionItemClass.DUE_DATE, "2026-12-01", ActionItemClass.STATUS, "doing"))));
        }
        return council;
    }
}
