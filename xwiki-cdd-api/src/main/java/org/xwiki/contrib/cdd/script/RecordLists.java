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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.entity.RecordResult;

/**
 * Accepts what a page passes as a list of records: {@link EntityRecord}s or the {@link RecordResult}s that
 * {@code $services.cdd.records} returns.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class RecordLists
{
    /**
     * The condition every query of the council's records adds: one row per page (XWiki returns a row per translation
     * too), and only the council's pages (not the templates of {@code CDD.Code}, not an object planted elsewhere in
     * the wiki).
     */
    static final String COUNCIL_PAGES = "doc.translation = 0 and doc.space like 'CDD.%' and doc.space <> 'CDD.Code'";

    private RecordLists()
    {
    }

    /**
     * @param row a query row: an array, a list, or a single value (a query of one column)
     * @return its cells
     */
    static List<?> cells(Object row)
    {
        if (row instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return row instanceof List<?> list ? list : Collections.singletonList(row);
    }

    /**
     * @param cell the first cell of a query row: a page's full name, or the reference XWiki's {@code document} query
     *     filter made of it (whose text carries the wiki, {@code xwiki:CDD.Saisines.PCAET})
     * @return the page's full name, without the wiki; empty for no cell
     */
    static String page(Object cell)
    {
        if (cell == null) {
            return "";
        }
        String text = String.valueOf(cell);
        if (cell instanceof String) {
            return text;
        }
        int colon = text.indexOf(':');
        return colon >= 0 ? text.substring(colon + 1) : text;
    }

    /**
     * Every column keeps its place and a missing cell reads as empty, so that lists joined after them always land in
     * their own column.
     *
     * @param cells a query row's cells: the page, then the columns
     * @param count how many columns follow the page
     * @return the cells after the page, exactly {@code count} of them
     */
    static List<Object> cellsAfterPage(List<?> cells, int count)
    {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(i + 1 < cells.size() ? cells.get(i + 1) : null);
        }
        return values;
    }

    /**
     * @param rows query rows whose first cell names a page (its full name, or a reference of the {@code document}
     *     filter)
     * @return the same rows as arrays whose first cell is the page's full name
     */
    static List<Object[]> withPages(List<?> rows)
    {
        List<Object[]> pages = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            Object[] cells = cells(row).toArray();
            if (cells.length > 0) {
                cells[0] = page(cells[0]);
            }
            pages.add(cells);
        }
        return pages;
    }

    /**
     * @param rows query rows whose first cell is a page and last cell its title
     * @return the title of each page
     */
    static Map<String, String> titles(List<?> rows)
    {
        Map<String, String> titles = new HashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = cells(row);
            if (cells.size() >= 2) {
                titles.put(page(cells.get(0)), String.valueOf(cells.get(cells.size() - 1)));
            }
        }
        return titles;
    }

    /**
     * @param rows query rows by the name of their query; each row a page, then its title
     * @param skipped names of queries whose rows are not titles
     * @return the title of each page, by page; the first row naming a page wins, a row without a title is ignored
     */
    static Map<String, String> firstTitles(Map<?, ?> rows, Collection<String> skipped)
    {
        Map<String, String> titles = new LinkedHashMap<>();
        ScriptValues.toValueMap(rows).forEach((name, value) -> {
            for (Object row : value instanceof List<?> list && !skipped.contains(name) ? list : List.of()) {
                List<?> cells = cells(row);
                if (cells.size() > 1 && cells.get(0) != null && cells.get(1) != null) {
                    titles.putIfAbsent(page(cells.get(0)), cells.get(1).toString());
                }
            }
        });
        return titles;
    }

    /**
     * XWiki joins a multi-valued list property per value: a query that selects it gives one row per value and none
     * for an empty list. So lists are read with their own query (page, value) and gathered here.
     *
     * @param rows query rows: a page, then one value of its list
     * @return each page's values, in row order
     */
    static Map<String, List<String>> listValues(List<?> rows)
    {
        Map<String, List<String>> values = new HashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = cells(row);
            if (cells.size() >= 2 && cells.get(1) != null && !String.valueOf(cells.get(1)).isBlank()) {
                List<String> list = values.computeIfAbsent(page(cells.get(0)), page -> new ArrayList<>());
                String value = String.valueOf(cells.get(1));
                if (!list.contains(value)) {
                    list.add(value);
                }
            }
        }
        return values;
    }

    /**
     * @param classReference a class such as {@code CDD.Code.MethodClass}
     * @param property one of its multi-valued list properties
     * @return the query of that property's values on every page holding the class (not on its translations, which
     *     XWiki would return as rows too): a page, then one value
     */
    static String listQuery(String classReference, String property)
    {
        return "select doc.fullName, item." + property + " from Document doc, doc.object(" + classReference
            + ") as item where " + COUNCIL_PAGES;
    }

    static List<EntityRecord> records(Object items)
    {
        List<EntityRecord> records = new ArrayList<>();
        if (items instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item instanceof RecordResult result) {
                    records.add(result.record());
                } else if (item instanceof EntityRecord record) {
                    records.add(record);
                }
            }
        }
        return records;
    }
}
