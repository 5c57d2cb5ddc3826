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
import java.util.List;
import java.util.Map;
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
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;
import org.xwiki.contrib.cdd.indicators.Period;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ActivityReportBuilder;
import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.contrib.cdd.report.ReportSnapshots;

/**
 * How long the yearly activity report takes on a large council: its figures built from the records, then frozen to
 * text when the bureau validates it and read back on every view of a validated report.
 *
 * @version $Id$
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark
{
    private static final int YEAR = 2025;

    private ActivityReportBuilder builder;

    private ReportSnapshots snapshots;

    private IndicatorInput input;

    private ReportSnapshot snapshot;

    private String frozen;

    /**
     * Builds the council, and one frozen report, once per trial.
     *
     * @throws Exception when a component is missing
     */
    @Setup
    public void setUp() throws Exception
    {
        EmbeddableComponentManager componentManager = new EmbeddableComponentManager();
        componentManager.initialize(getClass().getClassLoader());
        this.builder = componentManager.getInstance(ActivityReportBuilder.class);
        this.snapshots = componentManager.getInstance(ReportSnapshots.class);
        this.input = SyntheticCouncil.build(componentManager.getInstance(RecordReader.class));
        IndicatorCalculator calculator = componentManager.getInstance(IndicatorCalculator.class);
        this.snapshot = new ReportSnapshot(buildReport(), null, calculator.compute(this.input, Period.calendarYear(YEAR))
            .indicators(), Map.of());
        this.frozen = this.snapshots.write(this.snapshot);
        System.out.printf("%nOne year's report: %d referrals, frozen as %d characters%n",
            this.snapshot.report().referrals().size(), this.frozen.length());
    }

    /**
     * @return the figures of one year over the 100,000 records
     */
    @Benchmark
    public ActivityReport buildReport()
    {
        return this.builder.build(YEAR, new ActivityReportBuilder.ReportRecords(this.input.saisines(),
            this.input.contributions(), this.input.recommendations(), this.input.meetings()),
            List.of("PETR", "ACCM", "CCVBA", "TPA"),
            LocalDate.of(2026, 6, 30));
    }

    /**
     * @return the text stored when the bureau validates that report
     */
    @Benchmark
    public String freeze()
    {
        return this.snapshots.write(this.snapshot);
    }

    /**
     * @return the frozen figures read back, as each view of a validated report does
     */
    @Benchmark
    public ReportSnapshot thaw()
    {
        return this.snapshots.read(this.frozen).orElseThrow();
    }
}
