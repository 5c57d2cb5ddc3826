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
package org.xwiki.contrib.cdd.script;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.groups}: the working groups of a user, those they refer and those they belong to.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(GroupScriptService.HINT)
@Singleton
@Unstable
public class GroupScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.groups";

    /**
     * The active working groups a user refers: the referents are a user list, which XWiki stores as one text of
     * references joined by commas, so the user is matched as a whole item of it (never {@code XWiki.Anne} for
     * {@code XWiki.Ann}). Bind the values of {@link #referentValues(String)}.
     */
    public static final String REFERENT_QUERY = "select doc.fullName, doc.title " + Statements.FROM_GROUPS
        + " and workgroup.status = 'active' and (workgroup.referents = :user or workgroup.referents like :first "
        + "or workgroup.referents like :middle or workgroup.referents like :last)";

    /**
     * The active working groups whose members include a member page (bind {@code member}). A query of its own: XWiki
     * joins the members list per value, which would drop from a combined query the groups without members; distinct,
     * since that join repeats a group per member.
     */
    public static final String MEMBER_QUERY = "select distinct doc.fullName, doc.title " + Statements.FROM_GROUPS
        + " and workgroup.status = 'active' and :member member of workgroup.members";

    /** What both queries share. */
    private static final class Statements
    {
        static final String FROM_GROUPS = "from Document doc, doc.object(CDD.Code.GroupClass) as workgroup where "
            + RecordLists.COUNCIL_PAGES;
    }

    private static final String SEPARATOR = ",";

    private static final String ANY = "%";

    /**
     * @return the query of the active groups the current user refers, see {@link #REFERENT_QUERY}
     */
    public String getReferentQuery()
    {
        return REFERENT_QUERY;
    }

    /**
     * @return the query of the active groups a member page belongs to, see {@link #MEMBER_QUERY}
     */
    public String getMemberQuery()
    {
        return MEMBER_QUERY;
    }

    /**
     * @param user a user reference such as {@code XWiki.Ann}
     * @return the values to bind to {@link #REFERENT_QUERY}: the user as the whole list, or as its first, a middle
     *     or its last item
     */
    public Map<String, String> referentValues(String user)
    {
        return referentBindings(user);
    }

    /**
     * @param user a user reference
     * @return the values that match it as an item of a user list, see {@link #referentValues(String)}
     */
    static Map<String, String> referentBindings(String user)
    {
        String name = user == null ? "" : user;
        return Map.of("user", name, "first", name + SEPARATOR + ANY, "middle", ANY + SEPARATOR + name + SEPARATOR
            + ANY, "last", ANY + SEPARATOR + name);
    }

    /**
     * @param groupPage a group's page, e.g. {@code CDD.Groups.Mobilite.WebHome}
     * @return the name that identifies the group in the names of its new pages ({@code Mobilite}), null for no page
     */
    public String pageName(String groupPage)
    {
        if (groupPage == null || groupPage.isBlank()) {
            return null;
        }
        String[] parts = groupPage.split("\\.");
        String last = parts[parts.length - 1];
        return "WebHome".equals(last) && parts.length > 1 ? parts[parts.length - 2] : last;
    }

    /**
     * @param lists query rows (a page, then its title), from the queries of one list
     * @return each page once (its full name first, even when the rows hold references), by title
     */
    public List<Object[]> merge(List<?> lists)
    {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (Object list : lists == null ? List.of() : lists) {
            for (Object row : list instanceof List<?> items ? items : List.of()) {
                List<?> cells = RecordLists.cells(row);
                if (!cells.isEmpty()) {
                    // The page as its full name, so that the rows can be bound to a query again.
                    Object[] merged = cells.toArray();
                    merged[0] = RecordLists.page(cells.get(0));
                    rows.putIfAbsent((String) merged[0], merged);
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        return rows.values().stream().sorted(Comparator.comparing(
            (Object[] row) -> row.length > 1 ? String.valueOf(row[1]) : "", collator)).toList();
    }
}
