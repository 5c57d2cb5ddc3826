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
package org.xwiki.contrib.cdd.test.query;

import org.xwiki.contrib.cdd.test.page.PropertyDefinition;

/**
 * Where XWiki stores the value of an object property, by the type of its class property: the table of the Hibernate
 * mapping ({@code xwiki.hbm.xml}) and the property class each XClass type creates ({@code newProperty()} of
 * {@code com.xpn.xwiki.objects.classes.*Class}). A multi-valued list with relational storage keeps one row per value
 * ({@code DBStringListProperty}), which is why a query joined on it gives one row per value.
 *
 * @version $Id$
 */
enum PropertyStorage
{
    /** {@code StringProperty}: strings, single-valued lists and pages. */
    STRING("xwikistrings", "XWS_", "StringProperty"),

    /** {@code LargeStringProperty}: text areas and user lists. */
    LARGE_STRING("xwikilargestrings", "XWL_", "LargeStringProperty"),

    /** {@code IntegerProperty}: integer numbers and booleans. */
    INTEGER("xwikiintegers", "XWI_", "IntegerProperty"),

    /** {@code LongProperty}. */
    LONG("xwikilongs", "XWL_", "LongProperty"),

    /** {@code DoubleProperty} and {@code FloatProperty}. */
    DOUBLE("xwikidoubles", "XWD_", "DoubleProperty"),

    /** {@code DateProperty}. */
    DATE("xwikidates", "XWS_", "DateProperty"),

    /** {@code StringListProperty}: multi-valued lists without relational storage, the values joined in one text. */
    STRING_LIST("xwikilargestrings", "XWL_", "StringListProperty"),

    /** {@code DBStringListProperty}: multi-valued lists with relational storage, one row per value. */
    LIST_ITEMS("xwikilistitems", "XWL_", "DBStringListProperty");

    private final String table;

    private final String prefix;

    private final String propertyClass;

    PropertyStorage(String table, String prefix, String propertyClass)
    {
        this.table = table;
        this.prefix = prefix;
        this.propertyClass = propertyClass;
    }

    /** @return the table */
    String table()
    {
        return this.table;
    }

    /** @return the column holding the object id */
    String idColumn()
    {
        return this.prefix + "ID";
    }

    /** @return the column holding the property name */
    String nameColumn()
    {
        return this.prefix + "NAME";
    }

    /** @return the column holding the value */
    String valueColumn()
    {
        return this.prefix + "VALUE";
    }

    /** @return the simple name of the property class, for {@code xwikiproperties} */
    String propertyClass()
    {
        return this.propertyClass;
    }

    /** @return whether one row is stored per value */
    boolean isMultiple()
    {
        return this == LIST_ITEMS;
    }

    /**
     * @param property a class property
     * @return how its values are stored
     * @throws IllegalArgumentException for a type the harness does not store (say so rather than guess)
     */
    static PropertyStorage of(PropertyDefinition property)
    {
        boolean multiple = "1".equals(property.attributes().get("multiSelect"));
        boolean relational = "1".equals(property.attributes().get("relationalStorage"));
        switch (property.simpleType()) {
            case "StringClass":
            case "EmailClass":
                return STRING;
            case "TextAreaClass":
            case "UsersClass":
            case "GroupsClass":
                return LARGE_STRING;
            case "BooleanClass":
                return INTEGER;
            case "NumberClass":
                return number(property.attributes().getOrDefault("numberType", "long"));
            case "DateClass":
                return DATE;
            case "StaticListClass":
            case "PageClass":
            case "DBListClass":
                if (multiple) {
                    return relational ? LIST_ITEMS : STRING_LIST;
                }
                return STRING;
            default:
                throw new IllegalArgumentException(property.name() + ": the harness does not store "
                    + property.classType());
        }
    }

    private static PropertyStorage number(String numberType)
    {
        switch (numberType) {
            case "integer":
                return INTEGER;
            case "float":
            case "double":
                return DOUBLE;
            default:
                return LONG;
        }
    }
}
