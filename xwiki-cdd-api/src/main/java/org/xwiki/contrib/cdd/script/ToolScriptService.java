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

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.NeedClass;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.PropertyType;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.knowledge.ToolCell;
import org.xwiki.contrib.cdd.knowledge.ToolComparison;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.tools}: the collaborative tools of one category side by side.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(ToolScriptService.HINT)
@Singleton
@Unstable
public class ToolScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.tools";

    /** The page where members list their needs; the needs themselves lie on its state page (see NeedService). */
    public static final String NEEDS_PAGE = "CDD.Tools.Needs";

    /**
     * The needs a tool answers, bound to {@code :page} (the needs' state page) and {@code :tool}: state page, need
     * number, description; distinct, since XWiki joins a need's tools per value.
     */
    public static final String NEEDS_OF_TOOL_QUERY = String.format("select distinct doc.fullName, need.number, "
        + "need.%s from Document doc, doc.object(%s) as need where doc.fullName = :page and :tool member of need.%s",
        NeedClass.DESCRIPTION, NeedClass.REFERENCE, NeedClass.TOOLS);

    /** The longest need description a member may send. */
    public static final int MAX_NEED = 500;


    /** The properties compared, after the page, in the order of {@link #QUERY}'s columns. */
    public static final List<String> CRITERIA = List.of(ToolClass.CATEGORY, ToolClass.RECOMMENDATION,
        ToolClass.RATIONALE, ToolClass.COST, ToolClass.HOSTING, ToolClass.DATA_LOCATION, ToolClass.OPEN_SOURCE,
        ToolClass.ACCESSIBILITY, ToolClass.LEARNING_CURVE, ToolClass.ASSESSMENT_DATE, ToolClass.URL);

    /** The one query of the comparison page: the page, the {@link #CRITERIA}, then the title. */
    public static final String QUERY = "select doc.fullName, tool.category, tool.recommendation, tool.rationale, "
        + "tool.cost, tool.hosting, tool.dataLocation, tool.openSource, tool.accessibility, tool.learningCurve, "
        + "tool.assessmentDate, tool.url, doc.title from Document doc, doc.object(CDD.Code.ToolClass) as tool "
        + "where " + RecordLists.COUNCIL_PAGES;

    /** The title of every tool page: the page, then its title. */
    public static final String TITLE_QUERY = "select doc.fullName, doc.title from Document doc, "
        + "doc.object(CDD.Code.ToolClass) as tool where " + RecordLists.COUNCIL_PAGES;

    /** The translation key of "yes". */
    public static final String YES = "cdd.tools.yes";

    /** The translation key of "no". */
    public static final String NO = "cdd.tools.no";

    @Inject
    private RecordReader reader;

    /**
     * @return the XWQL statement of the comparison page
     */
    public String getQuery()
    {
        return QUERY;
    }

    /**
     * @return the XWQL statement of the tool titles
     */
    public String getTitleQuery()
    {
        return TITLE_QUERY;
    }


    /**
     * @return the criteria compared, in the order of the rows of the comparison table
     */
    public List<String> getCriteria()
    {
        return CRITERIA.subList(1, CRITERIA.size());
    }

    /**
     * @return the statement of the needs a tool answers, see {@link #NEEDS_OF_TOOL_QUERY}
     */
    public String getNeedsOfToolQuery()
    {
        return NEEDS_OF_TOOL_QUERY;
    }

    /**
     * @return the page where members list their needs
     */
    public String getNeedsPage()
    {
        return NEEDS_PAGE;
    }

    /**
     * @return the longest need description a member may send
     */
    public int getMaxNeed()
    {
        return MAX_NEED;
    }

    /**
     * @param value a need's description a member sent
     * @return it without surrounding blanks, or {@code null} when it is empty or longer than {@link #MAX_NEED}
     */
    public String needDescription(Object value)
    {
        String text = value == null ? "" : String.valueOf(value).trim();
        return text.isEmpty() || text.length() > MAX_NEED ? null : text;
    }

    /**
     * @param value a category a member chose
     * @return whether it is none (blank) or a tool category
     */
    public boolean isNeedCategory(Object value)
    {
        return needCategory(value) != null;
    }

    /**
     * @param value a category a member chose
     * @return the category's id, empty for none, or {@code null} when it is not a tool category
     */
    public String needCategory(Object value)
    {
        String category = value == null ? "" : String.valueOf(value).trim();
        return category.isEmpty() || List.of(ToolClass.CATEGORIES).contains(category) ? category : null;
    }

    /**
     * @return the categories of tools
     */
    public List<String> getCategories()
    {
        return List.of(ToolClass.CATEGORIES);
    }

    /**
     * @param tool a tool record
     * @param criterion one of {@link #getCriteria()}
     * @param locale the reader's locale, for the date
     * @return what the comparison shows for it: list values and yes/no as translation keys, the assessment date as a
     *     day written for the locale, the address as a link when it is a web address
     */
    public ToolCell cell(EntityRecord tool, String criterion, Locale locale)
    {
        PropertyDefinition property = ToolClass.DEFINITION.property(criterion).orElse(null);
        if (tool == null || property == null || !tool.has(criterion)) {
            return new ToolCell(ToolCell.TEXT, "");
        }
        String value = tool.string(criterion);
        if (property.type() == PropertyType.LIST) {
            return new ToolCell(ToolCell.KEY, ToolClass.REFERENCE + '_' + criterion + '_' + value);
        }
        if (property.type() == PropertyType.BOOLEAN) {
            return new ToolCell(ToolCell.KEY, tool.flag(criterion) ? YES : NO);
        }
        if (property.type() == PropertyType.DATE) {
            return day(tool.date(criterion), locale);
        }
        boolean link = ToolClass.URL.equals(criterion) && value.matches("(?i)https?://\\S+");
        return new ToolCell(link ? ToolCell.LINK : ToolCell.TEXT, value);
    }

    private static ToolCell day(LocalDate day, Locale locale)
    {
        return new ToolCell(ToolCell.DATE, day.toString(), DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale == null ? Locale.FRENCH : locale).format(day));
    }

    /**
     * @param rows the rows of {@link #QUERY}
     * @param category the category chosen (blank: every tool)
     * @return the tools of that category, the council's choice first
     */
    public List<EntityRecord> compare(List<?> rows, String category)
    {
        List<EntityRecord> tools = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() >= CRITERIA.size() + 2) {
                tools.add(this.reader.readRow(ToolClass.DEFINITION, RecordLists.page(cells.get(0)), CRITERIA,
                    cells.subList(1, CRITERIA.size() + 1)).record());
            }
        }
        return ToolComparison.compare(tools, category, RecordLists.titles(rows));
    }
}
