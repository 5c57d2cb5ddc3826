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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;

/**
 * Where the indicators read each kind of record: one query of its single-valued properties, and one query per
 * multi-valued list (XWQL joins a list per value: selected with the rest, it would repeat a record per value and drop
 * those whose list is empty). The members come from the composition's two queries ({@link MemberRows}).
 *
 * @version $Id$
 * @since 1.0.0
 */
final class IndicatorSources
{
    /**
     * One kind of record.
     *
     * @param entity the entity id the rows are read as
     * @param classReference its class
     * @param columns the single-valued properties read, in column order after the page
     * @param lists the multi-valued lists read, each by its own query
     */
    record Source(String entity, String classReference, List<String> columns, List<String> lists, Guard guard)
    {
        Source(String entity, String classReference, List<String> columns, List<String> lists)
        {
            this(entity, classReference, columns, lists, null);
        }
    }

    /**
     * The columns a workflow guards: read from the confirmed states, never from the record's copy.
     *
     * @param workflow the workflow id
     * @param status the column of the state
     * @param stamps the columns of the dates the workflow stamps
     * @param perObject whether a page holds several objects of the workflow (the query then ends with the object's
     *     number)
     */
    record Guard(String workflow, String status, List<String> stamps, boolean perObject)
    {
    }

    /** Each kind of record the indicators read (but the members), under the name the calculator's input uses. */
    static final Map<String, Source> SOURCES = sources();

    private IndicatorSources()
    {
    }

    private static Map<String, Source> sources()
    {
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put("saisines", new Source(SaisineClass.ID, SaisineClass.REFERENCE, List.of(SaisineClass.KIND,
            SaisineClass.ORIGIN_BODY, SaisineClass.STATUS, SaisineClass.RECEIVED_DATE, SaisineClass.DUE_DATE,
            SaisineClass.TRANSMITTED_DATE, SaisineClass.GROUP), List.of(SaisineClass.THEMES,
            SaisineClass.CONTRIBUTIONS, SaisineClass.TRANSMITTED_TO),
            new Guard(CouncilWorkflows.SAISINE.id(), SaisineClass.STATUS, List.of(), false)));
        sources.put("contributions", new Source(ContributionClass.ID, ContributionClass.REFERENCE,
            List.of(ContributionClass.TYPE, ContributionClass.STATUS, ContributionClass.SAISINE,
                ContributionClass.ADOPTION_DATE, ContributionClass.GROUP, ContributionClass.ADOPTING_BODY,
                ContributionClass.PUBLICATION_DATE), List.of(),
            new Guard(CouncilWorkflows.CONTRIBUTION.id(), ContributionClass.STATUS,
                List.of(ContributionClass.PUBLICATION_DATE), false)));
        sources.put("recommendations", new Source(RecommendationClass.ID, RecommendationClass.REFERENCE,
            List.of(RecommendationClass.FOLLOW_UP_STATUS, RecommendationClass.REPLY_DATE,
                RecommendationClass.ADDRESSEE), List.of(),
            new Guard(CouncilWorkflows.RECOMMENDATION.id(), RecommendationClass.FOLLOW_UP_STATUS, List.of(), true)));
        sources.put("meetings", new Source(MeetingClass.ID, MeetingClass.REFERENCE, List.of(MeetingClass.KIND,
            MeetingClass.START, MeetingClass.GROUP), List.of(MeetingClass.METHODS, MeetingClass.EXPECTED,
                MeetingClass.ATTENDEES)));
        sources.put("tutorials", new Source(TutorialClass.ID, TutorialClass.REFERENCE, List.of(TutorialClass.STATUS,
            TutorialClass.PUBLICATION_DATE, TutorialClass.LAST_REVIEWED), List.of(),
            new Guard(CouncilWorkflows.TUTORIAL.id(), TutorialClass.STATUS, List.of(TutorialClass.PUBLICATION_DATE,
                TutorialClass.LAST_REVIEWED), false)));
        return sources;
    }

    /**
     * @param source a kind of record
     * @return the query of its single-valued properties: the page, then {@link Source#columns()}
     */
    static String query(Source source)
    {
        StringBuilder statement = new StringBuilder("select doc.fullName");
        source.columns().forEach(column -> statement.append(", item.").append(column));
        if (source.guard() != null && source.guard().perObject()) {
            statement.append(", item.number");
        }
        return statement.append(" from Document doc, doc.object(").append(source.classReference())
            .append(") as item where ").append(RecordLists.COUNCIL_PAGES).toString();
    }

    /**
     * @param source a kind of record
     * @param listRows the rows of each of its list queries, by property
     * @return the values of each list, by property then page
     */
    static Map<String, Map<String, List<String>>> lists(Source source, Map<?, ?> listRows)
    {
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        for (String list : source.lists()) {
            Object rows = listRows == null ? null : listRows.get(list);
            lists.put(list, RecordLists.listValues(rows instanceof List<?> listValues ? listValues : List.of()));
        }
        return lists;
    }

    /**
     * @param source a kind of record
     * @param cells a row of its query: the page, then its columns
     * @param lists the values of its lists, see {@link #lists(Source, Map)}
     * @param states the confirmed states, which replace the columns the source's workflow guards (none: every
     *     record in its initial state)
     * @return the row's values after the page, each column in its place (a missing cell is empty), then its lists
     */
    static List<Object> values(Source source, List<?> cells, Map<String, Map<String, List<String>>> lists,
        ConfirmedStates states)
    {
        String page = cells.isEmpty() ? "" : RecordLists.page(cells.get(0));
        List<Object> values = RecordLists.cellsAfterPage(cells, source.columns().size());
        Guard guard = source.guard();
        if (guard != null) {
            ConfirmedStates confirmed = states != null ? states : ConfirmedStates.of(List.of());
            Object number = guard.perObject() && cells.size() > source.columns().size() + 1
                ? cells.get(source.columns().size() + 1) : null;
            values.set(source.columns().indexOf(guard.status()), confirmed.state(page, guard.workflow(), number));
            guard.stamps().forEach(stamp -> values.set(source.columns().indexOf(stamp),
                confirmed.stamp(page, guard.workflow(), number, stamp)));
        }
        source.lists().forEach(list -> values.add(lists.get(list).getOrDefault(page, List.of())));
        return values;
    }
}
