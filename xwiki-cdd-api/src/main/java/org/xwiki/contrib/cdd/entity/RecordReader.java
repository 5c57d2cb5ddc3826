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
package org.xwiki.contrib.cdd.entity;

import java.util.List;
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Turns what a page reads (an object's property values, or a query row) into an {@link EntityRecord}, converting each
 * value to its type and reporting every value it cannot read. It never throws on user data.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface RecordReader
{
    /**
     * @param definition the entity
     * @param page the page holding the object, used in errors
     * @param values the property values as XWiki gives them (String, Date, Number, List, "a|b"…)
     * @return the record and the errors
     */
    RecordResult read(EntityDefinition definition, String page, Map<String, ?> values);

    /**
     * @param definition the entity
     * @param page the page of the row, used in errors
     * @param columns the property name of each column of the row
     * @param row the row, as a query returns it
     * @return the record and the errors
     */
    RecordResult readRow(EntityDefinition definition, String page, List<String> columns, List<?> row);
}
