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

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.RecordError;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entry of {@code $services.cdd} that takes a date, a year or a delay refuses extreme values at once: null, and
 * a {@code lastError} that names the bounds. The time guard only stops a call that would hang (before the bounds,
 * {@code status('9999-12-31')} counted business days for seconds and {@code dueDate(d, 2147483647, …)} for hours): it
 * measures nothing. "Today" is the tests' 28 November 2026.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class ScriptServicesBoundsTest
{
    private static final Duration GUARD = Duration.ofMillis(500);

    private static final List<String> BOUNDS = List.of(DateBounds.MIN.toString(), DateBounds.MAX.toString());

    private static final String TODAY = "2026-11-28";

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private Execution execution;

    private CddScriptService cdd;

    @BeforeComponent
    void configuration() throws Exception
    {
        // The macros' test locale (TestCurrentLocale) reads the configuration.
        this.componentManager.registerMemoryConfigurationSource();
    }

    @BeforeEach
    void setUp() throws Exception
    {
        this.execution = this.componentManager.getInstance(Execution.class);
        this.cdd = this.componentManager.getInstance(org.xwiki.script.service.ScriptService.class, "cdd");
        // Classes are loaded by a first call outside the guard, which is there for a hang, not for class loading.
        this.cdd.getDeadlines().status(TODAY);
        this.cdd.getComposition().check(List.of(), TODAY, Map.of(), 5, 90, List.of(), Map.of());
        this.cdd.getIndicators().compute(Map.of(), 2026);
        this.cdd.getRecords().read("saisine", "P", Map.of(SaisineClass.DUE_DATE, TODAY));
    }

    static List<Object> farDates()
    {
        return List.of("+999999999-12-31", LocalDate.MAX, "-999999999-01-01", LocalDate.MIN, "9999-12-31",
            "1899-12-31", "2201-01-01", new Date(Long.MAX_VALUE), DateBounds.MAX.plusDays(1).atStartOfDay());
    }

    /**
     * @return the error of a call that must return null, made in a request context of its own inside the guard
     */
    private ScriptError refused(Supplier<Object> call)
    {
        return assertTimeoutPreemptively(GUARD, () -> {
            this.execution.setContext(new ExecutionContext());
            try {
                assertNull(call.get());
                ScriptError error = this.cdd.getLastError();
                assertNotNull(error, "a refusal says why");
                return error;
            } finally {
                this.execution.removeContext();
            }
        });
    }

    private void assertDateRefused(Object date, Supplier<Object> call)
    {
        ScriptError error = refused(call);
        assertEquals(ScriptError.DATE_OUT_OF_RANGE, error.key(), String.valueOf(date));
        assertEquals(BOUNDS, error.parameters().subList(1, 3));
    }

    @ParameterizedTest
    @MethodSource("farDates")
    void deadlinesRefuseFarDates(Object date)
    {
        DeadlineScriptService deadlines = this.cdd.getDeadlines();

        assertDateRefused(date, () -> deadlines.status(date));
        assertDateRefused(date, () -> deadlines.status(date, List.of(30, 7), true));
        assertDateRefused(date, () -> deadlines.html(date, false, false));
        assertDateRefused(date, () -> deadlines.dueDate(date, 10, "business_days", true, true));
    }

    @ParameterizedTest
    @MethodSource("farDates")
    void compositionAndIndicatorsRefuseFarDates(Object date)
    {
        assertDateRefused(date, () -> this.cdd.getComposition().check(List.of(), date, Map.of(), 5, 90, List.of(),
            Map.of()));
        assertDateRefused(date, () -> this.cdd.getIndicators().compute(Map.of(), date, "2026-12-31"));
        assertDateRefused(date, () -> this.cdd.getIndicators().compute(Map.of(), "2026-01-01", date));
    }

    @ParameterizedTest
    @MethodSource("farDates")
    void recordsReportFarDatesAsRecordErrors(Object date)
    {
        RecordResult result = assertTimeoutPreemptively(GUARD, () -> this.cdd.getRecords().read("saisine", "P",
            Map.of(SaisineClass.DUE_DATE, date)));

        assertEquals(1, result.errors().size());
        RecordError error = result.errors().get(0);
        assertEquals(RecordError.DATE_OUT_OF_RANGE, error.key());
        assertEquals(BOUNDS, error.parameters());
        assertTrue(!result.record().has(SaisineClass.DUE_DATE), "a far date is not kept");
    }

    @ParameterizedTest
    @MethodSource("farDates")
    void aFarReviewDateCountsAsNoReview(Object date)
    {
        assertTrue(assertTimeoutPreemptively(GUARD, () -> this.cdd.getTutorials().needsReview(date, 12)));
    }

    @Test
    void delaysBeyondTenYearsAreRefused()
    {
        DeadlineScriptService deadlines = this.cdd.getDeadlines();
        for (String rule : List.of("calendar_days", "business_days", "months")) {
            for (int amount : List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1)) {
                ScriptError error = refused(() -> deadlines.dueDate(TODAY, amount, rule, true, true));
                assertEquals(new ScriptError(ScriptError.DELAY_OUT_OF_RANGE, List.of(String.valueOf(amount),
                    String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS))), error);
            }
        }
        assertEquals(ScriptError.DELAY_OUT_OF_RANGE, refused(() -> deadlines.dueDate(TODAY, DateBounds.MAX_MONTHS + 1,
            "months", false, false)).key());
        assertEquals(ScriptError.DELAY_OUT_OF_RANGE, refused(() -> this.cdd.getComposition().check(List.of(), TODAY,
            Map.of(), 5, Integer.MAX_VALUE, List.of(), Map.of())).key());
    }

    @Test
    void theLongestDelaysFromTheLastDateAreComputed()
    {
        DeadlineScriptService deadlines = this.cdd.getDeadlines();

        assertEquals(DateBounds.MAX.plusDays(DateBounds.MAX_DAYS), assertTimeoutPreemptively(GUARD,
            () -> deadlines.dueDate(DateBounds.MAX, DateBounds.MAX_DAYS, "calendar_days", false, false)));
        assertNotNull(assertTimeoutPreemptively(GUARD, () -> deadlines.dueDate(DateBounds.MAX, DateBounds.MAX_DAYS,
            "business_days", true, true)));
        assertEquals(DateBounds.MAX.plusMonths(DateBounds.MAX_MONTHS), deadlines.dueDate(DateBounds.MAX,
            DateBounds.MAX_MONTHS, "months", false, false));
        assertNotNull(assertTimeoutPreemptively(GUARD, () -> deadlines.status(DateBounds.MIN)));
        assertNotNull(assertTimeoutPreemptively(GUARD, () -> deadlines.status(DateBounds.MAX, List.of(
            Integer.MAX_VALUE, "30", new Object()), true)), "reminders that cannot be read are left out");
    }

    @Test
    void yearsOutOfBoundsAreRefused()
    {
        for (int year : List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 9999, DateBounds.MIN_YEAR - 1,
            DateBounds.MAX_YEAR + 1)) {
            ScriptError expected = new ScriptError(ScriptError.YEAR_OUT_OF_RANGE, List.of(String.valueOf(year),
                String.valueOf(DateBounds.MIN_YEAR), String.valueOf(DateBounds.MAX_YEAR)));
            assertEquals(expected, refused(() -> this.cdd.getDeadlines().holidays(year, true)));
            assertEquals(expected, refused(() -> this.cdd.getIndicators().compute(Map.of(), year)));
        }
        assertEquals(13, this.cdd.getDeadlines().holidays(DateBounds.MAX_YEAR, true).size());
        assertEquals(11, this.cdd.getDeadlines().holidays(DateBounds.MIN_YEAR, false).size());
    }

    @Test
    void aHugeValueIsQuotedShortInTheError()
    {
        ScriptError error = refused(() -> this.cdd.getDeadlines().status("9".repeat(100_000)));

        assertEquals(ScriptError.BAD_DATE, error.key());
        assertTrue(error.parameters().get(0).toString().length() <= 60);
    }

    @Test
    void aMissingPageIsNamedInTheError()
    {
        assertEquals(new ScriptError(ScriptError.BAD_PAGE, List.of("null")), refused(() -> this.cdd.getPrivateData().privatePage(null)));
        assertEquals(ScriptError.BAD_PAGE, refused(() -> this.cdd.getPrivateData().privatePage(" ")).key());
    }
}
