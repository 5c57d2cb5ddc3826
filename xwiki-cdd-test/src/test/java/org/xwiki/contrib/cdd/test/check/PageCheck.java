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
package org.xwiki.contrib.cdd.test.check;

import java.util.List;

import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * A static check of one page, knowing the other pages of the application (for translations and classes).
 *
 * @version $Id$
 */
public interface PageCheck
{
    /**
     * @param page the page to check
     * @param all every page of the application, the checked one included
     * @return what is wrong, empty when the page passes
     */
    List<Problem> check(XarPage page, PageSet all);

    /**
     * @param all the pages to check
     * @return the problems of every page
     */
    default List<Problem> checkAll(PageSet all)
    {
        return all.pages().stream().flatMap(page -> check(page, all).stream()).toList();
    }
}
