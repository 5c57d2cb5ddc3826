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
package org.xwiki.contrib.cdd.script;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.publication.NewsletterIssue;
import org.xwiki.contrib.cdd.publication.NewsletterPeriod;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code $services.cdd} never throws into a page: every public method of the script service and of each service and
 * object it hands out is called, by reflection, with null, empty, huge and wrong-type arguments, one parameter at a
 * time (the others typical, so that the call gets past its first checks, or empty), then all at once; it must return
 * (null and {@code lastError} on bad input) without an exception. The time guard only stops a call that would hang:
 * it measures nothing. The clock is the tests' fixed one, a component: a mock would record each of the many calls
 * the huge arguments cause.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class ScriptServicesNeverThrowTest
{
    private static final Duration GUARD = Duration.ofSeconds(5);

    private static final int HUGE = 100_000;

    private static final String HUGE_TEXT = "9".repeat(HUGE);

    private static final String ODD_TEXT = " \n#=|;'{0}{{/html}}";

    private static final String FAR_DATE = "+999999999-12-31";

    private static final List<Object> HUGE_INTEGERS = huge(i -> Integer.MAX_VALUE - i);

    private static final List<Object> HUGE_STRINGS = huge(String::valueOf);

    private static final List<Object> HUGE_MAPS = huge(i -> Map.of("number", i, "object", i, "adoptedDate",
        "9999-12-31"));

    /** Query rows: a page, then cells of every kind, enough for the widest query of the services. */
    /** Rows of the states query: a referral accepted, a recommendation answered, a row of another record's page. */
    private static final List<Object> CONFIRMED_ROWS = List.of(
        new Object[] {"CDD.States.Saisines.A", "CDD.Saisines.A", "saisine:0", "accepted",
            "acceptedDate=2026-03-02T09:00:00Z\n", "XWiki.Ann"},
        new Object[] {"CDD.States.Contributions.C", "CDD.Contributions.C", "recommendation:2", "partly", null},
        new Object[] {"CDD.States.Contributions.X", "CDD.Saisines.A", "saisine:0", "closed", null});

    private static final List<Object> HUGE_ROWS = huge(i -> new Object[] {"CDD.Page" + i, i, "9999-12-31",
        HUGE_TEXT.substring(0, 40), null, true, Integer.MAX_VALUE, "-999999999-01-01", "x", "y", "z",
        "1e999999999", "title" + i});

    private static final Map<String, Object> HUGE_MAP = hugeMap();

    private static final List<Object> WRONG_LIST = Arrays.asList(null, new Object(), "", new Object[0],
        new Object[] {null}, List.of(), Map.of(), LocalDate.MAX, Double.NaN);

    private static final Map<Object, Object> WRONG_MAP = wrongMap();

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private Execution execution;

    private CddScriptService cdd;

    /** Arguments with which each method gets past its first checks, by name and number of parameters. */
    private Map<String, Object[]> typical;

    @BeforeComponent
    void configuration() throws Exception
    {
        // The macros' test locale (TestCurrentLocale) reads the configuration.
        this.componentManager.registerMemoryConfigurationSource();
        org.xwiki.contrib.cdd.internal.privacy.TestPrivateDataKey.register(this.componentManager);
    }

    @BeforeEach
    void setUp() throws Exception
    {
        this.execution = this.componentManager.getInstance(Execution.class);
        this.execution.setContext(new ExecutionContext());
        this.cdd = this.componentManager.getInstance(org.xwiki.script.service.ScriptService.class, "cdd");
        this.typical = typicalArguments();
    }

    @Test
    void noPublicMethodThrowsOrHangsWhateverItIsGiven()
    {
        List<Object> services = List.of(this.cdd, this.cdd.getDeadlines(), this.cdd.getRecords(),
            this.cdd.getComposition(), this.cdd.getToolbox(), this.cdd.getTutorials(), this.cdd.getTools(),
            this.cdd.getIndicators(), this.cdd.getTime(), this.cdd.getGroups(), this.cdd.getCharter(),
            this.cdd.workflow("saisine"), this.cdd.getStates(), this.cdd.getStates().of(CONFIRMED_ROWS),
            this.cdd.getPrivateData(), this.cdd.getDeadlines().getReminders(), this.cdd.getIndicators().getReport(),
            this.cdd.getPublication(), this.cdd.getPublication().getOpenData(),
            this.cdd.getPublication().getCalendar(), this.cdd.getPublication().getNewsletter(),
            this.cdd.getPublication().getDocuments(),
            this.cdd.getPrivateData().getExport(), this.cdd.getPrivateData().getAnonymisation());
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Object service : services) {
            for (Method method : publicMethods(service.getClass())) {
                for (Object[] arguments : argumentSets(method)) {
                    call(service, method, arguments, failures);
                    calls++;
                }
            }
        }
        assertEquals("", String.join("\n", failures));
        assertTrue(calls > 1000, "every method, many times: " + calls);
    }

    @Test
    void everyMethodWithParametersHasTypicalArguments()
    {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(CddScriptService.class, DeadlineScriptService.class, RecordScriptService.class,
            CompositionScriptService.class, ToolboxScriptService.class, TutorialScriptService.class,
            ToolScriptService.class, IndicatorScriptService.class, TimeScriptService.class, GroupScriptService.class,
            CharterScriptService.class, WorkflowScript.class, StateScriptService.class, ConfirmedStates.class,
            PrivateDataScriptService.class, ReminderScriptService.class, ReportScriptService.class,
            PublicationScriptService.class, OpenDataScriptService.class, CalendarScriptService.class,
            NewsletterScriptService.class, PublicDocumentsScriptService.class,
            MemberExportScriptService.class, AnonymisationScriptService.class)) {
            publicMethods(type).stream().filter(m -> m.getParameterCount() > 0 && !this.typical.containsKey(key(m)))
                .forEach(m -> missing.add(type.getSimpleName() + '.' + key(m)));
        }
        assertEquals(List.of(), missing, "a new method needs typical arguments, else its deeper code goes untried");
    }

    private Map<String, Object[]> typicalArguments()
    {
        List<Object[]> memberRows = List.of(new Object[] {"CDD.Members.A", "f", "citizens"},
            new Object[] {"CDD.Members.B", "m", null});
        List<?> members = this.cdd.getRecords().readRows(MemberPrivateClass.WITH_MEMBER_ID,
            List.of(MemberPrivateClass.GENDER, MemberClass.COLLEGE), memberRows);
        List<?> methods = this.cdd.getRecords().readRows(MethodClass.ID, List.of(MethodClass.OBJECTIVES,
            MethodClass.PARTICIPANTS_MIN, MethodClass.PARTICIPANTS_MAX, MethodClass.DURATION_MINUTES,
            MethodClass.FORMAT),
            List.<Object>of(new Object[] {"CDD.Toolbox.Dot", "prioritisation", 3, 60, 20, "both"}));
        Object[] tutorialRow = {"CDD.Tutorials.T", "beginner", "CDD.Tools.Visio", "", "published", "2026-01-01", 20,
            "Réunion", "XWiki.alice"};
        Object[] toolRow = {"CDD.Tools.Visio", "video", "adopted", "", "0", "saas", "eu", true, "", "low",
            "2026-03-01", "https://visio.example", "Visio"};
        String animators = CouncilRole.ANIMATORS_GROUP;
        Map<String, Object[]> arguments = new HashMap<>();
        put(arguments, "text", List.of(Map.of("object", 0, "number", 1, "status", "adopted", "adoptedDate",
            "2026-01-01")));
        put(arguments, "workflow", "saisine");
        put(arguments, "build", Map.of("saisines", List.of(), "meetings", List.of()), "2026", List.of("PETR"));
        put(arguments, "titlesOf", Map.of("saisines", Collections.singletonList(new Object[] {"CDD.Saisines.A",
            "A"})));
        put(arguments, "reportPage", "2026");
        PublicationScriptService publication = this.cdd.getPublication();
        String facts = publication.opinion("CDD.Contributions.A", "A", Map.of("type", "opinion", "themes",
            List.of("Eau"), "adoptionDate", "2026-03-12", "votesFor", 24), List.of(Map.of("text", "R",
                "publicFollowUp", 1, "followUpStatus", "partly", "replyDate", "2026-04-01")), Map.of("referralKind",
                "mandatory", "referralBodies", List.of("PETR"), "summary", "S", "publicationDate", "2026-03-20"));
        List<Object> published = Collections.singletonList(new Object[] {"CDD.Public.Opinions.A", facts});
        List<?> opinions = publication.opinions(published);
        put(arguments, "copyPage", "CDD.Contributions.A");
        put(arguments, "action", "contribution", "adopted", "published", "published");
        put(arguments, "opinion", "CDD.Contributions.A", "A", Map.of("type", "opinion"), List.of(Map.of("text",
            "R")), Map.of("summary", "S"));
        put(arguments, "read", "CDD.Public.Opinions.A", facts);
        put(arguments, "followUp", facts, 0, Map.of("followUpStatus", "partly", "reply", "R"));
        put(arguments, "opinions", published);
        put(arguments, "filter", "Eau", "2026", "opinion", "mandatory", "Eau", "PETR");
        put(arguments, "select", opinions, publication.filter("Eau", "2026", "", "", "", ""));
        put(arguments, "choices", opinions);
        OpenDataScriptService openData = publication.getOpenData();
        put(arguments, "dataset", "saisines");
        put(arguments, "contentType", "csv");
        put(arguments, "referrals", List.of(), Map.of("CDD.Saisines.A", "A"));
        put(arguments, "texts", opinions, Map.of("CDD.Public.Opinions.A", "/xwiki/bin/view/CDD/Public/Opinions/A"),
            "https://w.example/xwiki/bin/view/CDD/Public/Data");
        put(arguments, "file", openData.dataset("avis"), "csv",
            openData.texts(opinions, Map.of(), "https://w.example/"), "https://w.example/data.csv");
        CalendarScriptService calendar = publication.getCalendar();
        List<Object> meetingRows = Collections.singletonList(new Object[] {"CDD.Meetings.R", "R", "plenary", "",
            new java.util.Date(), 90, "Arles", "1 rue", 0, new java.util.Date()});
        Map<String, String> links = Map.of("CDD.Meetings.R", "https://w.example/xwiki/bin/view/CDD/Meetings/R");
        put(arguments, "feed", "council");
        put(arguments, "meetings", meetingRows, "council", List.of(), links);
        put(arguments, "deadlines", Collections.singletonList(new Object[] {"CDD.Saisines.A", "A", "2027-01-01",
            new java.util.Date()}), ConfirmedStates.of(CONFIRMED_ROWS), links, "Échéance :");
        put(arguments, "actions", Collections.singletonList(new Object[] {"CDD.Meetings.R", 0, "Faire", "2027-01-01",
            new java.util.Date()}), links, "À faire :");
        put(arguments, "ical", "Calendrier", List.of(calendar.meetings(meetingRows, "council", List.of(), links)),
            "30,7,1", "Rappel");
        put(arguments, "tokenHash", "abc");
        put(arguments, "tokenMatches", "abc", List.of(calendar.tokenHash("abc")));
        put(arguments, "absolute", Map.of("CDD.Meetings.R", "/xwiki/bin/view/CDD/Meetings/R"), "https://w.example/");
        put(arguments, "posts", opinions.get(0), "Le conseil publie « A ».", "https://w.example/A",
            Map.of("Eau", "#EauPotable"));
        put(arguments, "atom", opinions, Map.of("CDD.Public.Opinions.A", "/xwiki/bin/view/CDD/Public/Opinions/A"),
            List.of("https://w.example/xwiki/bin/get/CDD/Public/Feed", "https://w.example/", "T", "C"));
        ReportScriptService reportService = this.cdd.getIndicators().getReport();
        String frozen = reportService.freeze(reportService.snapshot(reportService.build(Map.of(), 2025,
            List.of("PETR")), null, this.cdd.getIndicators().compute(Map.of(), 2025), Map.of()));
        List<Object> reportRows = Collections.singletonList(new Object[] {"CDD.Public.Reports.2025", 2025, frozen});
        PublicDocumentsScriptService documents = publication.getDocuments();
        put(arguments, "reports", reportRows);
        put(arguments, "publicIndicators", documents.reports(reportRows).get(0).figures());
        put(arguments, "secret", "secret_statistique");
        put(arguments, "withheld", Map.of("A", 3, "B", 12));
        put(arguments, "shown", 6);
        put(arguments, "accessibilityStatus", "72", "2026-10-15");
        MemberExportScriptService exporter = this.cdd.getPrivateData().getExport();
        put(arguments, "bindings", "groupsAsReferent", "CDD.Members.A", "XWiki.Ann");
        Map<String, Object> export = exporter.export("CDD.Members.A", "A", Map.of("college", "citizens", "mandateStart",
            new java.util.Date()), Map.of("gender", "f"), Map.of("groupsAsMember", Collections.singletonList(
                new Object[] {"CDD.Groups.G.WebHome", "G"}), "actions", List.of()));
        put(arguments, "export", "CDD.Members.A", "A", Map.of("college", "citizens"), Map.of("gender", "f"),
            Map.of("groupsAsMember", Collections.singletonList(new Object[] {"CDD.Groups.G.WebHome", "G"})));
        put(arguments, "json", export);
        put(arguments, "years", "5");
        put(arguments, "hasLeft", "2020-01-01");
        put(arguments, "due", Collections.singletonList(new Object[] {"CDD.Members.AncienMembreDupont", "D",
            new java.util.Date()}));
        put(arguments, "cutoff", 3);
        put(arguments, "isAnonymisable", "CDD.Members.A");
        put(arguments, "isAnonymised", "CDD.Members.AncienMembre2");
        put(arguments, "anonymousPage", 7);
        put(arguments, "kept", Map.of("college", "citizens", "user", "XWiki.Ann"));
        put(arguments, "rewrites", Map.of("CDD.Code.MeetingClass attendees", Collections.singletonList(
            new Object[] {"CDD.Groups.G.R1"})));
        put(arguments, "rewrite", List.of("CDD.Members.A", "CDD.Members.B"), "CDD.Members.A",
            "CDD.Members.AncienMembre1");
        put(arguments, "csv", export);
        put(arguments, "indicators", documents.reports(reportRows));
        NewsletterScriptService newsletter = publication.getNewsletter();
        NewsletterPeriod november = newsletter.period("2026-11-01", "2026-11-30");
        List<Object> referralRows = Collections.singletonList(new Object[] {"CDD.Saisines.A", "A",
            new java.util.Date(), new java.util.Date()});
        List<Object> groupRows = Collections.singletonList(new Object[] {"CDD.Groups.G.WebHome", "G", "XWiki.Ann"});
        NewsletterIssue issue = newsletter.issue(november, opinions, referralRows, meetingRows, List.of(),
            Map.of("CDD.Saisines.A", "/xwiki/bin/view/CDD/Saisines/A"), "https://w.example/");
        put(arguments, "period", "2026-11-01", "2026-11-30");
        put(arguments, "start", november);
        put(arguments, "end", november);
        put(arguments, "lastDay", november);
        put(arguments, "joinLines", List.of("a", "b"));
        put(arguments, "issue", november, opinions, referralRows, meetingRows, List.of(), Map.of(),
            "https://w.example/");
        put(arguments, "languageOf", Map.of("XWiki.Ann", Locale.ENGLISH), "XWiki.Ann", "fr");
        put(arguments, "locale", "fr");
        put(arguments, "parameters", issue, "Pays d’Arles", "fr");
        put(arguments, "mail", issue, Map.of("heading", "H"), "fr", "https://w.example/");
        put(arguments, "audiences", groupRows);
        put(arguments, "audience", "CDD.Groups.G.WebHome", groupRows);
        put(arguments, "users", newsletter.audience("council", groupRows),
            Collections.singletonList(new Object[] {"CDD.Members.A", "XWiki.Ann"}), List.of("XWiki.Bob"), groupRows,
            Collections.singletonList(new Object[] {"CDD.Groups.G.WebHome", "CDD.Members.A"}));
        put(arguments, "recipients", List.of("XWiki.Ann"), Map.of("XWiki.Ann", "ann@exemple.fr"), List.of());
        put(arguments, "sentBefore", List.of(), november, newsletter.audience("council", groupRows));
        ReportScriptService reports = this.cdd.getIndicators().getReport();
        Object activity = reports.build(Map.of(), "2026", List.of("PETR"));
        Object computed = this.cdd.getIndicators().compute(Map.of(), "2026-01-01", "2026-12-31");
        Map<String, String> reportTitles = Map.of("CDD.Saisines.A", "A");
        put(arguments, "snapshot", activity, null, computed, reportTitles);
        put(arguments, "freeze", reports.snapshot(activity, null, computed, reportTitles));
        put(arguments, "frozen", reports.freeze(reports.snapshot(activity, null, computed, reportTitles)));
        put(arguments, "compositionDate", "2026");
        put(arguments, "freezes", "validated");
        put(arguments, "thaws", "draft");
        put(arguments, "isLive", "draft");
        put(arguments, "takesDebates", "validated");
        put(arguments, "preparableYear", "2026");
        put(arguments, "debates", "PETR=2027-01-20");
        put(arguments, "completeDebates", "PETR=2027-01-20", List.of("PETR"));
        put(arguments, "debateText", List.of("PETR"), List.of("2026-02-20"), "2026");
        put(arguments, "date", "2026-03-12");
        put(arguments, "dayText", "2026-03-12");
        put(arguments, "nextNumber", List.of(0, 3));
        put(arguments, "privatePage", "CDD.Members.Camille.WebHome");
        put(arguments, "roleOf", List.of(animators));
        put(arguments, "lines", "a\n# b\nc");
        List<Object[]> memberTable = List.of(new Object[] {"CDD.Members.A", "Citoyens", "Arles", "ACCM", "2022-06-01",
            "2027-01-15", "member"}, new Object[] {"CDD.Members.B", null, null, null, null, null, null});
        String sealed = this.cdd.getPrivateData().seal("CDD.Members.Private.A", Map.of("gender", "f", "ageClass",
            "15-29"), List.of("15-29"));
        List<Object[]> privateTable = List.<Object[]>of(new Object[] {"CDD.Members.Private.A", "CDD.Members.A",
            sealed});
        put(arguments, "members", memberTable, privateTable);
        put(arguments, "unopened", privateTable);
        put(arguments, "open", "CDD.Members.Private.A", sealed);
        put(arguments, "labelKey", "gender", "f");
        Map<String, Object> reminderRows = Map.of("saisines", java.util.Collections.singletonList(new Object[] {
            "CDD.Saisines.A", "A", "2026-04-01", "CDD.Groups.G.WebHome"}), "groups",
            java.util.Collections.singletonList(new Object[] {"CDD.Groups.G.WebHome", "XWiki.Ann"}), "animators",
            List.of("XWiki.Bob"));
        List<?> reminderItems = this.cdd.getDeadlines().getReminders().items(reminderRows, ConfirmedStates.of(CONFIRMED_ROWS),
            "2026-03-02", 12);
        put(arguments, "items", reminderRows, ConfirmedStates.of(CONFIRMED_ROWS), "2026-03-02", 12);
        put(arguments, "plan", "2026-03-02", reminderItems, "30,7,1", true);
        put(arguments, "offsets", "30,7,1");
        put(arguments, "messageKey", this.cdd.getDeadlines().getReminders().plan("2026-03-02", reminderItems, "30", false)
            .values().iterator().next().get(0));
        put(arguments, "recordTitles", reminderRows);
        put(arguments, "optedOut", Collections.singletonList(new Object[] {"xwiki:XWiki.Ann", 0, "en"}));
        put(arguments, "languages", Collections.singletonList(new Object[] {"XWiki.Ann", 1, "fr"}));
        put(arguments, "locale", Map.of("XWiki.Ann", Locale.FRENCH), "XWiki.Ann");
        put(arguments, "language", "fr");
        put(arguments, "chosenLanguage", Collections.singletonList(new Object[] {0, "fr"}));
        put(arguments, "receives", List.of(0));
        put(arguments, "written", "2026-03-02");
        put(arguments, "written", "2026-03-02", Locale.FRENCH);
        put(arguments, "dayKey", "2026-03-02");
        put(arguments, "logPage", "2026-03-02");
        put(arguments, "reviewDate", 6);
        put(arguments, "isAfterToday", "2026-12-31");
        put(arguments, "mailBody", "Bonjour", List.of("Saisine « A » : dans 7 jours."),
            List.of("https://w.example/xwiki/bin/view/CDD/Saisines/A"), "Pied");
        put(arguments, "offsetsText", "30,7,1");
        put(arguments, "delay", "L. 5211-10-1=30\nPETR=45", "Article L. 5211-10-1 du CGCT", "PETR", 60);
        put(arguments, "origin", "https://w.example/xwiki/bin/view/CDD/", "/xwiki/bin/view/CDD/");
        List<Object> logRows = java.util.Collections.singletonList(new Object[] {"XWiki.Ann", "sending", new Date(1_780_000_000_000L),
            "r1"});
        Object plan = this.cdd.getDeadlines().getReminders().plan("2026-03-02", reminderItems, "30", false);
        put(arguments, "toSend", plan, logRows, List.of("XWiki.Bob"));
        put(arguments, "claimed", logRows, "XWiki.Ann", "r1");
        put(arguments, "itemLines", ((Map<?, ?>) plan).values().iterator().next());
        put(arguments, "emails", java.util.Collections.singletonList(new Object[] {"CDD.Members.A", "XWiki.Ann"}),
            privateTable);
        put(arguments, "problems", Map.of("gender", "f", "email", "a@b.fr"), List.of("15-29"));
        put(arguments, "seal", "CDD.Members.Private.A", Map.of("gender", "m", "phone", "04 90"), List.of("15-29"));
        put(arguments, "percent", 17.5);
        put(arguments, "records", "saisines", java.util.Collections.singletonList(new Object[] {"CDD.Saisines.A",
            "mandatory", "PETR", "received", "2026-03-02", "2026-04-02", null}), Map.of("themes",
                java.util.Collections.singletonList(new Object[] {"CDD.Saisines.A", "mobilité"})),
            ConfirmedStates.of(CONFIRMED_ROWS));
        put(arguments, "of", CONFIRMED_ROWS);
        put(arguments, "onRecords", java.util.Collections.<Object>singletonList(new Object[] {"CDD.States.Toolbox.M", "4"}),
            List.of("CDD.Toolbox.M"));
        put(arguments, "feedbackRating", "4");
        put(arguments, "needDescription", " Voter à distance. ");
        put(arguments, "needCategory", "poll");
        put(arguments, "isNeedCategory", "spaceship");
        put(arguments, "canCheck", "published", "member");
        put(arguments, "movedBy", "CDD.Saisines.A", "saisine", 0);
        put(arguments, "overlayStamp", java.util.Collections.<Object>singletonList(new Object[] {"CDD.Saisines.A", null}), "saisine", 1,
            "acceptedDate");
        put(arguments, "feedbackComment", "  Très utile.  ");
        put(arguments, "isCommentTooLong", "x".repeat(2001));
        put(arguments, "page", "CDD.Contributions.C");
        put(arguments, "slot", "recommendation", 2);
        put(arguments, "records", CONFIRMED_ROWS);
        put(arguments, "state", "CDD.Saisines.A", "saisine");
        put(arguments, "state", "CDD.Contributions.C", "recommendation", "2");
        put(arguments, "stamp", "CDD.Saisines.A", "saisine", null, "acceptedDate");
        put(arguments, "isConfirmed", "CDD.Contributions.C", "recommendation", 2);
        put(arguments, "values", "CDD.Saisines.A", "saisine", 0, Map.of("group", "CDD.Groups.G", "acceptedDate",
            "2020-01-01"));
        put(arguments, "stampsAfter", "CDD.Saisines.A", "saisine", 0, List.of("closedDate"), new Date(0));
        put(arguments, "keep", java.util.Collections.<Object>singletonList(new Object[] {"CDD.Saisines.A", "A"}), "saisine", List.of("accepted"),
            20);
        put(arguments, "overlay", java.util.Collections.<Object>singletonList(new Object[] {"CDD.Saisines.A", "received"}), "saisine", 1);
        put(arguments, "number", 12.25);
        put(arguments, "readsPrivateData", "attendance_by_gender");
        put(arguments, "breakdownLabel", "saisines_by_kind", "mandatory");
        put(arguments, "shown", 3, false);
        put(arguments, "renewals", members, "2026-11-28", "6");
        put(arguments, "inert", "{{html clean=\"false\" wiki=\"false\"}}<p>a &#60; b</p>{{/html}}");
        for (String name : List.of("pairs", "pairKeys", "pairValues")) {
            put(arguments, name, "Arles=ACCM\nEyragues=TPA");
        }
        put(arguments, "select", "f", List.of("a", "b"), "a|c", true);
        put(arguments, "dueDate", "2026-07-04", 10, "business_days", true, true);
        put(arguments, "status", "2026-12-15", List.of(30, "7"), true);
        put(arguments, "status", "2026-12-15");
        put(arguments, "holidays", 2026, true);
        put(arguments, "proposal", "2026-03-12", 30, "calendar_days", false);
        put(arguments, "html", "2026-12-10", false, true);
        put(arguments, "definition", "saisine");
        put(arguments, "read", "saisine", "CDD.Referrals.R", Map.of("dueDate", "2027-01-15", "status", "received"));
        put(arguments, "readRows", "saisine", List.of("dueDate", "status"),
            List.<Object>of(new Object[] {"CDD.Referrals.R", "2027-01-15", "received"}));
        put(arguments, "readRows", "method", List.of("format"), List.<Object>of(new Object[] {"CDD.Toolbox.M",
            "both"}), "objectives", List.<Object>of(new Object[] {"CDD.Toolbox.M", "debate"}));
        put(arguments, "listQuery", "method", "objectives");
        put(arguments, "titles", List.<Object>of(new Object[] {"P", "T"}));
        put(arguments, "referentValues", "XWiki.Ann");
        put(arguments, "pageName", "CDD.Groups.Mobilite.WebHome");
        put(arguments, "merge", List.of(List.<Object>of(new Object[] {"B", "Béta"}), List.<Object>of(
            new Object[] {"A", "Alpha"})));
        put(arguments, "check", members, "2026-11-28", Map.of("15-44", "50,0", "45+", 50), 5, 90,
            List.of("citizens"), Map.of("Arles", "ACCM"));
        put(arguments, "match", methods, "12", "45", "online", "prioritisation");
        put(arguments, "ratings", List.of(3, "4"));
        put(arguments, "bestRated", List.<Object>of(new Object[] {"P", 4}), 3);
        put(arguments, "mostUsed", List.<Object>of(new Object[] {"M", "P"}), 3);
        put(arguments, "reviewMonths", "6");
        put(arguments, "needsReview", "2026-01-01", "6");
        put(arguments, "shelf", List.<Object>of(tutorialRow), List.<Object>of(new Object[] {"CDD.Tutorials.T",
            "member"}), List.<Object>of(new Object[] {"CDD.Tools.Visio", "Visio"}), Map.of("text", "reunion"), "12",
            "XWiki.alice", "animator");
        put(arguments, "cell", new EntityRecord(ToolClass.DEFINITION, "CDD.Tools.Visio", Map.of(ToolClass.URL,
            "https://visio.example", ToolClass.ASSESSMENT_DATE, LocalDate.of(2026, 3, 1))), ToolClass.URL,
            Locale.FRENCH);
        put(arguments, "compare", List.<Object>of(toolRow), "video");
        put(arguments, "compute", Map.of("members", members), 2026);
        put(arguments, "compute", Map.of("members", members), "2026-01-01", "2026-12-31");
        put(arguments, "today", "dd/MM/yyyy");
        put(arguments, "statesBefore", "opinion_adopted");
        put(arguments, "actionKey", "accepted");
        put(arguments, "transitions", "received", "animator");
        put(arguments, "check", "received", "accepted", "animator", Map.of("group", "CDD.Groups.Mobility.WebHome",
            "dueDate", "2027-01-15"));
        return arguments;
    }

    private static void put(Map<String, Object[]> arguments, String name, Object... values)
    {
        arguments.put(name + '/' + values.length, values);
    }

    private static String key(Method method)
    {
        return method.getName() + '/' + method.getParameterCount();
    }

    private static List<Method> publicMethods(Class<?> type)
    {
        return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() == type)
            .filter(m -> Modifier.isPublic(m.getModifiers())).toList();
    }

    private void call(Object service, Method method, Object[] arguments, List<String> failures)
    {
        String call = service.getClass().getSimpleName() + '.' + method.getName() + describe(arguments);
        try {
            assertTimeoutPreemptively(GUARD, () -> {
                // The guard runs the call in its own thread: it gets a request context there, as a page would.
                this.execution.setContext(new ExecutionContext());
                try {
                    method.invoke(service, arguments);
                } catch (InvocationTargetException e) {
                    failures.add(call + " threw " + e.getCause());
                } finally {
                    this.execution.removeContext();
                }
            }, call);
        } catch (Throwable e) {
            failures.add(call + " " + e.getMessage());
        }
    }

    private static String describe(Object[] arguments)
    {
        return Arrays.stream(arguments).map(ScriptServicesNeverThrowTest::describe)
            .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String describe(Object argument)
    {
        if (argument instanceof Collection<?> collection) {
            return "list of " + collection.size();
        }
        if (argument instanceof Map<?, ?> map) {
            return "map of " + map.size();
        }
        return argument != null && argument.getClass() == Object.class ? "new Object()"
            : StringUtils.abbreviate(String.valueOf(argument), 24);
    }

    /**
     * Every value of each parameter in turn, the others typical then empty; then the typical call, and every
     * parameter null (or zero), empty, huge, of the wrong type.
     */
    private List<Object[]> argumentSets(Method method)
    {
        Type[] types = method.getGenericParameterTypes();
        List<List<Object>> values = Arrays.stream(types).map(ScriptServicesNeverThrowTest::values).toList();
        List<Object[]> baselines = new ArrayList<>();
        if (this.typical.containsKey(key(method))) {
            baselines.add(this.typical.get(key(method)));
        }
        baselines.add(pick(values, Variant.EMPTY));
        List<Object[]> sets = new ArrayList<>(baselines);
        for (Object[] baseline : baselines) {
            for (int i = 0; i < types.length; i++) {
                for (Object value : values.get(i)) {
                    Object[] arguments = baseline.clone();
                    arguments[i] = value;
                    sets.add(arguments);
                }
            }
        }
        for (Variant variant : Variant.values()) {
            sets.add(pick(values, variant));
        }
        return sets;
    }

    private enum Variant
    {
        NULL, EMPTY, HUGE, WRONG
    }

    private static Object[] pick(List<List<Object>> values, Variant variant)
    {
        Object[] arguments = new Object[values.size()];
        for (int i = 0; i < arguments.length; i++) {
            List<Object> candidates = values.get(i);
            arguments[i] = candidates.get(Math.min(variant.ordinal(), candidates.size() - 1));
        }
        return arguments;
    }

    /**
     * The values a parameter is tried with, in the order null, empty, huge, wrong type, then more extremes.
     */
    private static List<Object> values(Type type)
    {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
        if (raw == int.class) {
            return List.of(0, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1);
        }
        if (raw == boolean.class) {
            return List.of(false, false, true, true);
        }
        if (raw == String.class) {
            return Arrays.asList(null, "", HUGE_TEXT, ODD_TEXT, FAR_DATE);
        }
        if (raw == Number.class) {
            return Arrays.asList(null, 0, new BigDecimal("1e999999999"), Double.NaN, Integer.MAX_VALUE,
                Double.NEGATIVE_INFINITY);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return Arrays.asList(null, List.of(), hugeList(type), WRONG_LIST, HUGE_STRINGS, HUGE_ROWS);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Arrays.asList(null, Map.of(), HUGE_MAP, WRONG_MAP);
        }
        if (raw == Locale.class) {
            return Arrays.asList(null, Locale.ROOT, Locale.forLanguageTag("zz"));
        }
        if (raw == ConfirmedStates.class) {
            return Arrays.asList(null, ConfirmedStates.of(List.of()), ConfirmedStates.of(HUGE_ROWS));
        }
        if (raw == Date.class) {
            return Arrays.asList(null, new Date(Long.MAX_VALUE), new Date(Long.MIN_VALUE));
        }
        if (raw == EntityRecord.class) {
            return Arrays.asList(null, new EntityRecord(ToolClass.DEFINITION, "", Map.of()), hugeTool());
        }
        if (raw == Object.class) {
            return Arrays.asList(null, "", HUGE_TEXT, new Object(), LocalDate.MAX, LocalDate.MIN,
                new Date(Long.MAX_VALUE), FAR_DATE, "-999999999-01-01", "9999-12-31", Integer.MAX_VALUE,
                Long.MIN_VALUE, "1e999999999", HUGE_STRINGS, WRONG_LIST);
        }
        throw new IllegalStateException("No values for parameters of type " + type);
    }

    private static List<Object> hugeList(Type type)
    {
        Type element = type instanceof ParameterizedType parameterized
            ? parameterized.getActualTypeArguments()[0] : Object.class;
        if (element == Integer.class) {
            return HUGE_INTEGERS;
        }
        if (element == String.class) {
            return HUGE_STRINGS;
        }
        return element instanceof ParameterizedType map && map.getRawType() == Map.class ? HUGE_MAPS : HUGE_ROWS;
    }

    private static List<Object> huge(IntFunction<Object> item)
    {
        List<Object> list = new ArrayList<>(HUGE);
        for (int i = 0; i < HUGE; i++) {
            list.add(item.apply(i));
        }
        return List.copyOf(list);
    }

    private static Map<String, Object> hugeMap()
    {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < HUGE; i++) {
            map.put("key" + i, i % 2 == 0 ? HUGE_TEXT.substring(0, 50) : i);
        }
        for (String key : List.of("saisines", "contributions", "recommendations", "meetings", "members",
            "tutorials", "text", "audience", "level", "group", "dueDate", "15-44")) {
            map.put(key, HUGE_TEXT);
        }
        return map;
    }

    private static Map<Object, Object> wrongMap()
    {
        Map<Object, Object> map = new HashMap<>();
        map.put(null, null);
        map.put(new Object(), new Object());
        for (String key : List.of("saisines", "members", "text", "audience", "group", "dueDate", "receivedDate",
            "15-44")) {
            map.put(key, new Object());
        }
        map.put("meetings", Arrays.asList(null, new Object()));
        return map;
    }

    private static EntityRecord hugeTool()
    {
        Map<String, Object> values = new HashMap<>();
        values.put(ToolClass.URL, "https://" + HUGE_TEXT);
        values.put(ToolClass.ASSESSMENT_DATE, DateBounds.MAX);
        values.put(ToolClass.CATEGORY, HUGE_TEXT);
        values.put(ToolClass.OPEN_SOURCE, true);
        return new EntityRecord(ToolClass.DEFINITION, HUGE_TEXT, values);
    }
}
