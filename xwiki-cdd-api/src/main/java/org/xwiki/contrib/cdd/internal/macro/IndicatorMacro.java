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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.inject.Named;
import javax.inject.Singleton;

import org.apache.commons.lang3.StringUtils;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.macro.IndicatorMacroParameters;
import org.xwiki.rendering.block.Block;
import org.xwiki.rendering.block.FormatBlock;
import org.xwiki.rendering.block.GroupBlock;
import org.xwiki.rendering.block.ParagraphBlock;
import org.xwiki.rendering.block.WordBlock;
import org.xwiki.rendering.listener.Format;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.transformation.MacroTransformationContext;

/**
 * {@code {{cdd-indicator label="…" value="42" unit="%" previous="35"/}}}: a figure tile. Numbers follow the reader's
 * locale (French: {@code 1 234,5 %}); the variation is written in words next to its arrow, the arrow being hidden
 * from screen readers, and a variation of a percentage is in points.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(IndicatorMacro.ID)
@Singleton
public class IndicatorMacro extends AbstractCouncilMacro<IndicatorMacroParameters>
{
    /** The macro id. */
    public static final String ID = "cdd-indicator";

    private static final String CLASS = "class";

    private static final String PERCENT = "%";

    private static final char NO_BREAK_SPACE = '\u00a0';

    /**
     * Describes the macro.
     */
    public IndicatorMacro()
    {
        super("Council indicator", "A figure tile with its variation in words", null,
            IndicatorMacroParameters.class);
    }

    @Override
    public List<Block> execute(IndicatorMacroParameters parameters, String content,
        MacroTransformationContext context) throws MacroExecutionException
    {
        BigDecimal value = number(parameters.getValue());
        Locale locale = this.messages.locale();
        String unit = StringUtils.trimToEmpty(parameters.getUnit());
        List<Block> lines = new ArrayList<>();
        lines.add(line("cdd-indicator-label", List.of(new WordBlock(parameters.getLabel()))));
        lines.add(line("cdd-indicator-value", List.of(new WordBlock(withUnit(value, unit, locale)))));
        if (StringUtils.isNotBlank(parameters.getPrevious())) {
            lines.add(variation(value, number(parameters.getPrevious()), unit, locale));
        }
        if (StringUtils.isNotBlank(parameters.getDefinition())) {
            lines.add(line("cdd-indicator-definition", List.of(new WordBlock(parameters.getDefinition()))));
        }
        Block tile = new GroupBlock(lines, Map.of(CLASS, ID));
        if (context.isInline()) {
            // Inline, the tile stays in its sentence: its lines become spans.
            List<Block> spans = new ArrayList<>();
            for (Block line : lines) {
                spans.add(new FormatBlock(line.getChildren(), Format.NONE, line.getParameters()));
                spans.add(new WordBlock(" "));
            }
            spans.remove(spans.size() - 1);
            return List.of(new FormatBlock(spans, Format.NONE, Map.of(CLASS, ID)));
        }
        return List.of(tile);
    }

    private Block variation(BigDecimal value, BigDecimal previous, String unit, Locale locale)
    {
        int sign = value.compareTo(previous);
        String direction = sign > 0 ? "up" : sign < 0 ? "down" : "same";
        BigDecimal delta = value.subtract(previous).abs();
        String difference = PERCENT.equals(unit)
            ? this.messages.get("cdd.macro.indicator.points", delta, format(delta, locale))
            : withUnit(delta, unit, locale);
        String words = this.messages.get("cdd.macro.indicator." + direction, difference,
            withUnit(previous, unit, locale));
        String arrow = sign > 0 ? "\u2191" : sign < 0 ? "\u2193" : "\u2192";
        // Ordered attributes: Map.of would change their order from one run to the next.
        Map<String, String> arrowAttributes = new LinkedHashMap<>();
        arrowAttributes.put(CLASS, "cdd-indicator-arrow");
        arrowAttributes.put("aria-hidden", "true");
        List<Block> children = List.of(new FormatBlock(List.of(new WordBlock(arrow)), Format.NONE, arrowAttributes),
            new WordBlock(" " + words));
        return line("cdd-indicator-variation cdd-indicator-" + direction, children);
    }

    private static Block line(String cssClass, List<Block> children)
    {
        return new ParagraphBlock(children, Map.of(CLASS, cssClass));
    }

    private BigDecimal number(String text) throws MacroExecutionException
    {
        BigDecimal number;
        try {
            number = MacroNumbers.parse(text);
        } catch (MacroNumbers.OutOfBounds e) {
            throw error("cdd.macro.indicator.error.range", quoted(text), MacroNumbers.MAX_LENGTH,
                MacroNumbers.MAX_DIGITS);
        }
        if (number == null) {
            throw error("cdd.macro.indicator.error.number", quoted(text));
        }
        return number;
    }

    private static String format(BigDecimal number, Locale locale)
    {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(number.stripTrailingZeros().scale(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(number);
    }

    private static String withUnit(BigDecimal number, String unit, Locale locale)
    {
        String formatted = format(number, locale);
        if (unit.isEmpty()) {
            return formatted;
        }
        // French puts a space before every unit, % included; English writes 42% but 12 days.
        boolean attached = PERCENT.equals(unit) && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return formatted + (attached ? "" : String.valueOf(NO_BREAK_SPACE)) + unit;
    }
}
