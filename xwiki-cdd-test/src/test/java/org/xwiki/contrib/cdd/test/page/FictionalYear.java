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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;

/**
 * A full year of the fictional council, the year before the test's today (2025 on the harness's fixed day), for the
 * activity report: ten referrals of the three kinds from the four configured bodies, six contributions adopted with
 * nine recommendations and the elected bodies' follow-up and replies, twelve meetings of every kind with their methods,
 * each expecting M1, M2 and M3, attended by M1 and M2. Added on
 * top of {@link FictionalCouncil#pages}, whose own records all fall in the test's year, so that the figures of that
 * year stay as its tests computed them. The hand computation of every figure is in {@code ReportPageTest}.
 *
 * @version $Id$
 */
public final class FictionalYear
{
    /** The deliberative bodies of the council's configuration. */
    public static final String PETR = "Comité syndical du PETR du Pays d’Arles";

    /** A configured body. */
    public static final String ACCM = "Conseil communautaire ACCM";

    /** A configured body. */
    public static final String TPA = "Conseil communautaire Terre de Provence";

    /** A configured body. */
    public static final String CCVBA = "Conseil communautaire CCVBA";

    private static final String TRANSMITTED = "transmitted";

    private static final String PLENARY = "plenary";

    private static final String BUREAU = "bureau";

    private static final String GROUP = "group";

    private static final String METHOD = "CDD.Toolbox.Fictif";

    private static final String NEW_METHOD = "CDD.Toolbox.Nouveau";

    private FictionalYear()
    {
    }

    /** The theme of each group's texts, as configured. */
    private static final Map<String, String> THEMES = Map.of(FictionalCouncil.MOBILITY, "Mobilité",
        FictionalCouncil.WATER, "Eau", FictionalCouncil.FOOD, "Projet alimentaire territorial (PAT)");

    /**
     * @param pages the application, for the class definitions
     * @param today the test's today: the year is the one before it
     * @return the year's referrals, contributions and meetings
     */
    public static List<XarPage> pages(PageSet pages, LocalDate today)
    {
        int year = today.getYear() - 1;
        List<XarPage> records = new ArrayList<>();
        // name, kind, origin, group, received, due, status, transmitted, transmitted to
        String[][] referrals = {
            {"PLUArles", "mandatory", ACCM, FictionalCouncil.MOBILITY, "01-15", "03-16", TRANSMITTED, "03-12", ACCM},
            {"SCoT", "mandatory", PETR, FictionalCouncil.MOBILITY, "02-03", "04-04", TRANSMITTED, "04-22", PETR},
            {"PCAETACCM", "mandatory", ACCM, FictionalCouncil.FOOD, "05-05", "07-04", "in_progress", "", ""},
            {"Velo", "optional", ACCM, FictionalCouncil.MOBILITY, "03-01", "05-30", TRANSMITTED, "05-12", ACCM},
            {"Tourisme", "optional", TPA, FictionalCouncil.WATER, "06-10", "09-08", TRANSMITTED, "09-03", TPA},
            {"Nappe", "self", "", FictionalCouncil.WATER, "01-20", "", TRANSMITTED, "06-20", PETR + "|" + CCVBA},
            {"Jeunesse", "self", "", "", "09-15", "", "received", "", ""},
            {"Culture", "optional", CCVBA, "", "10-01", "12-30", "declined", "", ""},
            {"Agriculture", "mandatory", CCVBA, FictionalCouncil.FOOD, "10-20", "12-19", TRANSMITTED, "12-12", CCVBA},
            {"Sante", "optional", PETR, "", "11-05", "12-31", "received", "", ""}};
        for (String[] referral : referrals) {
            records.add(SamplePages.withObject(pages, "CDD.Saisines." + referral[0], referral[0],
                SaisineClass.REFERENCE, SaisineClass.KIND, referral[1], SaisineClass.ORIGIN_BODY, referral[2],
                SaisineClass.GROUP, referral[3], SaisineClass.RECEIVED_DATE, day(year, referral[4]),
                SaisineClass.DUE_DATE, day(year, referral[5]), SaisineClass.STATUS, referral[6],
                SaisineClass.TRANSMITTED_DATE, day(year, referral[7]), SaisineClass.TRANSMITTED_TO, referral[8]));
        }
        // referral, group, adopted, adopting body, status, published, follow-up of each recommendation
        String[][] contributions = {
            {"PLUArles", FictionalCouncil.MOBILITY, "03-10", PLENARY, "published", "03-20",
                "taken_into_account|partly"},
            {"SCoT", FictionalCouncil.MOBILITY, "04-20", PLENARY, "adopted", "", "not_taken|pending"},
            {"Velo", FictionalCouncil.MOBILITY, "05-10", BUREAU, "published", "05-25", "taken_into_account"},
            {"Tourisme", FictionalCouncil.WATER, "09-01", PLENARY, "adopted", "", ""},
            {"Nappe", FictionalCouncil.WATER, "06-15", PLENARY, "published", "07-01",
                "taken_into_account|taken_into_account|pending"},
            {"Agriculture", FictionalCouncil.FOOD, "12-10", BUREAU, "adopted", "", "partly"}};
        for (String[] contribution : contributions) {
            records.add(contribution(pages, year, contribution));
        }
        // name, kind, group, day, methods
        String[][] meetings = {{"P01", PLENARY, "", "01-28", METHOD}, {"B01", BUREAU, "", "02-10", ""},
            {"G01", GROUP, FictionalCouncil.MOBILITY, "02-20", METHOD}, {"G02", GROUP, FictionalCouncil.MOBILITY,
                "03-05", ""}, {"P02", PLENARY, "", "04-15", METHOD + "|" + NEW_METHOD},
            {"G03", GROUP, FictionalCouncil.WATER, "05-20", NEW_METHOD}, {"B02", BUREAU, "", "06-05", ""},
            {"G04", GROUP, FictionalCouncil.WATER, "06-10", ""}, {"E01", "public_event", "", "09-20", METHOD},
            {"G05", GROUP, FictionalCouncil.FOOD, "11-15", ""}, {"P03", PLENARY, "", "12-02", ""},
            {"B03", BUREAU, "", "12-09", ""}};
        for (String[] meeting : meetings) {
            records.add(SamplePages.withObject(pages, "CDD.Meetings." + meeting[0] + year, meeting[0],
                MeetingClass.REFERENCE, MeetingClass.KIND, meeting[1], MeetingClass.GROUP, meeting[2],
                MeetingClass.START, day(year, meeting[3]) + " 18:00", MeetingClass.METHODS, meeting[4],
                MeetingClass.EXPECTED, "CDD.Members.M1|CDD.Members.M2|CDD.Members.M3", MeetingClass.ATTENDEES,
                "CDD.Members.M1|CDD.Members.M2", MeetingClass.MINUTES_STATUS, "validated"));
        }
        return records;
    }

    private static XarPage contribution(PageSet pages, int year, String[] contribution)
    {
        List<PageObject> objects = new ArrayList<>();
        objects.add(SamplePages.object(pages, ContributionClass.REFERENCE, 0, ContributionClass.TYPE, "opinion",
            ContributionClass.SAISINE, "CDD.Saisines." + contribution[0], ContributionClass.GROUP, contribution[1],
            ContributionClass.ADOPTION_DATE, day(year, contribution[2]), ContributionClass.ADOPTING_BODY,
            contribution[3], ContributionClass.STATUS, contribution[4], ContributionClass.PUBLICATION_DATE,
            day(year, contribution[5]), ContributionClass.SUMMARY, "Avis sur " + contribution[0] + ".",
            ContributionClass.THEMES, THEMES.get(contribution[1]), ContributionClass.VOTES_FOR, "24",
            ContributionClass.VOTES_AGAINST, "2", ContributionClass.VOTES_ABSTENTION, "3"));
        String[] followUps = contribution[6].isEmpty() ? new String[0] : contribution[6].split("\\|");
        for (int i = 0; i < followUps.length; i++) {
            // The elected bodies replied, on 15 December, to every recommendation but the pending ones.
            boolean replied = !"pending".equals(followUps[i]);
            objects.add(SamplePages.object(pages, RecommendationClass.REFERENCE, i, RecommendationClass.TEXT,
                "Recommandation " + (i + 1) + ".", RecommendationClass.FOLLOW_UP_STATUS, followUps[i],
                RecommendationClass.REPLY, replied ? "Réponse des élus." : "", RecommendationClass.REPLY_DATE,
                replied ? day(year, "12-15") : ""));
        }
        return SamplePages.withObjects("CDD.Contributions.Avis" + contribution[0], "Avis " + contribution[0],
            objects);
    }

    private static String day(int year, String monthDay)
    {
        return monthDay.isEmpty() ? "" : year + "-" + monthDay;
    }
}
