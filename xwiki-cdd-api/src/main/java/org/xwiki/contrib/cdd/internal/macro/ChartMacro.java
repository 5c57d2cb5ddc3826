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
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.inject.Named;
import javax.inject.Singleton;

import org.apache.commons.lang3.StringUtils;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.macro.ChartMacroParameters;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.MacroBlock;
import org.xwiki.rendering.block.MacroMarkerBlock;
import org.xwiki.rendering.block.RawBlock;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.macro.descriptor.DefaultContentDescriptor;
import org.xwiki.rendering.syntax.Syntax;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * {@code {{cdd-chart type="bar|stacked|pie" title="…" unit="…"}}label;value…{{/cdd-chart}}}: an accessible chart,
 * inline SVG ({@code role="img"}, {@code <title>}, {@code <desc>} with every number) and the same numbers in an HTML
 * table behind a disclosure element.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(ChartMacro.ID)
@Singleton
public class ChartMacro extends AbstractCouncilMacro<ChartMacroParameters>
{
    /** The macro id. */
    public static final String ID = "cdd-chart";

    private static final String PIE = "pie";

    private static final String BAR = "bar";

    private static final List<String> TYPES = List.of(BAR, "stacked", PIE);

    private static final String SEPARATOR = "; ";

    /**
     * Describes the macro.
     */
    public ChartMacro()
    {
        super("Council chart", "An accessible bar, stacked bar or pie chart with its data table",
            new DefaultContentDescriptor("One line per row: label;value, or a header line ;Series A;Series B", true),
            ChartMacroParameters.class);
    }

    @Override
    public boolean supportsInlineMode()
    {
        return false;
    }

    @Override
    public List<Block> execute(ChartMacroParameters parameters, String content, MacroTransformationContext context)
        throws MacroExecutionException
    {
        String type = StringUtils.trimToEmpty(parameters.getType());
        if (!TYPES.contains(type)) {
            throw error("cdd.macro.chart.error.type", parameters.getType(), String.join(", ", TYPES));
        }
        ChartData data;
        try {
            data = ChartData.parse(content);
        } catch (ChartData.Problem problem) {
            throw error(problem.getKey(), problem.getParameters());
        }
        if (PIE.equals(type) && data.series().size() > 1) {
            throw error("cdd.macro.chart.error.pieSeries", data.series().size());
        }
        Locale locale = this.messages.locale();
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        Function<BigDecimal, String> format = numbers::format;
        String unit = StringUtils.isBlank(parameters.getUnit()) ? "" : "\u00a0" + parameters.getUnit().trim();
        String title = StringUtils.trimToEmpty(parameters.getTitle());
        SvgChartWriter writer = new SvgChartWriter(chartId(context), data, format);
        String description = this.messages.get("cdd.macro.chart.desc." + type, data.rows().size(),
            describe(data, format, unit));
        String svg;
        if (PIE.equals(type)) {
            NumberFormat percent = NumberFormat.getPercentInstance(locale);
            svg = writer.pie(title, description, (row, share) -> this.messages.get("cdd.macro.chart.slice",
                row.label(), format.apply(row.values().get(0)) + unit, percent.format(share)));
        } else {
            svg = BAR.equals(type) ? writer.bars(title, description, unit) : writer.stacked(title, description, unit);
        }
        String html = "<figure class=\"cdd-chart cdd-chart-" + type + "\">" + svg
            + writer.table(title, this.messages.get("cdd.macro.chart.data"), this.messages.get("cdd.macro.chart.label"))
            + "</figure>";
        return List.of(new RawBlock(html, Syntax.XHTML_1_0));
    }

    /**
     * Ids unique in the page: the chart's rank among the page's charts, those already rendered (now macro markers)
     * included.
     */
    private static String chartId(MacroTransformationContext context)
    {
        List<Block> charts = context.getXDOM().getBlocks(block -> block instanceof MacroBlock macro
            && ID.equals(macro.getId()) || block instanceof MacroMarkerBlock marker && ID.equals(marker.getId()),
            Block.Axes.DESCENDANT);
        return ID + '-' + (charts.indexOf(context.getCurrentMacroBlock()) + 1);
    }

    private String describe(ChartData data, Function<BigDecimal, String> format, String unit)
    {
        List<String> parts = new ArrayList<>();
        for (ChartData.Row row : data.rows()) {
            for (int s = 0; s < data.series().size(); s++) {
                String series = data.series().get(s);
                parts.add(this.messages.get("cdd.macro.chart.item",
                    row.label() + (series.isEmpty() ? "" : " (" + series + ")"), format.apply(row.values().get(s))
                        + unit));
            }
        }
        return String.join(SEPARATOR, parts);
    }
}
