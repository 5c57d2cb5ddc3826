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
 * One version of one article of the council's charter. A new wording of article 4 is a new object numbered 4, proposed
 * then adopted; the older adopted wording stays on the page as the article's history.
 * <p>
 * The one definition of {@code CDD.Code.ArticleClass}: objects on {@code CDD.Charter.WebHome}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ArticleClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "article";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ArticleClass";

    /** The article number: every version of an article has the same. */
    public static final String NUMBER = "number";

    /** Its title. */
    public static final String TITLE = "title";

    /** Its text. */
    public static final String TEXT = "text";

    /** Proposed, adopted or repealed. */
    public static final String STATUS = "status";

    /** When the assembly adopted it (stamped). */
    public static final String ADOPTED_DATE = "adoptedDate";

    /** When it was repealed (stamped). */
    public static final String REPEALED_DATE = "repealedDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(NUMBER, PropertyType.INTEGER)
        .add(TITLE, PropertyType.STRING)
        .text(TEXT, 0)
        .list(STATUS, PropertyType.LIST, WorkflowStates.ARTICLE_STATES)
        .add(ADOPTED_DATE, PropertyType.DATE)
        .add(REPEALED_DATE, PropertyType.DATE)
        .build();

    private ArticleClass()
    {
    }
}
