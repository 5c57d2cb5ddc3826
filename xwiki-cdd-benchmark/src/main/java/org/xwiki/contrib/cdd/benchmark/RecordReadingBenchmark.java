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

import java.util.ArrayList;
import java.util.List;
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
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;

/**
 * How long reading 100,000 query rows into typed records takes: what a list or report page pays before any rule.
 *
 * @version $Id$
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordReadingBenchmark
{
    private static final List<String> COLUMNS = List.of(SaisineClass.KIND, SaisineClass.THEMES,
        SaisineClass.RECEIVED_DATE, SaisineClass.DUE_DATE, SaisineClass.STATUS);

    private final RecordReader reader = new DefaultRecordReader(() -> java.time.Clock.system(java.time.ZoneId.of("Europe/Paris")));

    private List<List<Object>> rows;

    /**
     * Builds the rows once per trial.
     */
    @Setup
    public void setUp()
    {
        this.rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            this.rows.add(List.of("mandatory", "pcaet|mobility", "2026-03-02", "2026-05-02", "in_progress"));
        }
    }

    /**
     * @return the 100,000 records
     */
    @Benchmark
    public List<RecordResult> readHundredThousandRows()
    {
        List<RecordResult> results = new ArrayList<>(this.rows.size());
        for (int i = 0; i < this.rows.size(); i++) {
            results.add(this.reader.readRow(SaisineClass.DEFINITION, "S" + i, COLUMNS, this.rows.get(i)));
        }
        return results;
    }
}
