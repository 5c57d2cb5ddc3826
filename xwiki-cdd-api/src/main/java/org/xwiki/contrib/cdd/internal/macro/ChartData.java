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
                } else {
                    series = series == null ? defaultSeries(cells.length - 1) : series;
                    rows.add(row(cells, series.size(), i + 1, line));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new Problem("cdd.macro.chart.error.empty");
        }
        return new ChartData(List.copyOf(series), List.copyOf(rows));
    }

    private static String[] cells(String line, int number) throws Problem
    {
        String[] cells = line.split(SEPARATOR, -1);
        if (cells.length < 2) {
            throw new Problem("cdd.macro.chart.error.line", number, line);
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
            throw new Problem("cdd.macro.chart.error.columns", number, line, cells.length - 1, seriesCount);
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int c = 1; c < cells.length; c++) {
            BigDecimal value = number(cells[c]);
            if (value == null) {
                throw new Problem("cdd.macro.chart.error.number", number, line, cells[c].trim());
            }
            if (value.signum() < 0) {
                throw new Problem("cdd.macro.chart.error.negative", number, line);
            }
            values.add(value);
        }
        return new Row(cells[0].trim(), values);
    }

    private static boolean isHeader(String[] cells)
    {
        for (int c = 1; c < cells.length; c++) {
            if (number(cells[c]) != null) {
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

    private static BigDecimal number(String cell)
    {
        try {
            return new BigDecimal(cell.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
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
