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

import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * The pages of the wiki the application is installed in, that are not in its XAR: the wiki's preferences with their
 * rights, as a wiki of the XWiki Standard flavor has them once set up.
 *
 * @version $Id$
 */
public final class StandardWiki
{
    /**
     * The wiki's preferences as XWiki Standard ships them ({@code xwiki-platform-administration-ui},
     * {@code XWiki/XWikiPreferences.xml}): administrators may do everything, registered users view, edit and comment,
     * guests view.
     */
    public static final XarPage PREFERENCES = new XarPage("XWiki/XWikiPreferences.xml", "XWiki.XWikiPreferences", "",
        "", "", "xwiki/2.1", true, "", 1, 1, null, List.of(
            rule(0, "", RightsEvaluator.ADMIN_GROUP, "admin,edit,undelete,delete,programming,view,comment,register"),
            rule(1, "", RightsEvaluator.ALL_GROUP, "view,edit,comment,undelete,register"),
            rule(2, RightsEvaluator.GUEST, "", "view,register")), null);

    /**
     * The administrators' group as a wiki set up by the distribution wizard has it: the first user, {@code XWiki.Admin},
     * who imports the application and so is the content author of its pages (see {@code Scenario#getScriptAuthor}).
     */
    public static final XarPage ADMIN_GROUP = new XarPage("XWiki/XWikiAdminGroup.xml", RightsEvaluator.ADMIN_GROUP, "",
        "", "", "xwiki/2.1", true, "", 1, 1, null, List.of(new PageObject("XWiki.XWikiGroups", 0, null,
            Map.of("member", "XWiki.Admin"))), null);

    /** Every page of the wiki outside the application that the harness knows. */
    public static final List<XarPage> PAGES = List.of(PREFERENCES, ADMIN_GROUP);

    private StandardWiki()
    {
    }

    private static PageObject rule(int number, String users, String groups, String levels)
    {
        return new PageObject("XWiki.XWikiGlobalRights", number, null,
            Map.of("users", users, "groups", groups, "levels", levels, "allow", "1"));
    }
}
