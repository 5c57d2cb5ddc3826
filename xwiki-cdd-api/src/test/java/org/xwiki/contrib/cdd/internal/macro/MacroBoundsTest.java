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
package org.xwiki.contrib.cdd.internal.macro;

import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.macro.ChartMacroParameters;
import org.xwiki.contrib.cdd.macro.DeadlineMacroParameters;
import org.xwiki.contrib.cdd.macro.IndicatorMacroParameters;
import org.xwiki.rendering.macro.Macro;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.transformation.MacroTransformationContext;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The macros refuse extreme values at once, with the bounds in the message: dates beyond {@link DateBounds}, numbers
 * that BigDecimal reads in a moment but would take the heap to subtract or write, charts of thousands of rows. The
 * time guard only stops a refusal that would hang: it measures nothing. The {@code macros/*-bounds-*.test} files show
 * the same refusals as a page renders them.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = {SystemClockProvider.class, PlatformCurrentLocale.class})
class MacroBoundsTest
{
    private static final Duration GUARD = Duration.ofMillis(500);

    private static final String OUT_OF_RANGE = "outside the dates the application accepts";

    private static final String CANNOT_BE_SHOWN = "cannot be shown";

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    @BeforeComponent
    void configuration() throws Exception
    {
        // The test locale (TestCurrentLocale, English by default) reads the configuration.
        this.componentManager.registerMemoryConfigurationSource();
    }

    private <P> String refusal(String hint, P parameters, String content)
    {
        return assertTimeoutPreemptively(GUARD, () -> {
            Macro<P> macro = this.componentManager.getInstance(Macro.class, hint);
            return assertThrows(MacroExecutionException.class,
                () -> macro.execute(parameters, content, new MacroTransformationContext())).getMessage();
        }, hint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "9999-12-31", "1899-12-31", "2201-01-01"})
    void aDeadlineOutOfBoundsIsRefused(String date)
    {
        DeadlineMacroParameters parameters = new DeadlineMacroParameters();
        parameters.setDate(date);
        parameters.setBusinessDays(true);

        String message = refusal(DeadlineMacro.ID, parameters, null);

        assertTrue(message.contains(OUT_OF_RANGE) && message.contains(DateBounds.MIN.toString())
            && message.contains(DateBounds.MAX.toString()), message);
    }

    @Test
    void theLargestDateIsLocalDateMaxAndIsRefusedToo()
    {
        DeadlineMacroParameters parameters = new DeadlineMacroParameters();
        parameters.setDate(LocalDate.MAX.toString());

        assertTrue(refusal(DeadlineMacro.ID, parameters, null).contains(OUT_OF_RANGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e16", "0.1234567890123456", "1e2147483647",
        "99999999999999999999999999999999999999999999999999"})
    void anIndicatorNumberOutOfBoundsIsRefused(String value)
    {
        IndicatorMacroParameters asValue = new IndicatorMacroParameters();
        asValue.setLabel("L");
        asValue.setValue(value);
        asValue.setPrevious("0");
        IndicatorMacroParameters asPrevious = new IndicatorMacroParameters();
        asPrevious.setLabel("L");
        asPrevious.setValue("0");
        asPrevious.setPrevious(value);

        assertTrue(refusal(IndicatorMacro.ID, asValue, null).contains(CANNOT_BE_SHOWN));
        assertTrue(refusal(IndicatorMacro.ID, asPrevious, null).contains(CANNOT_BE_SHOWN));
    }

    @Test
    void aHugeTypedValueIsQuotedShort()
    {
        IndicatorMacroParameters parameters = new IndicatorMacroParameters();
        parameters.setLabel("L");
        parameters.setValue("9".repeat(100_000));

        String message = refusal(IndicatorMacro.ID, parameters, null);

        assertTrue(message.contains(CANNOT_BE_SHOWN) && message.length() < 300, message);
    }

    @Test
    void aChartOfTenThousandRowsIsRefused()
    {
        String rows = IntStream.range(0, 10_000).mapToObj(i -> "Row " + i + ';' + i)
            .collect(Collectors.joining("\n"));

        String message = refusal(ChartMacro.ID, chart(), rows);

        assertEquals("The chart has more than " + ChartData.MAX_ROWS
            + " rows: group the smallest ones, or split it into several charts.", message);
    }

    @Test
    void aChartOfTenThousandSeriesIsRefused()
    {
        String header = IntStream.range(0, 10_000).mapToObj(i -> "S" + i).collect(Collectors.joining(";", ";", ""));

        String message = refusal(ChartMacro.ID, chart(), header + "\nA;1");

        assertTrue(message.startsWith("The chart has 10,000 series: at most " + ChartData.MAX_SERIES), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e-999999999", "1e16", "9999999999999999999999999999999999999999999"})
    void aChartNumberOutOfBoundsIsRefused(String value)
    {
        assertTrue(refusal(ChartMacro.ID, chart(), "A;1\nB;" + value).contains(CANNOT_BE_SHOWN));
    }

    @Test
    void theLargestChartIsDrawn() throws Exception
    {
        ChartData data = assertTimeoutPreemptively(GUARD, () -> ChartData.parse(IntStream.range(0, ChartData.MAX_ROWS)
            .mapToObj(i -> "Row " + i + ';' + "999999999999999.5;".repeat(ChartData.MAX_SERIES - 1) + "0.5")
            .collect(Collectors.joining("\n"))));

        assertEquals(ChartData.MAX_ROWS, data.rows().size());
        assertEquals(ChartData.MAX_SERIES, data.series().size());
    }

    @Test
    void numbersWithinBoundsAreReadExactly() throws Exception
    {
        assertEquals(new BigDecimal("999999999999999.5"), MacroNumbers.parse(" 999999999999999.5 "));
        assertEquals(new BigDecimal("0.000000000000001"), MacroNumbers.parse("1e-15"));
        assertEquals(BigDecimal.ZERO, MacroNumbers.parse("0e-999999999"), "zero, whatever its exponent");
        assertNull(MacroNumbers.parse("douze"));
        assertNull(MacroNumbers.parse("a sentence longer than forty characters, which is no number"));
        assertThrows(MacroNumbers.OutOfBounds.class, () -> MacroNumbers.parse("1e15"));
    }

    private static ChartMacroParameters chart()
    {
        ChartMacroParameters parameters = new ChartMacroParameters();
        parameters.setType("bar");
        parameters.setTitle("T");
        return parameters;
    }
}
