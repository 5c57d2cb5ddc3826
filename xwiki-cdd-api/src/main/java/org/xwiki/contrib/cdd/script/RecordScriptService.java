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
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.display.InertDisplay;
import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.records}: entity definitions, and typed records read from object values or query rows.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(RecordScriptService.HINT)
@Singleton
@Unstable
public class RecordScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.records";

    @Inject
    private RecordReader reader;

    @Inject
    private ScriptErrors errors;

    @Inject
    private InertDisplay inertDisplay;

    /**
     * @param displayed what {@code $doc.display(property, 'view', object)} returned
     * @return it as an HTML macro the page does not parse: plain text escaped, markup cleaned by XWiki's HTML cleaner
     *     in restricted mode (see {@link InertDisplay})
     */
    public String inert(String displayed)
    {
        return this.inertDisplay.inert(displayed);
    }

    /**
     * @return every entity definition
     */
    public List<EntityDefinition> getEntities()
    {
        return Entities.ALL;
    }

    /**
     * @param entity an entity id or class reference
     * @return its definition, null (and lastError) when unknown
     */
    public EntityDefinition definition(String entity)
    {
        this.errors.clear();
        Optional<EntityDefinition> definition = Entities.find(entity);
        return definition.isPresent() ? definition.get()
            : this.errors.fail(ScriptError.UNKNOWN_ENTITY, String.valueOf(entity));
    }

    /**
     * @param entity an entity id or class reference
     * @param page the page holding the object
     * @param values the object's property values
     * @return the record and the values that could not be read, null (and lastError) for an unknown entity
     */
    public RecordResult read(String entity, String page, Map<?, ?> values)
    {
        EntityDefinition definition = definition(entity);
        return definition == null ? null : this.reader.read(definition, page, ScriptValues.toValueMap(values));
    }

    /**
     * @param entity an entity id or class reference
     * @param properties the property of each column after the first, which holds the page
     * @param rows query rows: the page, then one value per property
     * @return one result per row, null (and lastError) for an unknown entity
     */
    public List<RecordResult> readRows(String entity, List<?> properties, List<?> rows)
    {
        EntityDefinition definition = definition(entity);
        if (definition == null) {
            return null;
        }
        List<RecordResult> results = new ArrayList<>();
        // A column without a name keeps its place, so that the next ones still read their own cells.
        List<String> columns = properties == null ? List.of()
            : properties.stream().map(p -> p == null ? "" : p.toString()).toList();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String page = cells.isEmpty() ? "" : RecordLists.page(cells.get(0));
            results.add(this.reader.readRow(definition, page, columns,
                cells.isEmpty() ? List.of() : cells.subList(1, cells.size())));
        }
        return results;
    }

    /**
     * Reads rows whose single-valued properties came from one query and one multi-valued list from another (XWiki
     * joins such a list per value, so selecting it with the rest would repeat each page per value and drop pages
     * whose list is empty).
     *
     * @param entity an entity id such as {@code method}
     * @param properties the single-valued properties of each row of {@code rows}, after the page
     * @param rows query rows
     * @param listProperty the multi-valued list property
     * @param listRows the rows of {@link #listQuery(String, String)} for it
     * @return one record (with its errors) per row, null when the entity or the list property is unknown
     */
    public List<RecordResult> readRows(String entity, List<?> properties, List<?> rows, String listProperty,
        List<?> listRows)
    {
        EntityDefinition definition = definition(entity);
        if (definition == null || listProperty == null || definition.property(listProperty).isEmpty()) {
            return null;
        }
        Map<String, List<String>> lists = RecordLists.listValues(listRows);
        List<String> columns = new ArrayList<>(properties == null ? List.of()
            : properties.stream().map(p -> p == null ? "" : p.toString()).toList());
        List<String> withList = new ArrayList<>(columns);
        withList.add(listProperty);
        List<RecordResult> results = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String page = cells.isEmpty() ? "" : RecordLists.page(cells.get(0));
            List<Object> values = RecordLists.cellsAfterPage(cells, columns.size());
            values.add(lists.getOrDefault(page, List.of()));
            results.add(this.reader.readRow(definition, page, withList, values));
        }
        return results;
    }

    /**
     * @return the condition every query of the council's records adds (one row per page, the council's pages only),
     *     so that pages never type it again
     */
    public String getCouncilPages()
    {
        return RecordLists.COUNCIL_PAGES;
    }

    /**
     * @param entity an entity id such as {@code method}
     * @param listProperty one of its multi-valued list properties
     * @return the XWQL of that list's values (a page, then one value), null when unknown
     */
    public String listQuery(String entity, String listProperty)
    {
        EntityDefinition definition = definition(entity);
        return definition == null || listProperty == null || definition.property(listProperty).isEmpty() ? null
            : RecordLists.listQuery(definition.classReference(), listProperty);
    }

    /**
     * @param rows query rows whose first cell is a page and last cell its title (as the lists of the toolbox and the
     *     tools select them)
     * @return the title of each page
     */
    public Map<String, String> titles(List<?> rows)
    {
        return RecordLists.titles(rows);
    }
}
