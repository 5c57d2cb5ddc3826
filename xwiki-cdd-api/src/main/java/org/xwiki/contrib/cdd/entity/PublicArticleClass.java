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
 * One article of the charter in force, as the public reads it: one object per article on {@value #PAGE}, written
 * anew by the workflow service each time an article is adopted or repealed, from the wording in force then. Guests
 * read that page; nobody but administrators edits it, so nothing a member types on the charter reaches them before
 * the council adopts it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class PublicArticleClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "publicArticle";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.PublicArticleClass";

    /** The public page of the charter in force. */
    public static final String PAGE = "CDD.Public.Charter";

    /** The article's number. */
    public static final String NUMBER = ArticleClass.NUMBER;

    /** Its title. */
    public static final String TITLE = ArticleClass.TITLE;

    /** Its wording in force (wiki syntax, shown restricted). */
    public static final String TEXT = ArticleClass.TEXT;

    /** The day that wording was adopted. */
    public static final String ADOPTED_DATE = ArticleClass.ADOPTED_DATE;

    /** The class definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(NUMBER, PropertyType.INTEGER)
        .add(TITLE, PropertyType.STRING)
        .text(TEXT, 0)
        .add(ADOPTED_DATE, PropertyType.DATE)
        .build();

    private PublicArticleClass()
    {
    }
}
