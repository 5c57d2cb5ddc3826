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

import org.xwiki.stability.Unstable;

/**
 * The type of an XClass property, as XWiki stores it. Each maps to one XWiki property class.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public enum PropertyType
{
    /** One line of text ({@code StringClass}). */
    STRING(XClassTypes.STRING_CLASS, false),

    /** Text on several lines, wiki syntax without scripts ({@code TextAreaClass}, restricted). */
    TEXT(XClassTypes.TEXT_AREA_CLASS, false),

    /** One value among fixed ids ({@code StaticListClass}). */
    LIST(XClassTypes.STATIC_LIST_CLASS, false),

    /** Several values among fixed ids ({@code StaticListClass}, multiSelect). */
    LIST_MULTI(XClassTypes.STATIC_LIST_CLASS, true),

    /** One value among those the administrator configures (ids checked against the configuration). */
    CONFIGURED(XClassTypes.STATIC_LIST_CLASS, false),

    /** Several values among those the administrator configures. */
    CONFIGURED_MULTI(XClassTypes.STATIC_LIST_CLASS, true),

    /** A date ({@code DateClass}, day precision). */
    DATE(XClassTypes.DATE_CLASS, false),

    /** A date and time ({@code DateClass}, minute precision). */
    DATE_TIME(XClassTypes.DATE_CLASS, false),

    /** A whole number ({@code NumberClass}, integer). */
    INTEGER(XClassTypes.NUMBER_CLASS, false),

    /** Yes or no ({@code BooleanClass}). */
    BOOLEAN(XClassTypes.BOOLEAN_CLASS, false),

    /** One wiki user ({@code UsersClass}). */
    USER(XClassTypes.USERS_CLASS, false),

    /** Several wiki users ({@code UsersClass}, multiSelect). */
    USERS(XClassTypes.USERS_CLASS, true),

    /** One page, usually holding an object of a given class ({@code PageClass}). */
    PAGE(XClassTypes.PAGE_CLASS, false),

    /** Several pages ({@code PageClass}, multiSelect). */
    PAGES(XClassTypes.PAGE_CLASS, true);

    private final String xwikiClassType;

    /** XWiki's property classes, named once. */
    private static final class XClassTypes
    {
        static final String PREFIX = "com.xpn.xwiki.objects.classes.";

        static final String STRING_CLASS = PREFIX + "StringClass";

        static final String TEXT_AREA_CLASS = PREFIX + "TextAreaClass";

        static final String STATIC_LIST_CLASS = PREFIX + "StaticListClass";

        static final String DATE_CLASS = PREFIX + "DateClass";

        static final String NUMBER_CLASS = PREFIX + "NumberClass";

        static final String BOOLEAN_CLASS = PREFIX + "BooleanClass";

        static final String USERS_CLASS = PREFIX + "UsersClass";

        static final String PAGE_CLASS = PREFIX + "PageClass";

        private XClassTypes()
        {
        }
    }

    private final boolean multiple;

    PropertyType(String xwikiClassType, boolean multiple)
    {
        this.xwikiClassType = xwikiClassType;
        this.multiple = multiple;
    }

    /**
     * @return the XWiki property class, as written in a XAR's {@code <classType>}
     */
    public String xwikiClassType()
    {
        return this.xwikiClassType;
    }

    /**
     * @return whether the property holds several values
     */
    public boolean isMultiple()
    {
        return this.multiple;
    }
}
