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
package org.xwiki.contrib.cdd.publication;

import java.util.List;
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Writes an open dataset as CSV (RFC 4180, UTF-8) and JSON, and its Table Schema (the format of schema.data.gouv.fr),
 * under the Licence Ouverte / Etalab 2.0.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface OpenData
{
    /** The most rows a file holds: far above what a council produces in decades. */
    int MAX_ROWS = 20_000;

    /**
     * @param dataset the dataset
     * @param rows its rows, each value by column name (a String, a LocalDate, an Integer, or absent)
     * @return the CSV: a header line, then one line per row, CRLF line ends, fields quoted when they must be
     */
    String csv(OpenDataset dataset, List<Map<String, Object>> rows);

    /**
     * @param dataset the dataset
     * @param rows its rows
     * @return the JSON: an array of objects, one per row, every column present (null when empty)
     */
    String json(OpenDataset dataset, List<Map<String, Object>> rows);

    /**
     * @param dataset the dataset
     * @param path the URL of its CSV file
     * @return its Table Schema, titles and descriptions in the current language
     */
    String schema(OpenDataset dataset, String path);
}
