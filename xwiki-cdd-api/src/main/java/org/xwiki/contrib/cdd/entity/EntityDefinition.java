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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.stability.Unstable;

/**
 * The one definition of an entity's XClass: its id, the class reference and its properties. The XAR class pages must
 * match it (the page harness compares them property by property).
 *
 * @param id the entity id used in pages and translation keys, e.g. {@code saisine}
 * @param classReference the XClass, e.g. {@code CDD.Code.SaisineClass}
 * @param properties the properties, by name, in display order
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record EntityDefinition(String id, String classReference, Map<String, PropertyDefinition> properties)
{
    /**
     * Copies the properties so that a definition cannot change.
     */
    public EntityDefinition
    {
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * @param name a property name
     * @return its definition, empty when the class has no such property
     */
    public Optional<PropertyDefinition> property(String name)
    {
        return Optional.ofNullable(this.properties.get(name));
    }

    /**
     * @param id the entity id
     * @param classReference the XClass reference
     * @return a builder
     */
    public static Builder builder(String id, String classReference)
    {
        return new Builder(id, classReference);
    }

    /**
     * Builds a definition property by property, in display order.
     */
    public static final class Builder
    {
        private final String id;

        private final String classReference;

        private final List<PropertyDefinition> properties = new ArrayList<>();

        private Builder(String id, String classReference)
        {
            this.id = id;
            this.classReference = classReference;
        }

        /**
         * @param name a property name
         * @param type its type (not a list with fixed values, see {@link #list})
         * @return this builder
         */
        public Builder add(String name, PropertyType type)
        {
            this.properties.add(new PropertyDefinition(name, type, List.of(), "", 0));
            return this;
        }

        /**
         * @param name a text property name
         * @param maxLength its maximum length
         * @return this builder
         */
        public Builder text(String name, int maxLength)
        {
            this.properties.add(new PropertyDefinition(name, PropertyType.TEXT, List.of(), "", maxLength));
            return this;
        }

        /**
         * @param name a property name
         * @param type {@link PropertyType#LIST} or {@link PropertyType#LIST_MULTI}
         * @param values the stable ids
         * @return this builder
         */
        public Builder list(String name, PropertyType type, String... values)
        {
            this.properties.add(new PropertyDefinition(name, type, Arrays.asList(values), "", 0));
            return this;
        }

        /**
         * @param name a property name
         * @param type {@link PropertyType#LIST} or {@link PropertyType#LIST_MULTI}
         * @param values the stable ids
         * @return this builder
         */
        public Builder list(String name, PropertyType type, List<String> values)
        {
            this.properties.add(new PropertyDefinition(name, type, values, "", 0));
            return this;
        }

        /**
         * @param name a property name
         * @param type {@link PropertyType#PAGE} or {@link PropertyType#PAGES}
         * @param targetClass the class the pages hold
         * @return this builder
         */
        public Builder page(String name, PropertyType type, String targetClass)
        {
            this.properties.add(new PropertyDefinition(name, type, List.of(), targetClass, 0));
            return this;
        }

        /**
         * @return the definition
         */
        public EntityDefinition build()
        {
            Map<String, PropertyDefinition> byName = new LinkedHashMap<>();
            for (PropertyDefinition property : this.properties) {
                if (byName.put(property.name(), property) != null) {
                    throw new IllegalStateException(this.classReference + " defines " + property.name() + " twice");
                }
            }
            return new EntityDefinition(this.id, this.classReference, byName);
        }
    }
}
