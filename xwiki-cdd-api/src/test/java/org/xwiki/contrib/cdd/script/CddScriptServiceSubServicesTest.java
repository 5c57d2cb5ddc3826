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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.Urgency;
import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.TransitionCheck;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * The script service as pages use it: plain values in and out, null and {@code lastError} on bad input, never an
 * exception.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = {org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider.class,
    TestClockProvider.class})
class CddScriptServiceSubServicesTest
{
    @InjectComponentManager
    private MockitoComponentManager componentManager;

    @MockComponent
    private ClockProvider clockProvider;

    private CddScriptService cdd;

    @org.xwiki.test.annotation.BeforeComponent
    void configuration() throws Exception
    {
        // The macros' test locale (TestCurrentLocale) reads the configuration.
        this.componentManager.registerMemoryConfigurationSource();
        org.xwiki.contrib.cdd.internal.privacy.TestPrivateDataKey.register(this.componentManager);
    }

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.clockProvider.getClock()).thenReturn(TestClockProvider.clock());
        when(this.clockProvider.getZone()).thenReturn(TestClockProvider.clock().getZone());
        when(this.clockProvider.getStorageZone()).thenReturn(ZoneId.systemDefault());
        this.componentManager.<Execution>getInstance(Execution.class).setContext(new ExecutionContext());
        this.cdd = this.componentManager.getInstance(org.xwiki.script.service.ScriptService.class, "cdd");
    }

    @Test
    void timeGivesTodayAndItsBoundsOnTheOneClock()
    {
        TimeScriptService time = this.cdd.getTime();
        LocalDate today = TestClockProvider.TODAY;

        assertEquals(today, time.getToday());
        assertEquals(Date.from(today.atStartOfDay(ZoneId.systemDefault()).toInstant()), time.getStartOfToday(),
            "the start of the council's today, as XWiki stores a date typed for that day");
        assertEquals(Date.from(today.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()),
            time.getStartOfTomorrow());
        assertEquals(time.getStartOfToday(), time.getNow(), "the test clock stands at midnight");
        assertEquals("Europe/Paris", time.getZone());
        assertEquals("202611280000", time.getStamp());
        assertEquals("28/11/2026", time.today("dd/MM/yyyy"));
        assertNull(this.cdd.getLastError());
        assertNull(time.today("dd/MM/yyyy 'unclosed"));
        assertEquals("cdd.script.error.badPattern", this.cdd.getLastError().key());
        assertNull(time.today("y".repeat(100)), "a pattern longer than any date needs");
        assertNull(time.today(null));
    }

    @Test
    void deadlinesAcceptWhatPagesHaveAndReportWhatTheyCannotRead()
    {
        Date start = Date.from(LocalDate.of(2026, 7, 4).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertEquals(LocalDate.of(2026, 7, 15), this.cdd.getDeadlines().dueDate(start, 10, "calendar_days", true,
            false));
        assertNull(this.cdd.getLastError(), "a successful call leaves no error");

        assertNull(this.cdd.getDeadlines().dueDate("le 4 juillet", 10, "calendar_days", true, false));
        assertEquals(new ScriptError(ScriptError.BAD_DATE, List.of("le 4 juillet")), this.cdd.getLastError());
        assertNull(this.cdd.getDeadlines().dueDate("2026-07-04", 10, "weeks", true, false));
        assertEquals(ScriptError.UNKNOWN_RULE, this.cdd.getLastError().key());

        DeadlineStatus status = this.cdd.getDeadlines().status("2026-12-15");
        assertEquals(Urgency.DUE_30D, status.urgency());
        assertNull(this.cdd.getLastError(), "the next call clears the error");
        assertEquals(LocalDate.of(2026, 11, 28), this.cdd.getDeadlines().getToday());
        assertEquals("national_day", this.cdd.getDeadlines().holidays(2026, false).get(LocalDate.of(2026, 7, 14)));
        assertEquals("<time datetime=\"2026-12-10\" class=\"cdd-deadline cdd-urgency-due_30d\" "
            + "title=\"December 10, 2026\">in 12 days</time>", this.cdd.getDeadlines().html("2026-12-10", false, false));
        assertNull(this.cdd.getDeadlines().html("bientôt", false, true));
    }

    @Test
    void configurationFieldsAreReadOneItemALine()
    {
        assertEquals(List.of("Citoyens", "Associations"), this.cdd.lines("  Citoyens \n\n# a comment\nAssociations\r\n"));
        assertEquals(Map.of("Arles", "ACCM", "Eyragues", "TPA", "Orphan", ""),
            this.cdd.pairs("Arles = ACCM\nEyragues=TPA\nOrphan"));
        assertEquals(List.of("Arles", "Eyragues"), List.copyOf(this.cdd.pairs("Arles=ACCM\nEyragues=TPA").keySet()));
        assertEquals(List.of(), this.cdd.lines(null));
        assertEquals(List.of("Arles", "Tarascon", "Eyragues"),
            this.cdd.pairKeys("Arles=ACCM\nTarascon=ACCM\nEyragues=TPA"));
        assertEquals(List.of("ACCM", "TPA"), this.cdd.pairValues("Arles=ACCM\nTarascon=ACCM\nEyragues=TPA\nX"));
    }

    @Test
    void workflowsAnswerWithRoleIdsAndGroups()
    {
        WorkflowScript saisine = this.cdd.workflow("saisine");
        TransitionCheck check = saisine.check("received", "accepted", "animator",
            Map.of(SaisineClass.GROUP, "CDD.Groups.Mobility.WebHome", SaisineClass.DUE_DATE, "2027-01-15"));

        assertTrue(check.allowed());
        assertEquals("received", saisine.getInitialState());
        assertEquals(List.of(), saisine.transitions("received", null), "a guest");
        assertEquals("animator", this.cdd.roleOf(List.of(CouncilRole.MEMBERS_GROUP, CouncilRole.ANIMATORS_GROUP)));
        assertNull(this.cdd.roleOf(List.of("XWiki.XWikiAllGroup")));
        assertEquals("member", this.cdd.roleOf(List.of(CouncilRole.MEMBERS_GROUP,
            "CDD.Groups.x:CDD.Code.AnimatorsGroup", "evil:CDD.Code.AnimatorsGroup", "xCDD.Code.AnimatorsGroup")),
            "a look-alike group gives no role");
        assertTrue(this.cdd.getRoleQuery().contains("doc.fullName in (:groups)"));
        assertEquals(List.of(CouncilRole.MEMBERS_GROUP, CouncilRole.REFERENTS_GROUP, CouncilRole.ANIMATORS_GROUP),
            this.cdd.getCouncilGroups());
        assertEquals("CDD.Members.Private.Camille", this.cdd.getPrivateData().privatePage("CDD.Members.Camille.WebHome"));
        assertEquals(4, this.cdd.nextNumber(List.of(0, 3, 1)), "after a gap, never onto an existing object");
        assertEquals(0, this.cdd.nextNumber(List.of()));
        assertNull(this.cdd.workflow("budget"));
        assertEquals(new ScriptError(ScriptError.UNKNOWN_WORKFLOW, List.of("budget")), this.cdd.getLastError());
    }

    @Test
    void rowsWhoseFirstCellIsAReferenceAreReadAsThePageItNames()
    {
        // What XWiki's document query filter makes of a page name: a DocumentReference, whose text carries the wiki.
        Object reference = new Object()
        {
            @Override
            public String toString()
            {
                return "xwiki:CDD.Toolbox.Metaplan";
            }
        };
        List<Object[]> rows = List.<Object[]>of(new Object[] {reference, "Métaplan"});

        assertEquals("CDD.Toolbox.Metaplan", this.cdd.getRecords().readRows(MethodClass.ID, List.of(), rows).get(0)
            .record().page());
        assertEquals(Map.of("CDD.Toolbox.Metaplan", "Métaplan"), this.cdd.getRecords().titles(rows));
        assertEquals(List.of("CDD.Toolbox.Metaplan"), this.cdd.getToolbox().bestRated(List.<Object[]>of(
            new Object[] {reference, 4}), 5).keySet().stream().toList());
    }

    private String sealed(String member, String gender, String ageClass, String councillor)
    {
        return this.cdd.getPrivateData().seal("CDD.Members.Private." + member, Map.of("gender", gender, "ageClass", ageClass,
            "communityCouncillor", councillor), List.of("15-29", "30-44", "45-59"));
    }

    @Test
    void theCompositionJoinsMembersToTheirPrivateDataAndListsTheRenewals()
    {
        CompositionScriptService composition = this.cdd.getComposition();
        assertTrue(composition.getMemberQuery().contains("doc.space = 'CDD.Members'"), "only animators edit there");
        assertTrue(composition.getPrivateQuery().contains("doc.space = 'CDD.Members.Private'"));
        // A: private data; B: none yet (still a member); C: two private pages name it, the first wins.
        List<Object[]> memberRows = List.of(new Object[] {"CDD.Members.A", "citizens", "Arles", "ACCM", "2022-06-01",
            "2027-01-10", "member"}, new Object[] {"CDD.Members.B", "unions", "Arles", "ACCM", "2022-06-01", null,
            "member"}, new Object[] {"CDD.Members.C", "citizens", "Arles", "ACCM", "2022-06-01", "2026-12-20",
            "member"});
        // The private rows hold sealed values: the page holding them, the member, the seal. A's seal copied to C's
        // private page does not open there; a row whose member is not the one of its page is not counted for them;
        // a row without a seal (nothing entered) is neither opened nor unopened.
        String sealedA = sealed("A", "f", "15-29", "0");
        List<Object[]> privateRows = List.of(new Object[] {"CDD.Members.Private.A", "CDD.Members.A", sealedA},
            new Object[] {"CDD.Members.Private.C", "CDD.Members.C", sealedA},
            new Object[] {"CDD.Members.Private.C", "CDD.Members.C", sealed("C", "m", "30-44", "1")},
            new Object[] {"CDD.Members.Private.C", "CDD.Members.C", sealed("C", "f", "45-59", "0")},
            new Object[] {"CDD.Members.Private.Gone", "CDD.Members.Gone", sealed("Gone", "f", "45-59", "0")},
            new Object[] {"CDD.Members.Private.A", "CDD.Members.B", sealedA},
            new Object[] {"CDD.Members.Private.B", "CDD.Members.B", "f"},
            new Object[] {"CDD.Members.Private.D", "CDD.Members.D", ""});

        List<RecordResult> members = composition.members(memberRows, privateRows);

        assertEquals(List.of("CDD.Members.A", "CDD.Members.B", "CDD.Members.C"),
            members.stream().map(r -> r.record().page()).toList(), "no member made of private data alone");
        assertEquals(3, composition.unopened(privateRows), "the copied seal, the wrong member and the clear value");
        assertEquals(0, composition.unopened(null));
        CompositionReport report = composition.check(members, "2026-11-28", Map.of(), 5, 0, List.of(), Map.of());
        // Hand count: A woman, C man (its first private page), B not given; C is a community councillor.
        assertEquals(1, report.parity().women());
        assertEquals(1, report.parity().men());
        assertEquals(1, report.parity().undisclosed());
        assertEquals(1, report.communityCouncillors());
        // Within 1 month of 2026-11-28 (to 2026-12-28): C; within 2 months (to 2027-01-28): C, then A.
        assertEquals(List.of("CDD.Members.C"), composition.renewals(members, "2026-11-28", "1"));
        assertEquals(List.of("CDD.Members.C", "CDD.Members.A"), composition.renewals(members, "2026-11-28", 2));
        assertNull(composition.renewals(members, "2026-11-28", "121"), "ten years at most");
        assertTrue(composition.shown(0, false) && composition.shown(5, false) && composition.shown(1, true));
        assertTrue(!composition.shown(4, false) && !composition.shown(1, false), "1 to 4 people are not shown");
        assertEquals("17.5%", composition.percent(17.5));
        assertEquals("", composition.percent(Double.NaN));
    }

    @Test
    void recordsCompositionAndIndicatorsWorkFromQueryRows()
    {
        List<Object[]> rows = List.of(new Object[] {"CDD.Members.A", "f", "citizens"},
            new Object[] {"CDD.Members.B", "m", null}, new Object[] {"CDD.Members.C", "x", "citizens"});
        List<RecordResult> members = this.cdd.getRecords().readRows(MemberPrivateClass.WITH_MEMBER_ID,
            Arrays.asList(MemberPrivateClass.GENDER, MemberClass.COLLEGE), rows);

        assertEquals(List.of(true, true, false), members.stream().map(RecordResult::isValid).toList());
        Map<String, Object> census = new LinkedHashMap<>();
        census.put("15-44", "50,0");
        census.put("45+", 50);
        CompositionReport report = this.cdd.getComposition().check(members, "2026-11-28", census, 5, 90,
            List.of("citizens"), Map.of());
        assertEquals(1, report.parity().women());
        assertEquals(1, report.parity().undisclosed(), "the unreadable gender is not guessed");
        assertEquals(Map.of("citizens", 2), report.membersByCollege());
        assertNull(this.cdd.getComposition().check(members, "?", census, 5, 90, List.of(), Map.of()));

        IndicatorReport indicators = this.cdd.getIndicators().compute(Map.of("members", members), 2026);
        assertEquals(3L, indicators.get(IndicatorCalculator.MEMBERS_TOTAL).orElseThrow().value());
        assertNull(this.cdd.getIndicators().compute(Map.of(), "2026-12-31", "2026-01-01"));
        assertEquals(ScriptError.BAD_PERIOD, this.cdd.getLastError().key());
        assertEquals(0L, this.cdd.getIndicators().compute(Map.of("members", "not a list"), 2026)
            .get(IndicatorCalculator.MEMBERS_TOTAL).orElseThrow().value(), "odd input is ignored, not thrown");
        assertEquals(1, this.cdd.getRecords().readRows(MemberPrivateClass.WITH_MEMBER_ID, null, List.of("CDD.Members.Z")).size());
        assertNull(this.cdd.getRecords().read("budget", "P", Map.of()));
        assertEquals(ScriptError.UNKNOWN_ENTITY, this.cdd.getLastError().key());
    }

    @Test
    void theToolboxMatchesWhatTheFacilitatorTypedAndRefusesBadNumbers()
    {
        List<Object[]> rows = List.of(new Object[] {"CDD.Toolbox.DotVoting", "prioritisation", 3, 60, 20, "both"},
            new Object[] {"CDD.Toolbox.WorldCafe", "ideation", 12, 100, 90, "in_person"});
        List<RecordResult> methods = this.cdd.getRecords().readRows(MethodClass.ID, Arrays.asList(
            MethodClass.OBJECTIVES, MethodClass.PARTICIPANTS_MIN, MethodClass.PARTICIPANTS_MAX,
            MethodClass.DURATION_MINUTES, MethodClass.FORMAT), rows);

        assertEquals(List.of("CDD.Toolbox.DotVoting"), this.cdd.getToolbox().match(methods, " 12 ", "45", "online", "")
            .stream().map(EntityRecord::page).toList());
        assertEquals(2, this.cdd.getToolbox().match(methods, "", null, null, null).size(), "blank is any");
        assertNull(this.cdd.getToolbox().match(methods, "douze", "45", null, null));
        assertEquals(new ScriptError(ScriptError.BAD_NUMBER, List.of("douze")), this.cdd.getLastError());
        assertNull(this.cdd.getToolbox().match(methods, "12", "0", null, null), "no time is not a time");
        assertEquals(List.of("in_person", "online"), this.cdd.getToolbox().getFormats());
        assertEquals("prioritisation", this.cdd.getToolbox().getObjectives().get(3));
    }
}
