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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a chart, read from the macro content: one {@code label;value} line per row, or a header line
 * ({@code ;Series A;Series B}) then {@code label;a;b} lines. Decimals may use a dot or a comma. A line that cannot be
 * read is reported with its number.
 *
 * @param series the series names (one empty name when there is no header)
 * @param rows the rows
 * @version $Id$
 * @since 1.0.0
 */
record ChartData(List<String> series, List<Row> rows)
{
    /**
     * One row: a label and one value per series.
     *
     * @param label the label
     * @param values the values, in series order
     */
    record Row(String label, List<BigDecimal> values)
    {
        BigDecimal total()
        {
            return this.values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * Why a line cannot be read: the translation key and its parameters.
     */
    static final class Problem extends Exception
    {
        private static final long serialVersionUID = 1L;

        private final String key;

        private final transient Object[] parameters;

        Problem(String key, Object... parameters)
        {
            super(key);
            this.key = key;
            this.parameters = parameters;
        }

        String getKey()
        {
            return this.key;
        }

        Object[] getParameters()
        {
            return this.parameters;
        }
    }

    /**
     * The most rows: beyond, bars are too thin to read and the description read aloud too long to follow; a council
     * groups the smallest rows or splits the chart.
     */
    static final int MAX_ROWS = 100;

    /** The most series: the palette and patterns tell twelve apart (a year's months), and a legend stays readable. */
    static final int MAX_SERIES = 12;

    private static final String SEPARATOR = ";";

    static ChartData parse(String content) throws Problem
    {
        List<String> series = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = content == null ? new String[0] : content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (!line.isEmpty()) {
                String[] cells = cells(line, i + 1);
                if (series == null && rows.isEmpty() && isHeader(cells)) {
                    series = header(cells);
                    checkSize(series.size(), 0);
                } else {
                    series = series == null ? defaultSeries(cells.length - 1) : series;
                    // Checked before the row is read: a refused chart costs no more than its first rows.
                    checkSize(series.size(), rows.size() + 1);
                    rows.add(row(cells, series.size(), i + 1, line));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new Problem("cdd.macro.chart.error.empty");
        }
        return new ChartData(List.copyOf(series), List.copyOf(rows));
    }

    private static void checkSize(int series, int rows) throws Problem
    {
        if (series > MAX_SERIES) {
            throw new Problem("cdd.macro.chart.error.series", series, MAX_SERIES);
        }
        if (rows > MAX_ROWS) {
            throw new Problem("cdd.macro.chart.error.rows", MAX_ROWS);
        }
    }

    private static String[] cells(String line, int number) throws Problem
    {
        String[] cells = line.split(SEPARATOR, -1);
        if (cells.length < 2) {
            throw new Problem("cdd.macro.chart.error.line", number, AbstractCouncilMacro.quoted(line));
        }
        return cells;
    }

    private static List<String> header(String[] cells)
    {
        List<String> names = new ArrayList<>();
        for (int c = 1; c < cells.length; c++) {
            names.add(cells[c].trim());
        }
        return names;
    }

    private static List<String> defaultSeries(int count)
    {
        return count == 1 ? List.of("") : unnamed(count);
    }

    private static Row row(String[] cells, int seriesCount, int number, String line) throws Problem
    {
        if (cells.length - 1 != seriesCount) {
            throw new Problem("cdd.macro.chart.error.columns", number, AbstractCouncilMacro.quoted(line),
                cells.length - 1, seriesCount);
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int c = 1; c < cells.length; c++) {
            BigDecimal value;
            try {
                value = MacroNumbers.parse(decimalPoint(cells[c]));
            } catch (MacroNumbers.OutOfBounds e) {
                throw new Problem("cdd.macro.chart.error.range", number, AbstractCouncilMacro.quoted(line),
                    AbstractCouncilMacro.quoted(cells[c].trim()), MacroNumbers.MAX_LENGTH, MacroNumbers.MAX_DIGITS);
            }
            if (value == null) {
                throw new Problem("cdd.macro.chart.error.number", number, AbstractCouncilMacro.quoted(line),
                    AbstractCouncilMacro.quoted(cells[c].trim()));
            }
            if (value.signum() < 0) {
                throw new Problem("cdd.macro.chart.error.negative", number, AbstractCouncilMacro.quoted(line));
            }
            values.add(value);
        }
        return new Row(cells[0].trim(), values);
    }

    private static boolean isHeader(String[] cells)
    {
        for (int c = 1; c < cells.length; c++) {
            try {
                if (MacroNumbers.parse(decimalPoint(cells[c])) != null) {
                    return false;
                }
            } catch (MacroNumbers.OutOfBounds e) {
                // A number too large is still a number: the line is a row, refused as such.
                return false;
            }
        }
        return true;
    }

    private static List<String> unnamed(int count)
    {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(String.valueOf(i));
        }
        return names;
    }

    private static String decimalPoint(String cell)
    {
        return cell.replace(',', '.');
    }

    BigDecimal max()
    {
        return this.rows.stream().flatMap(r -> r.values().stream()).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    BigDecimal maxTotal()
    {
        return this.rows.stream().map(Row::total).reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
