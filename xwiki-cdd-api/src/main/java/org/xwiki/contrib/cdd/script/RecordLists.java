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
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.EntityRecord;
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
     * @param rows query rows whose first cell is a page and last cell its title
     * @return the title of each page
     */
    static Map<String, String> titles(List<?> rows)
    {
        Map<String, String> titles = new HashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = cells(row);
            if (cells.size() >= 2) {
                titles.put(String.valueOf(cells.get(0)), String.valueOf(cells.get(cells.size() - 1)));
            }
        }
        return titles;
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
