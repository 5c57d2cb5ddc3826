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
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.xwiki.contrib.cdd.internal.Html;

/**
 * Writes a chart as inline SVG that needs neither JavaScript nor a CDN: a colour-blind-safe palette (Okabe and Ito)
 * where every series also has its own pattern, values written next to bars and slices, a {@code <title>} and a
 * {@code <desc>} that give all the numbers, and the same numbers in an HTML table.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class SvgChartWriter
{
    /** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#F0E442", "#000000"};

    private static final int PATTERNS = 5;

    private static final int WIDTH = 640;

    private static final int LABEL_WIDTH = 180;

    private static final int VALUE_WIDTH = 110;

    private static final int BAR_HEIGHT = 18;

    private static final int GAP = 8;

    private static final int LEGEND_HEIGHT = 24;

    private static final int RADIUS = 110;

    private static final String TEXT = "<text x=\"";

    private static final String Y = "\" y=\"";

    private static final String CLOSE_TEXT = "</text>";

    private static final String QUOTE_CLOSE = "\"/>";

    private static final String CLOSE_TAG = "\">";

    private static final String FILL = "\" fill=\"";

    private static final String END_HEADER = "</th>";

    private static final String BACKGROUND = "><rect width=\"8\" height=\"8\" fill=\"";

    private final String id;

    private final ChartData data;

    private final Function<BigDecimal, String> format;

    private final StringBuilder svg = new StringBuilder();

    SvgChartWriter(String id, ChartData data, Function<BigDecimal, String> format)
    {
        this.id = id;
        this.data = data;
        this.format = format;
    }

    /**
     * @return the fill of a series (or of a pie's slice): its colour, through its pattern
     */
    private String fill(int index)
    {
        return index % PATTERNS == 0 ? PALETTE[index % PALETTE.length] : "url(#" + patternId(index) + ')';
    }

    private String patternId(int index)
    {
        return this.id + "-p" + index;
    }

    /**
     * @param count how many fills the chart uses: one per series, or one per slice for a pie
     */
    private void patterns(int count)
    {
        this.svg.append("<defs>");
        for (int s = 0; s < count; s++) {
            if (s % PATTERNS == 0) {
                continue;
            }
            String color = PALETTE[s % PALETTE.length];
            this.svg.append("<pattern id=\"").append(patternId(s))
                .append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"");
            switch (s % PATTERNS) {
                case 1:
                    this.svg.append(" patternTransform=\"rotate(45)\"").append(BACKGROUND).append(color)
                        .append("\"/><rect width=\"3\" height=\"8\" fill=\"#ffffff\"/>");
                    break;
                case 2:
                    this.svg.append(BACKGROUND).append(color)
                        .append("\"/><circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#ffffff\"/>");
                    break;
                case 3:
                    this.svg.append(BACKGROUND).append(color)
                        .append("\"/><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
                    break;
                default:
                    this.svg.append(BACKGROUND).append(color)
                        .append("\"/><rect y=\"3\" width=\"8\" height=\"2.5\" fill=\"#ffffff\"/>");
                    break;
            }
            this.svg.append("</pattern>");
        }
        this.svg.append("</defs>");
    }

    private void open(int height, String title, String description)
    {
        open(height, title, description, this.data.series().size());
    }

    private void open(int height, String title, String description, int fills)
    {
        this.svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
            .append(' ').append(height).append("\" width=\"100%\" aria-labelledby=\"").append(this.id)
            .append("-title ").append(this.id).append("-desc\" font-size=\"13\" fill=\"#1a1a1a\">")
            .append("<title id=\"").append(this.id).append("-title\">").append(Html.escape(title))
            .append("</title><desc id=\"").append(this.id).append("-desc\">").append(Html.escape(description))
            .append("</desc>");
        patterns(fills);
    }

    private int legend(int y)
    {
        if (this.data.series().size() < 2) {
            return y;
        }
        int x = LABEL_WIDTH;
        for (int s = 0; s < this.data.series().size(); s++) {
            swatch(x, y, fill(s), this.data.series().get(s));
            x += 24 + 8 * this.data.series().get(s).length();
        }
        return y + LEGEND_HEIGHT;
    }

    private static int length(BigDecimal value, BigDecimal max, int space)
    {
        return max.signum() == 0 ? 0 : value.multiply(BigDecimal.valueOf(space)).divide(max, MathContext.DECIMAL64)
            .intValue();
    }

    String bars(String title, String description, String unitSuffix)
    {
        int seriesCount = this.data.series().size();
        int rowHeight = seriesCount * BAR_HEIGHT + GAP;
        int top = seriesCount > 1 ? LEGEND_HEIGHT + GAP : GAP;
        open(top + this.data.rows().size() * rowHeight + GAP, title, description);
        legend(GAP);
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        BigDecimal max = this.data.max();
        int y = top;
        for (ChartData.Row row : this.data.rows()) {
            label(row.label(), y + (seriesCount * BAR_HEIGHT) / 2 + 4);
            for (int s = 0; s < seriesCount; s++) {
                BigDecimal value = row.values().get(s);
                int length = length(value, max, plot);
                bar(LABEL_WIDTH, y, length, fill(s));
                value(LABEL_WIDTH + length + 6, y + BAR_HEIGHT - 5, value, unitSuffix);
                y += BAR_HEIGHT;
            }
            y += GAP;
        }
        return close();
    }

    String stacked(String title, String description, String unitSuffix)
    {
        int top = (this.data.series().size() > 1 ? LEGEND_HEIGHT + GAP : 0) + GAP;
        open(top + this.data.rows().size() * (BAR_HEIGHT + GAP) + GAP, title, description);
        legend(GAP);
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        BigDecimal max = this.data.maxTotal();
        int y = top;
        for (ChartData.Row row : this.data.rows()) {
            label(row.label(), y + BAR_HEIGHT - 5);
            int x = LABEL_WIDTH;
            for (int s = 0; s < this.data.series().size(); s++) {
                int length = length(row.values().get(s), max, plot);
                bar(x, y, length, fill(s));
                x += length;
            }
            value(x + 6, y + BAR_HEIGHT - 5, row.total(), unitSuffix);
            y += BAR_HEIGHT + GAP;
        }
        return close();
    }

    String pie(String title, String description, BiFunction<ChartData.Row, Double, String> legendText)
    {
        int height = Math.max(2 * RADIUS + 2 * GAP, this.data.rows().size() * LEGEND_HEIGHT + 2 * GAP);
        open(height, title, description, this.data.rows().size());
        BigDecimal total = this.data.maxTotal().signum() == 0 ? BigDecimal.ZERO
            : this.data.rows().stream().map(r -> r.values().get(0)).reduce(BigDecimal.ZERO, BigDecimal::add);
        double angle = -Math.PI / 2;
        int cx = RADIUS + GAP;
        int cy = RADIUS + GAP;
        for (int i = 0; i < this.data.rows().size(); i++) {
            BigDecimal value = this.data.rows().get(i).values().get(0);
            double share = total.signum() == 0 ? 0 : value.doubleValue() / total.doubleValue();
            slice(cx, cy, angle, share, fill(i));
            angle += share * 2 * Math.PI;
            int y = GAP + i * LEGEND_HEIGHT;
            swatch(2 * RADIUS + 4 * GAP, y, fill(i), legendText.apply(this.data.rows().get(i), share));
        }
        return close();
    }

    private void slice(int cx, int cy, double start, double share, String fill)
    {
        if (share >= 1) {
            this.svg.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"")
                .append(RADIUS).append(FILL).append(fill).append(QUOTE_CLOSE);
            return;
        }
        if (share <= 0) {
            return;
        }
        double end = start + share * 2 * Math.PI;
        this.svg.append("<path d=\"M").append(cx).append(' ').append(cy).append(" L")
            .append(point(cx + RADIUS * Math.cos(start))).append(' ').append(point(cy + RADIUS * Math.sin(start)))
            .append(" A").append(RADIUS).append(' ').append(RADIUS).append(" 0 ").append(share > 0.5 ? 1 : 0)
            .append(" 1 ").append(point(cx + RADIUS * Math.cos(end))).append(' ')
            .append(point(cy + RADIUS * Math.sin(end))).append(" Z\" fill=\"").append(fill)
            .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
    }

    private static String point(double coordinate)
    {
        return String.format(Locale.ROOT, "%.2f", coordinate);
    }

    private String close()
    {
        return this.svg.append("</svg>").toString();
    }

    private void swatch(int x, int y, String fill, String text)
    {
        rect(x, y, 14, 14, fill);
        this.svg.setLength(this.svg.length() - QUOTE_CLOSE.length());
        this.svg.append("\" stroke=\"#1a1a1a\" stroke-width=\"0.5\"/>").append(TEXT).append(x + 18).append(Y)
            .append(y + 12).append(CLOSE_TAG).append(Html.escape(text)).append(CLOSE_TEXT);
    }

    private void rect(int x, int y, int width, int height, String fill)
    {
        this.svg.append("<rect x=\"").append(x).append(Y).append(y).append("\" width=\"").append(width)
            .append("\" height=\"").append(height).append(FILL).append(fill).append(QUOTE_CLOSE);
    }

    private void label(String text, int y)
    {
        this.svg.append(TEXT).append(LABEL_WIDTH - 8).append(Y).append(y).append("\" text-anchor=\"end\">")
            .append(Html.escape(text)).append(CLOSE_TEXT);
    }

    private void bar(int x, int y, int length, String fill)
    {
        rect(x, y + 2, length, BAR_HEIGHT - 4, fill);
    }

    private void value(int x, int y, BigDecimal value, String unitSuffix)
    {
        this.svg.append(TEXT).append(x).append(Y).append(y).append(CLOSE_TAG)
            .append(Html.escape(this.format.apply(value) + unitSuffix)).append(CLOSE_TEXT);
    }

    /**
     * @param caption the table's caption
     * @param summary the text of the element that opens the table
     * @param labelHeader the header of the label column
     * @return the numbers as an HTML table, in a disclosure element
     */
    String table(String caption, String summary, String labelHeader)
    {
        StringBuilder table = new StringBuilder("<details class=\"cdd-chart-data\"><summary>")
            .append(Html.escape(summary)).append("</summary><table><caption>").append(Html.escape(caption))
            .append("</caption><thead><tr><th scope=\"col\">").append(Html.escape(labelHeader)).append(END_HEADER);
        List<String> series = this.data.series();
        for (String name : series) {
            table.append("<th scope=\"col\">").append(Html.escape(name.isEmpty() ? caption : name)).append(END_HEADER);
        }
        table.append("</tr></thead><tbody>");
        for (ChartData.Row row : this.data.rows()) {
            table.append("<tr><th scope=\"row\">").append(Html.escape(row.label())).append(END_HEADER);
            row.values().forEach(v -> table.append("<td>").append(Html.escape(this.format.apply(v))).append("</td>"));
            table.append("</tr>");
        }
        return table.append("</tbody></table></details>").toString();
    }
}
