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
package org.xwiki.contrib.cdd.internal.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.PropertyType;
import org.xwiki.contrib.cdd.entity.RecordError;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.RecordResult;

/**
 * Converts raw values property by property and collects one {@link RecordError} per value it cannot read.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultRecordReader implements RecordReader
{
    private static final String VALUE_SEPARATOR = ", ";

    /** Where a stored date's day is read: the zone XWiki wrote it in (see ClockProvider#getStorageZone). */
    @Inject
    private ClockProvider clockProvider;

    /**
     * The component manager's constructor: it injects the clock.
     */
    public DefaultRecordReader()
    {
        // Fields are injected.
    }

    /**
     * @param clockProvider where the council's time zone comes from, for code that reads records outside a component
     *     manager (tests, benchmarks)
     */
    public DefaultRecordReader(ClockProvider clockProvider)
    {
        this.clockProvider = clockProvider;
    }

    @Override
    public RecordResult read(EntityDefinition definition, String page, Map<String, ?> values)
    {
        Map<String, Object> converted = new HashMap<>();
        List<RecordError> errors = new ArrayList<>();
        if (values != null) {
            // Definition order first, so that messages come in the order the form shows the fields.
            for (PropertyDefinition property : definition.properties().values()) {
                Object raw = values.get(property.name());
                if (raw != null) {
                    convert(definition, page, property, raw, converted, errors);
                }
            }
            values.keySet().stream().filter(name -> !definition.properties().containsKey(name))
                .forEach(name -> errors.add(error(definition, page, name, values.get(name),
                    RecordError.UNKNOWN_PROPERTY, List.of(name))));
        }
        return new RecordResult(new EntityRecord(definition, page, converted), errors);
    }

    @Override
    public RecordResult readRow(EntityDefinition definition, String page, List<String> columns, List<?> row)
    {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && row != null && i < row.size(); i++) {
            values.put(columns.get(i), row.get(i));
        }
        return read(definition, page, values);
    }

    private void convert(EntityDefinition definition, String page, PropertyDefinition property, Object raw,
        Map<String, Object> converted, List<RecordError> errors)
    {
        Object value = convertValue(property, raw, this.clockProvider.getStorageZone());
        if (value == ValueConversion.FAILED) {
            errors.add(error(definition, page, property.name(), raw, failureKey(property.type()), List.of()));
            return;
        }
        if (value == ValueConversion.OUT_OF_RANGE) {
            errors.add(error(definition, page, property.name(), raw, RecordError.DATE_OUT_OF_RANGE,
                List.of(DateBounds.MIN.toString(), DateBounds.MAX.toString())));
            return;
        }
        if (value == null) {
            return;
        }
        List<String> unknown = unknownValues(property, value);
        if (!unknown.isEmpty()) {
            String allowed = String.join(VALUE_SEPARATOR, property.allowedValues());
            errors.add(error(definition, page, property.name(), raw, RecordError.UNKNOWN_VALUE,
                List.of(String.join(VALUE_SEPARATOR, unknown), allowed)));
            return;
        }
        if (property.maxLength() > 0 && value.toString().length() > property.maxLength()) {
            errors.add(error(definition, page, property.name(), raw, RecordError.TOO_LONG,
                List.of(value.toString().length(), property.maxLength())));
        }
        converted.put(property.name(), value);
    }

    private static Object convertValue(PropertyDefinition property, Object raw, java.time.ZoneId zone)
    {
        PropertyType type = property.type();
        switch (type) {
            case DATE:
            case DATE_TIME:
                return ValueConversion.date(raw, type == PropertyType.DATE_TIME, zone);
            case INTEGER:
                return ValueConversion.integer(raw);
            case BOOLEAN:
                return ValueConversion.flag(raw);
            default:
                return type.isMultiple() ? ValueConversion.list(raw) : ValueConversion.text(raw);
        }
    }

    private static String failureKey(PropertyType type)
    {
        switch (type) {
            case INTEGER:
                return RecordError.BAD_NUMBER;
            case BOOLEAN:
                return RecordError.BAD_BOOLEAN;
            default:
                return RecordError.BAD_DATE;
        }
    }

    private static List<String> unknownValues(PropertyDefinition property, Object value)
    {
        if (property.allowedValues().isEmpty()) {
            return List.of();
        }
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        return values.stream().map(Object::toString).filter(v -> !property.allowedValues().contains(v)).toList();
    }

    private static RecordError error(EntityDefinition definition, String page, String property, Object raw,
        String key, List<Object> parameters)
    {
        return new RecordError(definition.id(), page, property, String.valueOf(raw), key, parameters);
    }
}
