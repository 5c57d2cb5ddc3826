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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.contrib.cdd.workflow.Transition;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;
import org.xwiki.stability.Unstable;

/**
 * The states the workflow service confirmed, read from the state pages of {@code CDD.States} (see
 * {@link WorkflowStateClass}): what a page trusts instead of the copy a record holds, which any member who may edit
 * the record can change by a plain save. A record the service never moved is in its workflow's initial state.
 * <p>
 * Immutable: made per request from the rows of {@link StateScriptService#getQuery()}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ConfirmedStates
{
    /** The most rows a list keeps: the lists of the pages show a few dozen. */
    public static final int MAX_LIMIT = 1000;

    private static final Pattern STAMP_NAME = Pattern.compile("[A-Za-z]{1,40}");

    private static final String SEPARATOR = "\u0000";

    /** Per record and workflow, the objects' states by object number. */
    private final Map<String, NavigableMap<Integer, State>> states;

    /**
     * One object's confirmed state.
     *
     * @param status the state
     * @param stamps the dates the service stamped, by property
     * @param movedBy who made the last move (the user, as the service recorded it)
     */
    private record State(String status, Map<String, Date> stamps, String movedBy)
    {
    }

    private ConfirmedStates(Map<String, NavigableMap<Integer, State>> states)
    {
        this.states = states;
    }

    /**
     * @param rows the rows of {@link StateScriptService#getQuery()}: state page, record, slot, state, stamps, who
     *     moved; a row
     *     whose page is not its record's state page, whose slot names no workflow or whose state is not one of that
     *     workflow's is left out
     * @return the confirmed states
     */
    static ConfirmedStates of(List<?> rows)
    {
        Map<String, NavigableMap<Integer, State>> states = new HashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String record = cells.size() < 4 ? "" : text(cells.get(1));
            String slot = cells.size() < 4 ? "" : text(cells.get(2));
            WorkflowDefinition workflow = workflowOf(slot);
            Integer number =
                workflow == null ? null : ScriptValues.toInteger(slot.substring(slot.lastIndexOf(':') + 1));
            if (number != null && isStateOf(cells, record, workflow)) {
                Map<String, Date> stamps = stamps(cells.size() > 4 ? cells.get(4) : null, workflow);
                String movedBy = movedBy(cells);
                states.computeIfAbsent(key(record, workflow.id()), k -> new TreeMap<>()).put(number,
                    new State(text(cells.get(3)), stamps, movedBy));
            }
        }
        return new ConfirmedStates(states);
    }

    private static String movedBy(List<?> cells)
    {
        return cells.size() > 5 && cells.get(5) != null ? text(cells.get(5)) : null;
    }

    private static WorkflowDefinition workflowOf(String slot)
    {
        int colon = slot.lastIndexOf(':');
        return colon > 0 ? definition(slot.substring(0, colon)) : null;
    }

    // The row comes from the record's own state page and holds one of the workflow's states.
    private static boolean isStateOf(List<?> cells, String record, WorkflowDefinition workflow)
    {
        return workflow.states().contains(text(cells.get(3)))
            && RecordLists.page(cells.get(0)).equals(WorkflowStateClass.statePage(record));
    }

    /**
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @return the confirmed state of the record's first object of that workflow, or the workflow's initial state
     *     when the service never moved it; {@code null} for an unknown workflow
     */
    public String state(Object record, String workflow)
    {
        return state(record, workflow, null);
    }

    /**
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @param number the object's number (a recommendation, an article); {@code null} for the record's first object
     * @return the confirmed state, or the workflow's initial state when the service never moved that object;
     *     {@code null} for an unknown workflow
     */
    public String state(Object record, String workflow, Object number)
    {
        WorkflowDefinition definition = definition(workflow);
        if (definition == null) {
            return null;
        }
        return find(record, workflow, number).map(State::status).orElse(definition.initialState());
    }

    /**
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @param number the object's number; {@code null} for the record's first object
     * @param property a date the workflow stamps, e.g. {@code publicationDate}
     * @return the date the service stamped, or {@code null}
     */
    public Date stamp(Object record, String workflow, Object number, String property)
    {
        return property == null ? null : find(record, workflow, number).map(state -> state.stamps().get(property))
            .orElse(null);
    }

    /**
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @param number the object's number; {@code null} for the record's first object
     * @return who made the last move of that object (for a published tutorial: who last checked it), as the service
     *     recorded it; {@code null} when the service never moved it
     */
    public String movedBy(Object record, String workflow, Object number)
    {
        return find(record, workflow, number).map(State::movedBy).orElse(null);
    }

    /**
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @param number the object's number; {@code null} for the record's first object
     * @return whether the service ever moved that object
     */
    public boolean isConfirmed(Object record, String workflow, Object number)
    {
        return find(record, workflow, number).isPresent();
    }

    /**
     * What the workflow check reads: the record's values, but the state's stamps in place of the record's copies
     * (a date typed into the record neither stamps nor keeps a stamp from being set).
     *
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @param number the object's number; {@code null} for the record's first object
     * @param values the record object's values
     * @return the values with the confirmed stamps (an unconfirmed stamp removed)
     */
    public Map<String, Object> values(Object record, String workflow, Object number, Map<?, ?> values)
    {
        Map<String, Object> checked = new LinkedHashMap<>(ScriptValues.toValueMap(values));
        WorkflowDefinition definition = definition(workflow);
        if (definition != null) {
            for (String stamp : stampNames(definition)) {
                checked.put(stamp, stamp(record, workflow, number, stamp));
            }
        }
        return checked;
    }

    /**
     * The stamps after a move: the confirmed ones, plus those the move sets now.
     *
     * @param record a record's full name, or its reference (a row's first cell after XWiki's {@code document}
     *     filter)
     * @param workflow a workflow id
     * @param number the object's number
     * @param stamped the stamps the move sets
     * @param now the application's now
     * @return the text to store in {@link WorkflowStateClass#STAMPS}
     */
    public String stampsAfter(Object record, String workflow, Object number, Collection<?> stamped, Date now)
    {
        Map<String, Date> stamps = new TreeMap<>(find(record, workflow, number).map(State::stamps).orElse(Map.of()));
        for (Object name : stamped == null ? List.of() : stamped) {
            if (name != null && STAMP_NAME.matcher(name.toString()).matches() && now != null) {
                stamps.put(name.toString(), now);
            }
        }
        StringBuilder text = new StringBuilder();
        stamps.forEach((name, date) -> text.append(name).append('=').append(date.toInstant()).append('\n'));
        return text.toString();
    }

    /**
     * @param rows query rows whose first cell names a record
     * @param workflow a workflow id
     * @param wanted the states to keep
     * @param limit the most rows kept (bounded by {@link #MAX_LIMIT})
     * @return the rows, in their order, whose record's confirmed state is among the wanted ones
     */
    public List<Object> keep(List<?> rows, String workflow, Collection<?> wanted, int limit)
    {
        List<Object> kept = new ArrayList<>();
        int most = Math.max(0, Math.min(limit, MAX_LIMIT));
        for (Object row : rows == null ? List.of() : rows) {
            if (kept.size() >= most) {
                break;
            }
            String record = RecordLists.page(RecordLists.cells(row).isEmpty() ? null : RecordLists.cells(row).get(0));
            String state = state(record, workflow);
            if (state != null && wanted != null && wanted.stream().anyMatch(state::equals)) {
                kept.add(row);
            }
        }
        return kept;
    }

    /**
     * For the Java parts that read a state among other columns (the tutorial home): each row with the cell at
     * {@code column} replaced by its record's confirmed state.
     *
     * @param rows query rows whose first cell names a record
     * @param workflow a workflow id
     * @param column the index of the state's cell (after the page, so at least 1)
     * @return the rows as arrays, in their order; a row too short keeps its cells
     */
    public List<Object[]> overlay(List<?> rows, String workflow, int column)
    {
        return replaced(rows, column, record -> state(record, workflow));
    }

    /**
     * For the Java parts that read a stamped date among other columns (the tutorial home): each row with the cell at
     * {@code column} replaced by its record's confirmed stamp (none when the service never stamped it).
     *
     * @param rows query rows whose first cell names a record
     * @param workflow a workflow id
     * @param column the index of the date's cell (after the page, so at least 1)
     * @param stamp the stamped property, e.g. {@code lastReviewed}
     * @return the rows as arrays, in their order; a row too short keeps its cells
     */
    public List<Object[]> overlayStamp(List<?> rows, String workflow, int column, String stamp)
    {
        return replaced(rows, column, record -> stamp(record, workflow, null, stamp));
    }

    // Each row as an array whose cell at the column (after the page) is what the record's confirmed value gives.
    private static List<Object[]> replaced(List<?> rows, int column, Function<String, Object> confirmed)
    {
        List<Object[]> overlaid = new ArrayList<>();
        for (Object[] cells : RecordLists.withPages(rows)) {
            if (column >= 1 && column < cells.length) {
                cells[column] = confirmed.apply(String.valueOf(cells[0]));
            }
            overlaid.add(cells);
        }
        return overlaid;
    }

    private Optional<State> find(Object record, String workflow, Object number)
    {
        NavigableMap<Integer, State> objects = this.states.get(key(RecordLists.page(record), workflow));
        if (objects == null || objects.isEmpty()) {
            return Optional.empty();
        }
        if (number == null) {
            return Optional.of(objects.firstEntry().getValue());
        }
        Integer wanted = ScriptValues.toInteger(number);
        return wanted == null ? Optional.empty() : Optional.ofNullable(objects.get(wanted));
    }

    private static WorkflowDefinition definition(String workflow)
    {
        return workflow == null ? null : CouncilWorkflows.ALL.get(workflow);
    }

    private static List<String> stampNames(WorkflowDefinition workflow)
    {
        return workflow.transitions().stream().map(Transition::stampedDates).flatMap(List::stream).distinct()
            .toList();
    }

    private static Map<String, Date> stamps(Object text, WorkflowDefinition workflow)
    {
        Map<String, Date> stamps = new HashMap<>();
        List<String> names = stampNames(workflow);
        for (String line : text == null ? new String[0] : text.toString().split("\n", 64)) {
            int equals = line.indexOf('=');
            if (equals > 0 && names.contains(line.substring(0, equals).trim())) {
                date(line.substring(equals + 1).trim()).ifPresent(date -> stamps.put(line.substring(0, equals)
                    .trim(), date));
            }
        }
        return Map.copyOf(stamps);
    }

    private static Optional<Date> date(String instant)
    {
        if (instant.length() > 40) {
            return Optional.empty();
        }
        try {
            Instant parsed = Instant.parse(instant);
            return DateBounds.contains(parsed.atOffset(ZoneOffset.UTC).toLocalDate()) ? Optional.of(Date.from(parsed))
                : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String key(String record, String workflow)
    {
        return record + SEPARATOR + workflow;
    }

    private static String text(Object cell)
    {
        return cell == null ? "" : cell.toString();
    }
}
