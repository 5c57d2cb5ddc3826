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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.knowledge.AudienceShelf;
import org.xwiki.contrib.cdd.knowledge.ReviewSchedule;
import org.xwiki.contrib.cdd.knowledge.TutorialItem;
import org.xwiki.contrib.cdd.knowledge.TutorialQuestion;
import org.xwiki.contrib.cdd.knowledge.TutorialShelf;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.tutorials}: the tutorial home (who sees what, grouped by audience and tool) and the "needs
 * review" badge.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(TutorialScriptService.HINT)
@Singleton
@Unstable
public class TutorialScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.tutorials";

    /**
     * The query of the tutorial home: each row is the page, the {@link #COLUMNS} properties, the title and the
     * creator; one row per page, whatever its translations. The template is not a tutorial. The audience, a
     * multi-valued list, comes from {@link #AUDIENCE_QUERY}: selected here, XWiki would give one row per audience and
     * none for a tutorial without one.
     */
    public static final String QUERY = "select doc.fullName, tutorial.level, tutorial.tool, tutorial.toolName, "
        + "tutorial.status, tutorial.lastReviewed, tutorial.durationMinutes, doc.title, doc.creator "
        + "from Document doc, doc.object(CDD.Code.TutorialClass) as tutorial "
        + "where " + RecordLists.COUNCIL_PAGES + " order by doc.title";

    /** The audiences of every tutorial: a page, then one audience. */
    public static final String AUDIENCE_QUERY = RecordLists.listQuery(TutorialClass.REFERENCE, TutorialClass.AUDIENCE);

    /** The properties read from each row of {@link #QUERY}, after the page. */
    public static final List<String> COLUMNS = List.of(TutorialClass.LEVEL, TutorialClass.TOOL,
        TutorialClass.TOOL_NAME, TutorialClass.STATUS, TutorialClass.LAST_REVIEWED, TutorialClass.DURATION_MINUTES);

    /** The query of the tool titles, shared with the tools pages. */
    public static final String TOOL_QUERY = ToolScriptService.TITLE_QUERY;

    /** The filter of the search box. */
    public static final String TEXT = "text";

    @Inject
    private TutorialShelf shelf;

    @Inject
    private ReviewSchedule reviewSchedule;

    @Inject
    private RecordReader reader;

    /** Where stored dates' day is read. */
    @Inject
    private ClockProvider clockProvider;

    /**
     * @return the XWQL statement of the tutorial home
     */
    public String getQuery()
    {
        return QUERY;
    }

    /**
     * @return the index of the state's cell in a row of {@link #getQuery()}, which a page replaces by the confirmed
     *     state ({@code ConfirmedStates.overlay}) before {@code shelf} reads the rows
     */
    public int getStatusColumn()
    {
        return 1 + COLUMNS.indexOf(TutorialClass.STATUS);
    }

    /**
     * @return the index of the last check's cell in a row of {@link #getQuery()}, which a page replaces by the
     *     confirmed stamp ({@code ConfirmedStates.overlayStamp})
     */
    public int getLastReviewedColumn()
    {
        return 1 + COLUMNS.indexOf(TutorialClass.LAST_REVIEWED);
    }

    /**
     * @return the XWQL statement of the tutorials' audiences
     */
    public String getAudienceQuery()
    {
        return AUDIENCE_QUERY;
    }

    /**
     * @return the XWQL statement of the tool titles
     */
    public String getToolQuery()
    {
        return TOOL_QUERY;
    }

    /**
     * @return the audiences, in the class order
     */
    public List<String> getAudiences()
    {
        return allowed(TutorialClass.AUDIENCE);
    }

    /**
     * @return the levels, in the class order
     */
    public List<String> getLevels()
    {
        return allowed(TutorialClass.LEVEL);
    }

    /**
     * @param configured the review period the council configured, in months
     * @return that period, or {@link ReviewSchedule#DEFAULT_MONTHS} when it is blank, not a number, below 1 or
     *     above {@link DateBounds#MAX_MONTHS}
     */
    public int reviewMonths(Object configured)
    {
        Integer months = ScriptValues.toInteger(configured);
        return months != null && months >= 1 && months <= DateBounds.MAX_MONTHS ? months
            : ReviewSchedule.DEFAULT_MONTHS;
    }

    /**
     * @param lastReviewed the tutorial's last review date (a Date, or an ISO day), or null
     * @param months the configured review period, as {@link #reviewMonths(Object)} reads it
     * @return whether the tutorial is due for a review
     */
    public boolean needsReview(Object lastReviewed, Object months)
    {
        return this.reviewSchedule.needsReview(
            ScriptValues.toDate(lastReviewed, this.clockProvider.getStorageZone()), reviewMonths(months));
    }

    /**
     * @param rows the rows of {@link #QUERY}
     * @param audienceRows the rows of {@link #AUDIENCE_QUERY}
     * @param toolRows the rows of {@link #TOOL_QUERY}
     * @param filters what the reader typed or chose: {@code text} (words), {@code audience}, {@code level}; a
     *     missing or blank one means any
     * @param months the configured review period
     * @param user the reader
     * @param role the reader's council role
     * @return the tutorials the reader may see and asked for, by audience then tool
     */
    public List<AudienceShelf> shelf(List<?> rows, List<?> audienceRows, List<?> toolRows, Map<String, ?> filters,
        Object months, String user, String role)
    {
        Map<String, List<String>> audiences = RecordLists.listValues(audienceRows);
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add(TutorialClass.AUDIENCE);
        List<TutorialItem> items = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() < COLUMNS.size() + 3) {
                continue;
            }
            String page = RecordLists.page(cells.get(0));
            List<Object> values = new ArrayList<>(cells.subList(1, COLUMNS.size() + 1));
            values.add(audiences.getOrDefault(page, List.of()));
            EntityRecord tutorial = this.reader.readRow(TutorialClass.DEFINITION, page, columns, values).record();
            items.add(new TutorialItem(tutorial, text(cells.get(COLUMNS.size() + 1)),
                text(cells.get(COLUMNS.size() + 2))));
        }
        Map<String, String> toolTitles = RecordLists.titles(toolRows);
        Map<String, ?> asked = filters == null ? Map.of() : filters;
        TutorialQuestion question = new TutorialQuestion(text(asked.get(TEXT)), text(asked.get(TutorialClass.AUDIENCE)),
            text(asked.get(TutorialClass.LEVEL)), reviewMonths(months), user,
            CouncilRole.ANIMATOR.id().equals(role));
        return this.shelf.arrange(items, toolTitles, question);
    }

    private static List<String> allowed(String property)
    {
        return TutorialClass.DEFINITION.property(property).map(PropertyDefinition::allowedValues).orElse(List.of());
    }

    private static String text(Object value)
    {
        return value == null ? "" : String.valueOf(value);
    }
}
