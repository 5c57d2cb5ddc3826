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

import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.DossierClass;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.MethodFeedbackClass;
import org.xwiki.contrib.cdd.entity.NeedClass;
import org.xwiki.contrib.cdd.entity.PublicationClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.ResourceClass;
import org.xwiki.contrib.cdd.entity.ReportClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.test.standin.Scenario;

/**
 * A fictional council for the page tests, the one data set the pages' queries run over: 3 groups (one paused), 6
 * members (Camille, the tests' user, in two groups; referents XWiki.Ann and XWiki.Anne, whose names share a prefix),
 * 4 referrals in different states (a mandatory one overdue), 3 contributions (one adopted with recommendations 0 and
 * 2, slot 1 deleted; one in review; one published), 3 meetings with action items (one due today, one overdue), a
 * method without objectives and one used by a meeting with a rating, a tutorial without audience and a published one
 * naming a tool, a tool with a need it answers, a dossier with a resource, last year's activity report as a draft. Dates are relative to the test's today.
 * Names and facts are invented.
 *
 * @version $Id$
 */
public final class FictionalCouncil
{
    /** The members: name, gender, age class, college. */
    private static final String[][] MEMBERS = {{"M1", "f", "15-29", "citizens"}, {"M2", "m", "30-44", "associations"},
        {"M3", "f", "45-59", "economy"}, {"M4", "m", "60-74", "citizens"}, {"M5", "undisclosed", "", "unions"},
        {"M6", "f", "75+", "associations"}};

    /**
     * The council's settings its members' values are read with (CDD.Code.Configuration): colleges, communes and their
     * EPCI, census shares per age class, tolerance, and the bodies of {@link FictionalYear}.
     */
    public static final Map<String, String> SETTINGS = settings();

    /** The sheet that displays each class of the council's records. */
    public static final Map<String, String> SHEETS = Map.ofEntries(
        Map.entry("CDD.Code.GroupClass", "CDD.Code.GroupSheet"),
        Map.entry("CDD.Code.SaisineClass", "CDD.Code.SaisineSheet"),
        Map.entry("CDD.Code.ContributionClass", "CDD.Code.ContributionSheet"),
        Map.entry("CDD.Code.MeetingClass", "CDD.Code.MeetingSheet"),
        Map.entry("CDD.Code.MemberClass", "CDD.Code.MemberSheet"),
        Map.entry("CDD.Code.MemberPrivateClass", "CDD.Code.MemberPrivateSheet"),
        Map.entry("CDD.Code.MethodClass", "CDD.Code.MethodSheet"),
        Map.entry("CDD.Code.TutorialClass", "CDD.Code.TutorialSheet"),
        Map.entry("CDD.Code.ToolClass", "CDD.Code.ToolSheet"),
        Map.entry("CDD.Code.NeedClass", "CDD.Code.NeedSheet"),
        Map.entry("CDD.Code.DossierClass", "CDD.Code.DossierSheet"),
        Map.entry("CDD.Code.ResourceClass", "CDD.Code.ResourceSheet"),
        Map.entry("CDD.Code.ArticleClass", "CDD.Code.CharterSheet"),
        Map.entry("CDD.Code.ReportClass", "CDD.Code.ReportSheet"),
        Map.entry("CDD.Code.PublicationClass", "CDD.Code.PublicationSheet"));

    static final String MOBILITY = "CDD.Groups.Mobilite.WebHome";

    static final String FOOD = "CDD.Groups.Alimentation.WebHome";

    static final String WATER = "CDD.Groups.Eau.WebHome";

    private FictionalCouncil()
    {
    }

    private static Map<String, String> settings()
    {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("colleges", "citizens\nassociations\neconomy\nunions");
        settings.put("communes", "Arles=ACCM\nTarascon=TPA");
        settings.put("ageClasses", "15-29=20\n30-44=20\n45-59=20\n60-74=20\n75+=20");
        settings.put("tolerancePoints", "5");
        settings.put("deliberativeBodies", String.join("\n", FictionalYear.PETR, FictionalYear.ACCM, FictionalYear.TPA,
            FictionalYear.CCVBA));
        return java.util.Collections.unmodifiableMap(settings);
    }

    /**
     * @param pages the application, for the class definitions
     * @param name the member's page name, e.g. {@code M3}
     * @param college their college
     * @param mandateEnd the last day of their mandate
     * @return the page of a member who left: their organisation, account and consent as a member page holds them, the
     *     mandate ended on the given day (for the list of former members to anonymise)
     */
    public static XarPage formerMember(PageSet pages, String name, String college, LocalDate mandateEnd)
    {
        return SamplePages.withObject(pages, "CDD.Members." + name, "Membre " + name, MemberClass.REFERENCE,
            MemberClass.COLLEGE, college, MemberClass.STRUCTURE, "Chambre " + name, MemberClass.COMMUNE, "Arles",
            MemberClass.ROLE, "member", MemberClass.MANDATE_START, "2019-06-01", MemberClass.MANDATE_END,
            mandateEnd.toString(), MemberClass.PUBLICATION_CONSENT, "1", MemberClass.USER, "XWiki." + name);
    }

    /**
     * @return each member's private data (gender, age class, e-mail), by member page, in the members' order
     */
    public static Map<String, Map<String, String>> privateValues()
    {
        Map<String, Map<String, String>> values = new java.util.LinkedHashMap<>();
        for (String[] member : MEMBERS) {
            values.put("CDD.Members." + member[0], Map.of(MemberPrivateClass.GENDER, member[1],
                MemberPrivateClass.AGE_CLASS, member[2], MemberPrivateClass.EMAIL,
                member[0].toLowerCase(java.util.Locale.ROOT) + "@exemple.fr"));
        }
        return values;
    }

    /**
     * @param pages the application, for the class definitions
     * @return every page of the council
     */
    public static List<XarPage> pages(PageSet pages)
    {
        return pages(pages, Scenario.DEFAULT_TODAY);
    }

    /**
     * @param pages the application, for the class definitions
     * @param today the test's today, which the council's dates are relative to
     * @return every page of the council
     */
    public static List<XarPage> pages(PageSet pages, LocalDate today)
    {
        List<XarPage> council = new ArrayList<>();
        council.add(SamplePages.withObject(pages, MOBILITY, "Mobilité", GroupClass.REFERENCE, GroupClass.MANDATE,
            "Mobilités du quotidien.", GroupClass.STATUS, "active", GroupClass.MEMBERS, "CDD.Members.M1|CDD.Members.M2",
            GroupClass.REFERENTS, "XWiki.Ann"));
        council.add(SamplePages.withObject(pages, FOOD, "Alimentation", GroupClass.REFERENCE, GroupClass.MANDATE,
            "Projet alimentaire territorial.", GroupClass.STATUS, "paused", GroupClass.REFERENTS, "XWiki.Anne"));
        council.add(SamplePages.withObject(pages, WATER, "Eau", GroupClass.REFERENCE, GroupClass.MANDATE,
            "La ressource en eau.", GroupClass.STATUS, "active", GroupClass.MEMBERS, "CDD.Members.M1|CDD.Members.M4",
            GroupClass.REFERENTS, "XWiki.Anne"));
        for (String[] member : MEMBERS) {
            council.add(SamplePages.withObject(pages, "CDD.Members." + member[0], "Membre " + member[0],
                MemberClass.REFERENCE, MemberClass.COLLEGE, member[3], MemberClass.COMMUNE, "Arles",
                MemberClass.ROLE, "member", MemberClass.MANDATE_START, "2022-06-01",
                MemberClass.PUBLICATION_CONSENT, "1", MemberClass.USER, "M1".equals(member[0]) ? Scenario.DEFAULT_USER
                    : "XWiki." + member[0]));
            Map<String, String> values = privateValues().get("CDD.Members." + member[0]);
            council.add(SamplePages.privateData(pages, "CDD.Members." + member[0], MemberPrivateClass.GENDER,
                values.get(MemberPrivateClass.GENDER), MemberPrivateClass.AGE_CLASS,
                values.get(MemberPrivateClass.AGE_CLASS), MemberPrivateClass.EMAIL,
                values.get(MemberPrivateClass.EMAIL)));
        }
        council.add(SamplePages.withObject(pages, "CDD.Saisines.PCAET", "PCAET", SaisineClass.REFERENCE,
            SaisineClass.KIND, "mandatory", SaisineClass.STATUS, "in_progress", SaisineClass.GROUP, MOBILITY,
            SaisineClass.RECEIVED_DATE, day(today, -57), SaisineClass.DUE_DATE, day(today, -3)));
        council.add(SamplePages.withObject(pages, "CDD.Saisines.PAT", "PAT", SaisineClass.REFERENCE,
            SaisineClass.KIND, "optional", SaisineClass.STATUS, "received", SaisineClass.RECEIVED_DATE,
            day(today, -8), SaisineClass.DUE_DATE, day(today, 40), SaisineClass.GROUP, MOBILITY));
        council.add(SamplePages.withObject(pages, "CDD.Saisines.Eau", "Eau", SaisineClass.REFERENCE,
            SaisineClass.KIND, "self", SaisineClass.STATUS, "transmitted", SaisineClass.GROUP, FOOD,
            SaisineClass.DUE_DATE, day(today, -150), SaisineClass.TRANSMITTED_DATE, day(today, -160),
            SaisineClass.TRANSMITTED_TO, "PETR"));
        council.addAll(contributions(pages, today));
        council.add(publicCopy(pages, today));
        council.addAll(meetings(pages, today));
        council.addAll(knowledge(pages, today));
        // Last year's activity report, still a draft: its figures follow the records.
        int lastYear = today.getYear() - 1;
        council.add(SamplePages.withObject(pages, "CDD.Reports." + lastYear, "Rapport d’activité " + lastYear,
            ReportClass.REFERENCE, ReportClass.YEAR, String.valueOf(lastYear), ReportClass.STATUS, "draft",
            ReportClass.FOREWORD, "Une année de travail en groupes."));
        return council;
    }

    private static String day(LocalDate today, int fromToday)
    {
        return today.plusDays(fromToday).toString();
    }

    private static List<XarPage> contributions(PageSet pages, LocalDate today)
    {
        List<XarPage> council = new ArrayList<>();
        for (String[] contribution : new String[][] {{"AvisPCAET", "adopted", "CDD.Saisines.PCAET"},
            {"NoteEau", "in_review", "CDD.Saisines.Eau"}, {"AvisMobilite", "published", "CDD.Saisines.PAT"}}) {
            council.add(SamplePages.withObjects("CDD.Contributions." + contribution[0], contribution[0], List.of(
                SamplePages.object(pages, ContributionClass.REFERENCE, 0, ContributionClass.TYPE, "opinion",
                    ContributionClass.STATUS, contribution[1], ContributionClass.SAISINE, contribution[2],
                    ContributionClass.GROUP, MOBILITY, ContributionClass.SUMMARY, "Résumé.",
                    ContributionClass.PUBLICATION_DATE, "published".equals(contribution[1]) ? day(today, -2) : ""),
                SamplePages.object(pages, RecommendationClass.REFERENCE, 0, RecommendationClass.TEXT, "Première.",
                    RecommendationClass.FOLLOW_UP_STATUS, "pending"),
                // Slot 1 was deleted: XWiki keeps the numbers of the others.
                SamplePages.object(pages, RecommendationClass.REFERENCE, 2, RecommendationClass.TEXT, "Seconde.",
                    RecommendationClass.FOLLOW_UP_STATUS, "not_taken", RecommendationClass.REPLY, "Non.",
                    RecommendationClass.REPLY_DATE, day(today, -30)))));
        }
        return council;
    }

    /**
     * The public copy of AvisMobilite, published two days ago, as the workflow service wrote it (facts in the format
     * {@code JsonPublicationFacts} writes): its second recommendation's follow-up public, the first one's not.
     */
    private static XarPage publicCopy(PageSet pages, LocalDate today)
    {
        String facts = String.format("{\"format\":1,\"record\":\"CDD.Contributions.AvisMobilite\","
            + "\"title\":\"AvisMobilite\",\"type\":\"opinion\",\"themes\":[\"Mobilité\"],\"referralKind\":"
            + "\"optional\",\"referral\":\"PAT\",\"group\":\"Mobilité\",\"adoptingBody\":\"plenary\","
            + "\"adoptionDate\":\"%s\",\"votesFor\":20,\"votesAgainst\":1,\"votesAbstention\":2,"
            + "\"transmittedTo\":[\"PETR\"],\"summary\":\"Résumé.\",\"publicationDate\":\"%s\",\"updated\":"
            + "\"%sT09:00:00Z\",\"recommendations\":[{\"number\":0,\"text\":\"Première.\",\"addressee\":\"\","
            + "\"followUpPublic\":false,\"status\":\"\",\"reply\":\"\",\"replyDate\":null,\"reviewDate\":null},"
            + "{\"number\":2,\"text\":\"Seconde.\",\"addressee\":\"PETR\",\"followUpPublic\":true,\"status\":\"not_taken\","
            + "\"reply\":\"Non.\",\"replyDate\":\"%s\",\"reviewDate\":null}]}", day(today, -10), day(today, -2),
            day(today, -2), day(today, -30));
        return SamplePages.withObject(pages, "CDD.Public.Opinions.AvisMobilite", "AvisMobilite",
            PublicationClass.REFERENCE, PublicationClass.RECORD, "CDD.Contributions.AvisMobilite",
            PublicationClass.STATE, "published", PublicationClass.FACTS, facts, PublicationClass.SUMMARY, "Résumé.",
            PublicationClass.CONTEXT, "Le contexte.", PublicationClass.FINDINGS, "L’analyse.");
    }

    private static List<XarPage> meetings(PageSet pages, LocalDate today)
    {
        List<XarPage> council = new ArrayList<>();
        String[][] meetings = {{"R1", "group", day(today, -40) + " 18:00", "validated", day(today, -5), "doing"},
            {"R2", "plenary", day(today, -5) + " 18:30", "draft", day(today, 0), "todo"},
            {"R3", "bureau", day(today, 10) + " 17:00", "draft", day(today, 20), "done"}};
        for (String[] meeting : meetings) {
            council.add(SamplePages.withObjects("CDD.Meetings." + meeting[0], meeting[0], List.of(
                SamplePages.object(pages, MeetingClass.REFERENCE, 0, MeetingClass.KIND, meeting[1],
                    MeetingClass.GROUP, MOBILITY, MeetingClass.START, meeting[2], MeetingClass.MINUTES_STATUS,
                    meeting[3], MeetingClass.ATTENDEES, "CDD.Members.M1|CDD.Members.M3", MeetingClass.METHODS,
                    "CDD.Toolbox.Fictif|CDD.Toolbox.Nouveau"),
                SamplePages.object(pages, ActionItemClass.REFERENCE, 0, ActionItemClass.DESCRIPTION,
                    "Action " + meeting[0] + ".", ActionItemClass.OWNER, Scenario.DEFAULT_USER,
                    ActionItemClass.DUE_DATE, meeting[4], ActionItemClass.STATUS, meeting[5]))));
        }
        return council;
    }

    private static List<XarPage> knowledge(PageSet pages, LocalDate today)
    {
        List<XarPage> council = new ArrayList<>();
        council.add(SamplePages.withObjects("CDD.Toolbox.Fictif", "Méthode fictive", List.of(
            SamplePages.object(pages, MethodClass.REFERENCE, 0, MethodClass.OBJECTIVES, "ideation|debate",
                MethodClass.PARTICIPANTS_MIN, "4", MethodClass.PARTICIPANTS_MAX, "30", MethodClass.DURATION_MINUTES,
                "45", MethodClass.FORMAT, "both"),
            SamplePages.object(pages, MethodFeedbackClass.REFERENCE, 0, MethodFeedbackClass.RATING, "4"))));
        council.add(SamplePages.withObject(pages, "CDD.Toolbox.Nouveau", "Méthode sans objectif",
            MethodClass.REFERENCE, MethodClass.FORMAT, "online"));
        council.add(SamplePages.withObject(pages, "CDD.Tutorials.SansPublic", "Tutoriel sans public",
            TutorialClass.REFERENCE, TutorialClass.STATUS, "published", TutorialClass.LAST_REVIEWED, day(today, -30),
            TutorialClass.TOOL, "CDD.Tools.Pad"));
        council.add(SamplePages.withObject(pages, "CDD.Tools.Pad", "Pad", ToolClass.REFERENCE, ToolClass.CATEGORY,
            "co_writing", ToolClass.RECOMMENDATION, "adopted"));
        council.add(SamplePages.withObject(pages, "CDD.Tools.Needs", "Besoins", NeedClass.REFERENCE,
            NeedClass.DESCRIPTION, "Écrire à plusieurs", NeedClass.TOOLS, "CDD.Tools.Pad"));
        council.add(SamplePages.withObject(pages, "CDD.Resources.Mobilite.WebHome", "Dossier mobilité",
            DossierClass.REFERENCE, DossierClass.GROUP, MOBILITY));
        council.add(SamplePages.withObject(pages, "CDD.Resources.Mobilite.Enquete", "Enquête",
            ResourceClass.REFERENCE, ResourceClass.PUBLICATION_DATE, day(today, -400), ResourceClass.GROUP,
            MOBILITY));
        return council;
    }
}
