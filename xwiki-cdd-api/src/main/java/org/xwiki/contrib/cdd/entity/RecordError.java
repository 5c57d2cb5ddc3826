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

import org.xwiki.stability.Unstable;

/**
 * A value that could not be read into a record: which entity, which page, which property, what value, and why as a
 * translation key with parameters ({@code cdd.record.error.*}).
 *
 * @param entity the entity id
 * @param page the page holding the object (or the query row's page)
 * @param property the property name
 * @param value the value as received, as text
 * @param key the translation key of the reason
 * @param parameters its MessageFormat parameters
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record RecordError(String entity, String page, String property, String value, String key,
    List<Object> parameters)
{
    /** Translation key: the entity has no such property. */
    public static final String UNKNOWN_PROPERTY = "cdd.record.error.unknownProperty";

    /** Translation key: the value is not one of the allowed ids. */
    public static final String UNKNOWN_VALUE = "cdd.record.error.unknownValue";

    /** Translation key: the value is not a date. */
    public static final String BAD_DATE = "cdd.record.error.badDate";

    /**
     * Translation key: the value is a date outside the years the application accepts. Parameters: the first and last
     * dates accepted.
     */
    public static final String DATE_OUT_OF_RANGE = "cdd.record.error.dateOutOfRange";

    /** Translation key: the value is not a whole number. */
    public static final String BAD_NUMBER = "cdd.record.error.badNumber";

    /** Translation key: the value is not yes or no. */
    public static final String BAD_BOOLEAN = "cdd.record.error.badBoolean";

    /** Translation key: the text is longer than allowed. */
    public static final String TOO_LONG = "cdd.record.error.tooLong";

    /**
     * Copies the parameters so that an error cannot change.
     */
    public RecordError
    {
        parameters = List.copyOf(parameters);
    }

    /**
     * @return the property's pretty-name translation key, e.g. {@code CDD.Code.SaisineClass_dueDate}, for pages that
     *     name the property in the message
     */
    public String propertyKey()
    {
        return Entities.find(this.entity).map(d -> d.classReference() + '_' + this.property).orElse(this.property);
    }

    /**
     * @return the error in English, for logs
     */
    public String describe()
    {
        return this.entity + " " + this.page + ": property '" + this.property + "' has '" + this.value + "' ("
            + this.key + " " + this.parameters + ")";
    }
}
