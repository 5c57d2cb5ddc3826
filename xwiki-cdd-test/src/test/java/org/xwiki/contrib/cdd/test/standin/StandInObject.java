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
package org.xwiki.contrib.cdd.test.standin;

import java.util.Map;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;

/**
 * Test stand-in for {@code com.xpn.xwiki.api.Object}: an XObject of the page being rendered.
 *
 * @version $Id$
 */
public class StandInObject
{
    private final int number;

    private final Map<String, Object> values;

    private final ClassDefinition definition;

    /**
     * @param number the object number
     * @param values its property values (mutable: pages may set them)
     */
    public StandInObject(int number, Map<String, Object> values)
    {
        this(number, values, null);
    }

    /**
     * @param number the object number
     * @param values its property values (mutable: pages may set them)
     * @param definition its class, whose property types {@link #set(String, Object)} follows; null when unknown
     */
    public StandInObject(int number, Map<String, Object> values, ClassDefinition definition)
    {
        this.number = number;
        this.values = values;
        this.definition = definition;
    }

    /** @return the object number */
    public int getNumber()
    {
        return this.number;
    }

    /**
     * @param name a property name
     * @return its value, null when unset
     */
    public Object getValue(String name)
    {
        return this.values.get(name);
    }

    /**
     * @param name a property name
     * @return its value (Velocity's {@code $object.name})
     */
    public Object get(String name)
    {
        return getValue(name);
    }

    /**
     * As {@code BaseObject.set}: a string or text area property takes a String only (the platform casts it, so
     * anything else fails with a {@code ClassCastException}), a number property takes a Number or its text. Stricter
     * than the platform, which silently ignores it, a property the class lacks fails: it is a page's typo.
     *
     * @param name a property name
     * @param value the new value
     */
    public void set(String name, Object value)
    {
        if (this.definition != null) {
            PropertyDefinition property = this.definition.properties().get(name);
            if (property == null) {
                throw new IllegalArgumentException(this.definition.name() + " has no property " + name);
            }
            String type = property.simpleType();
            if (("StringClass".equals(type) || "TextAreaClass".equals(type)) && value != null
                && !(value instanceof String)) {
                throw new ClassCastException(value.getClass().getName() + " cannot be cast to java.lang.String ("
                    + name + ")");
            }
            if ("NumberClass".equals(type) && value instanceof String text) {
                this.values.put(name, text.isBlank() ? null : Long.valueOf(text.trim()));
                return;
            }
        }
        this.values.put(name, value);
    }
}
