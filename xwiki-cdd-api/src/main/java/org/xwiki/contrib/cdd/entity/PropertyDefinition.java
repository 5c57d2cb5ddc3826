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
 * One property of an entity's XClass.
 *
 * @param name the property name, as in the XClass and in the translation key {@code CDD.Code.<E>Class_<name>}
 * @param type its type
 * @param allowedValues the stable ids of a {@link PropertyType#LIST} or {@link PropertyType#LIST_MULTI} (empty
 *     otherwise); labels come from the keys {@code CDD.Code.<E>Class_<name>_<id>}
 * @param targetClass for {@link PropertyType#PAGE}/{@link PropertyType#PAGES}, the class the pages hold (or empty)
 * @param maxLength the maximum length of a text value, 0 for none
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record PropertyDefinition(String name, PropertyType type, List<String> allowedValues, String targetClass,
    int maxLength)
{
    /**
     * Copies the list so that a definition cannot change.
     */
    public PropertyDefinition
    {
        allowedValues = List.copyOf(allowedValues);
    }
}
