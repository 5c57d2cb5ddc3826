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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.contrib.cdd.privacy.PrivateDataSeal;

/**
 * The two queries that read the council's members for the composition, and how their rows join. XWQL has no outer
 * join between two pages, and a member without private data (not entered yet) is still a member: the members and the
 * private data are read by one query each and joined here, by the member page the private data names. Each query
 * keeps to the one space whose pages only animators may edit, so that no member can plant a member or private data
 * elsewhere in the council's spaces and change the figures.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class MemberRows
{
    /** The member properties the composition reads, in the order of the member query's columns after the page. */
    static final List<String> MEMBER_COLUMNS = List.of(MemberClass.COLLEGE, MemberClass.COMMUNE, MemberClass.EPCI,
        MemberClass.MANDATE_START, MemberClass.MANDATE_END, MemberClass.ROLE);

    /** The private properties the composition reads, in the order of the private query's columns after the member. */
    static final List<String> PRIVATE_COLUMNS = List.of(MemberPrivateClass.GENDER, MemberPrivateClass.AGE_CLASS,
        MemberPrivateClass.COMMUNITY_COUNCILLOR);

    private static final String ONE_ROW_PER_PAGE = "doc.translation = 0 and doc.space = '";

    private static final String PAGE = "doc.fullName";

    private static final String MEMBER_ALIAS = "member";

    private MemberRows()
    {
    }

    /** @return the statement of the members: page, then {@link #MEMBER_COLUMNS}, then the page's title */
    static String memberQuery()
    {
        return statement(PAGE, MEMBER_ALIAS, MEMBER_COLUMNS, ", doc.title", MemberClass.REFERENCE,
            "CDD.Members");
    }

    /** @return the statement of the members' users: the member page, then the user it names */
    static String memberUserQuery()
    {
        return statement(PAGE, MEMBER_ALIAS, List.of(MemberClass.USER), "", MemberClass.REFERENCE, MemberClass.SPACE);
    }

    /** @return the statement of the private data: the page holding them, the member page they name, the seal */
    static String privateQuery()
    {
        return statement(PAGE, "private", List.of(MemberPrivateClass.MEMBER, MemberPrivateClass.SEALED), "",
            MemberPrivateClass.REFERENCE, MemberPrivateClass.SPACE);
    }

    /**
     * @param privateRows rows of {@link #privateQuery()}: the page, the member, then the sealed values
     * @param seal what opens them
     * @return one row per private data that opens: the member page, then {@link #PRIVATE_COLUMNS}; a seal that does
     *     not open (not on that member's private page, another key, changed) gives no row, nor does a row without
     *     a seal (nothing entered)
     */
    static List<List<Object>> open(List<?> privateRows, PrivateDataSeal seal)
    {
        List<List<Object>> opened = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> member : openAll(privateRows, seal)) {
            List<Object> line = new ArrayList<>();
            line.add(member.getKey());
            PRIVATE_COLUMNS.forEach(column -> line.add(member.getValue().get(column)));
            opened.add(line);
        }
        return opened;
    }

    /**
     * @param privateRows rows of {@link #privateQuery()}: the page, the member, then the sealed values
     * @param seal what opens them
     * @return each member page with every private value, for the seals that open on their member's private page,
     *     in row order
     */
    static List<Map.Entry<String, Map<String, String>>> openAll(List<?> privateRows, PrivateDataSeal seal)
    {
        List<Map.Entry<String, Map<String, String>>> opened = new ArrayList<>();
        for (List<?> cells : sealedRows(privateRows)) {
            String holder = RecordLists.page(cells.get(0));
            String member = RecordLists.page(cells.get(1));
            try {
                // The page holding the seal must be that member's private page: a member property naming someone
                // else never attributes data to them.
                if (holder.equals(MemberPrivateClass.privatePage(member))) {
                    opened.add(Map.entry(member, seal.open(holder, String.valueOf(cells.get(2)))));
                }
            } catch (PrivateDataException e) {
                // Counted apart (see CompositionScriptService#unopened).
            }
        }
        return opened;
    }

    /**
     * @param privateRows rows of {@link #privateQuery()}
     * @return the rows that hold a seal: a page, a member and a text that is not blank
     */
    static List<List<?>> sealedRows(List<?> privateRows)
    {
        List<List<?>> rows = new ArrayList<>();
        for (Object row : privateRows == null ? List.of() : privateRows) {
            List<?> cells = RecordLists.cells(row);
            boolean complete = cells.size() > 2 && cells.get(0) != null && cells.get(1) != null;
            if (complete && cells.get(2) != null && !cells.get(2).toString().isBlank()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String statement(String first, String alias, List<String> columns, String last,
        String className, String space)
    {
        StringBuilder statement = new StringBuilder("select ").append(first);
        columns.forEach(column -> statement.append(", ").append(alias).append('.').append(column));
        return statement.append(last).append(" from Document doc, doc.object(").append(className).append(") as ")
            .append(alias).append(" where ").append(ONE_ROW_PER_PAGE).append(space)
            .append("' order by doc.fullName").toString();
    }

    /**
     * @param memberRows rows of {@link #memberQuery()}
     * @param privateRows rows of {@link #open} (the private data opened)
     * @return one row per member: the page, its member cells, then its private cells (empty when it has none; the
     *     first private data wins when two name the same member)
     */
    static List<List<Object>> join(List<?> memberRows, List<?> privateRows)
    {
        Map<String, List<?>> privateByMember = byFirstCell(privateRows);
        List<List<Object>> joined = new ArrayList<>();
        for (Object row : memberRows == null ? List.of() : memberRows) {
            List<?> cells = RecordLists.cells(row);
            if (!cells.isEmpty() && cells.get(0) != null) {
                int memberCells = Math.min(cells.size(), 1 + MEMBER_COLUMNS.size());
                List<Object> line = new ArrayList<>(cells.subList(0, memberCells));
                pad(line, 1 + MEMBER_COLUMNS.size());
                line.addAll(privateByMember.getOrDefault(RecordLists.page(cells.get(0)), List.of()));
                pad(line, 1 + MEMBER_COLUMNS.size() + PRIVATE_COLUMNS.size());
                joined.add(line.subList(0, 1 + MEMBER_COLUMNS.size() + PRIVATE_COLUMNS.size()));
            }
        }
        return joined;
    }

    /** The rest of each row by its first cell; the first row wins when two have the same first cell. */
    private static Map<String, List<?>> byFirstCell(List<?> rows)
    {
        Map<String, List<?>> byFirst = new HashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            if (!cells.isEmpty() && cells.get(0) != null) {
                byFirst.putIfAbsent(RecordLists.page(cells.get(0)), cells.subList(1, cells.size()));
            }
        }
        return byFirst;
    }

    private static void pad(List<Object> line, int size)
    {
        while (line.size() < size) {
            line.add(null);
        }
    }

    /** @return the property of each cell after the page in a joined row */
    static List<String> columns()
    {
        List<String> columns = new ArrayList<>(MEMBER_COLUMNS);
        columns.addAll(PRIVATE_COLUMNS);
        return columns;
    }
}
