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
 * Check a: every page file is well-formed XML, and its syntax is {@code xwiki/2.1}, or {@code plain/1.0} for
 * translation bundles.
 *
 * @version $Id$
 */
public class SyntaxCheck implements PageCheck
{
    private static final String WIKI = "xwiki/2.1";

    private static final String PLAIN = "plain/1.0";

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        if (page.parseError() != null) {
            return List.of(new Problem(page.path(), page.contentLine(),
                "not well-formed XML: " + page.parseError()));
        }
        String expected = page.isTranslationBundle() ? PLAIN : WIKI;
        if (!expected.equals(page.syntax())) {
            return List.of(new Problem(page.path(), page.contentLine(), "syntax is '" + page.syntax()
                + "' but must be '" + expected + "'" + (page.isTranslationBundle() ? " for a translation page" : "")));
        }
        return List.of();
    }
}
