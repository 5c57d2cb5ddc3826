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
package org.xwiki.contrib.cdd.test.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One property of an XClass as written in a XAR page: its name, its Java class type and its other metadata
 * ({@code values}, {@code multiSelect}…).
 *
 * @version $Id$
 */
public record PropertyDefinition(String name, String classType, Map<String, String> attributes)
{
    /**
     * @return the stable ids of a static list ({@code id=Label|id2} or {@code id|id2}), empty for other types
     */
    public List<String> listValueIds()
    {
        List<String> ids = new ArrayList<>();
        String values = this.attributes.get("values");
        if (values == null || values.isBlank() || !this.classType.endsWith("StaticListClass")) {
            return ids;
        }
        for (String value : values.split("\\|")) {
            int equals = value.indexOf('=');
            ids.add(equals < 0 ? value.trim() : value.substring(0, equals).trim());
        }
        return ids;
    }

    /**
     * @return the labels of a static list's values ({@code key=Label}), by key; a value without label is absent
     */
    public Map<String, String> listLabels()
    {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        String values = this.attributes.get("values");
        if (values != null && this.classType.endsWith("StaticListClass")) {
            for (String value : values.split("\\|")) {
                int equals = value.indexOf('=');
                if (equals >= 0) {
                    labels.put(value.substring(0, equals).trim(), value.substring(equals + 1).trim());
                }
            }
        }
        return labels;
    }

    /**
     * @return the class type without its package, e.g. {@code StaticListClass}
     */
    public String simpleType()
    {
        return this.classType.substring(this.classType.lastIndexOf('.') + 1);
    }
}
