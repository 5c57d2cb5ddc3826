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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * An immutable, typed copy of one object of an entity: what the rules in Java work on. Values are already converted
 * (see {@link RecordReader}): text and single list values are {@link String}, multiple values {@code List<String>},
 * dates {@link LocalDate}, date-times {@link LocalDateTime}, numbers {@link Integer}, flags {@link Boolean}. An empty
 * or unreadable value is absent.
 *
 * @param definition the entity definition
 * @param page the page holding the object
 * @param values the converted values, by property name
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record EntityRecord(EntityDefinition definition, String page, Map<String, Object> values)
{
    /**
     * Copies the values so that a record cannot change (values are never null: an absent value has no key).
     */
    public EntityRecord
    {
        values = Map.copyOf(values);
    }

    /**
     * @param property a property of the entity
     * @return whether it has a value
     */
    public boolean has(String property)
    {
        check(property);
        return this.values.containsKey(property);
    }

    /**
     * @param property a text or single-value property
     * @return its value, null when absent
     */
    public String string(String property)
    {
        check(property);
        Object value = this.values.get(property);
        return value == null ? null : value.toString();
    }

    /**
     * @param property a multiple-value property
     * @return its values, empty when absent
     */
    @SuppressWarnings("unchecked")
    public List<String> strings(String property)
    {
        check(property);
        Object value = this.values.get(property);
        if (value instanceof List) {
            return (List<String>) value;
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /**
     * @param property a date or date-time property
     * @return its date (the day of a date-time), null when absent
     */
    public LocalDate date(String property)
    {
        check(property);
        Object value = this.values.get(property);
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        return (LocalDate) value;
    }

    /**
     * @param property a date-time property
     * @return its value, null when absent
     */
    public LocalDateTime dateTime(String property)
    {
        check(property);
        Object value = this.values.get(property);
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        return (LocalDateTime) value;
    }

    /**
     * @param property a number property
     * @return its value, null when absent
     */
    public Integer integer(String property)
    {
        check(property);
        return (Integer) this.values.get(property);
    }

    /**
     * @param property a yes/no property
     * @return its value, false when absent
     */
    public boolean flag(String property)
    {
        check(property);
        return Boolean.TRUE.equals(this.values.get(property));
    }

    private void check(String property)
    {
        if (!this.definition.properties().containsKey(property)) {
            throw new IllegalArgumentException(this.definition.classReference() + " has no property " + property);
        }
    }
}
