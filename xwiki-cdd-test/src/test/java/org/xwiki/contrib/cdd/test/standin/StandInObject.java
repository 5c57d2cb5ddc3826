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

/**
 * Test stand-in for {@code com.xpn.xwiki.api.Object}: an XObject of the page being rendered.
 *
 * @version $Id$
 */
public class StandInObject
{
    private final int number;

    private final Map<String, Object> values;

    /**
     * @param number the object number
     * @param values its property values (mutable: pages may set them)
     */
    public StandInObject(int number, Map<String, Object> values)
    {
        this.number = number;
        this.values = values;
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
     * @param name a property name
     * @param value the new value
     */
    public void set(String name, Object value)
    {
        this.values.put(name, value);
    }
}
