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

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.contrib.cdd.composition.CompositionCheck;
import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.contrib.cdd.composition.CompositionRules;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.indicators.Period;

/**
 * How long the activity report's indicators and the composition check take on a large council, with the real
 * components (loaded from components.txt as XWiki would).
 *
 * @version $Id$
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorBenchmark
{
    private IndicatorCalculator calculator;

    private CompositionCheck compositionCheck;

    private IndicatorInput input;

    private CompositionRules rules;

    /**
     * Builds the council once per trial.
     *
     * @throws Exception when a component is missing
     */
    @Setup
    public void setUp() throws Exception
    {
        EmbeddableComponentManager componentManager = new EmbeddableComponentManager();
        componentManager.initialize(getClass().getClassLoader());
        this.calculator = componentManager.getInstance(IndicatorCalculator.class);
        this.compositionCheck = componentManager.getInstance(CompositionCheck.class);
        this.input = SyntheticCouncil.build(componentManager.getInstance(RecordReader.class));
        java.util.Map<String, Double> census = new java.util.LinkedHashMap<>();
        census.put("15-29", 20.0);
        census.put("30-44", 25.0);
        census.put("45-59", 25.0);
        census.put("60-74", 20.0);
        census.put("75+", 10.0);
        this.rules = new CompositionRules(java.time.LocalDate.of(2026, 6, 30), census, 5, 90,
            java.util.List.of("citizens", "associations", "economy", "unions"), java.util.Map.of());
    }

    /**
     * @return every indicator of one year over the 100,000 records
     */
    @Benchmark
    public IndicatorReport allIndicatorsOfAYear()
    {
        return this.calculator.compute(this.input, Period.calendarYear(2025));
    }

    /**
     * @return the composition of the 15,000 members
     */
    @Benchmark
    public CompositionReport compositionOfAllMembers()
    {
        return this.compositionCheck.check(this.input.members(), this.rules);
    }
}
