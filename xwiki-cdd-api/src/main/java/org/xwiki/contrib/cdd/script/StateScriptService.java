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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.states}: the workflow states the service confirmed, which pages trust instead of the copy a
 * record holds (see {@link WorkflowStateClass}). A page runs {@link #getQuery()} (or {@link #getRecordQuery()} for
 * one record) without the {@code viewable} filter, since only animators may view the state pages, and reads the rows
 * with {@link #of(List)}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(StateScriptService.HINT)
@Singleton
@Unstable
public class StateScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.states";

    /** Every confirmed state: state page, record, slot, state, stamps, who made the last move. */
    public static final String QUERY = String.format("select doc.fullName, state.%s, state.%s, state.%s, state.%s, "
        + "state.%s from Document doc, doc.object(%s) as state where doc.translation = 0 and (doc.space = '%s' or "
        + "doc.space like '%s.%%')", WorkflowStateClass.RECORD, WorkflowStateClass.SLOT, WorkflowStateClass.STATUS,
        WorkflowStateClass.STAMPS, WorkflowStateClass.MOVED_BY, WorkflowStateClass.REFERENCE, WorkflowStateClass.SPACE,
        WorkflowStateClass.SPACE);

    /** The confirmed states of one record, bound to {@code :record}. */
    public static final String RECORD_QUERY =
        QUERY + String.format(" and state.%s = :record", WorkflowStateClass.RECORD);

    /** The confirmed states of several records, bound to {@code :records} (a list that is never empty). */
    public static final String RECORDS_QUERY =
        QUERY + String.format(" and state.%s in (:records)", WorkflowStateClass.RECORD);

    /** The most records {@link #records(List)} names: a query's list parameter stays small. */
    public static final int MAX_RECORDS = 500;

    /**
     * @return the statement of every confirmed state of the council
     */
    public String getQuery()
    {
        return QUERY;
    }

    /**
     * @return the statement of one record's confirmed states, with the parameter {@code record}
     */
    public String getRecordQuery()
    {
        return RECORD_QUERY;
    }

    /**
     * @return the statement of the confirmed states of several records, with the list parameter {@code records}
     */
    public String getRecordsQuery()
    {
        return RECORDS_QUERY;
    }

    /**
     * @param rows query rows whose first cell names a record
     * @return the records they name, each once, in their order (at most {@link #MAX_RECORDS}); an empty name when
     *     there is none, so that the list parameter of {@link #getRecordsQuery()} stays valid
     */
    public List<String> records(List<?> rows)
    {
        Set<String> records = new LinkedHashSet<>();
        for (Object row : rows == null ? List.<Object>of() : rows) {
            List<?> cells = RecordLists.cells(row);
            if (!cells.isEmpty() && records.size() < MAX_RECORDS) {
                records.add(RecordLists.page(cells.get(0)));
            }
        }
        return records.isEmpty() ? List.of("") : List.copyOf(records);
    }

    /**
     * For what the service writes on state pages besides states (the methods' feedback): rows read from state pages,
     * each named by its record instead, kept only for the records the reader may see.
     *
     * @param rows query rows whose first cell is a state page
     * @param records the records to keep (e.g. the pages a {@code viewable} query returned)
     * @return the rows as arrays whose first cell is the record, in their order
     */
    public List<Object[]> onRecords(List<?> rows, Collection<?> records)
    {
        Set<String> kept = new LinkedHashSet<>();
        for (Object record : records == null ? List.of() : records) {
            kept.add(RecordLists.page(record));
        }
        List<Object[]> named = new ArrayList<>();
        for (Object[] cells : RecordLists.withPages(rows)) {
            String record = cells.length == 0 ? null : WorkflowStateClass.recordOf(String.valueOf(cells[0]));
            if (record != null && kept.contains(record)) {
                cells[0] = record;
                named.add(cells);
            }
        }
        return named;
    }

    /**
     * @param rows the rows of {@link #getQuery()} or {@link #getRecordQuery()}
     * @return the confirmed states they hold
     */
    public ConfirmedStates of(List<?> rows)
    {
        return ConfirmedStates.of(rows);
    }

    /**
     * @param workflow a workflow id
     * @param number the moved object's number
     * @return the value that finds its state object on the state page, e.g. {@code recommendation:2}; {@code null}
     *     for an unknown workflow or a number that is not one
     */
    public String slot(String workflow, Object number)
    {
        Integer objectNumber = ScriptValues.toInteger(number);
        boolean known = workflow != null && CouncilWorkflows.ALL.containsKey(workflow);
        return known && objectNumber != null && objectNumber >= 0 ? WorkflowStateClass.slot(workflow, objectNumber)
            : null;
    }

    /**
     * @param record a record's full name
     * @return the full name of its state page, or {@code null} outside the council's record spaces
     */
    public String page(String record)
    {
        return WorkflowStateClass.statePage(record);
    }
}
