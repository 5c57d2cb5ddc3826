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
package org.xwiki.contrib.cdd.test.query;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;

/**
 * Translates the XWQL the pages use into SQL over {@link FixtureDatabase}, following the rules of XWiki's XWQL to
 * HQL translator ({@code xwiki-platform-query-xwql}, {@code org.xwiki.query.xwql.internal.hql}): {@code Document doc}
 * is every row of {@code xwikidoc}, translations included; {@code doc.object(C) as o} an inner join on the objects of
 * class C of the document; each property a query names an inner join on its value table, chosen by the property's
 * type in the class (an object without that property drops out); a multi-valued list with relational storage joined
 * per value (one row per value, none for an empty list); {@code :v member of o.list} a test on the list's values; the
 * short forms ({@code where …}, {@code from doc.object(C) as o …}) select {@code doc.fullName}. Anything else fails
 * with the statement, so that a query the harness cannot run is never answered with an empty list.
 *
 * @version $Id$
 */
final class XwqlTranslator
{
    private static final Pattern TOKEN = Pattern.compile("\\s*('(?:[^']|'')*'|:[A-Za-z_]\\w*|[A-Za-z_][\\w]*"
        + "(?:\\.[A-Za-z_][\\w]*)*|\\d+(?:\\.\\d+)?|<>|!=|<=|>=|[=<>(),*])");

    private static final Set<String> KEYWORDS = Set.of("select", "distinct", "from", "where", "order", "by", "asc",
        "desc", "and", "or", "not", "in", "like", "is", "null", "as", "between", "lower", "upper", "count", "true",
        "false", "member", "of", "escape");

    private static final Map<String, String> DOCUMENT_FIELDS = Map.ofEntries(Map.entry("fullName", "XWD_FULLNAME"),
        Map.entry("name", "XWD_NAME"), Map.entry("space", "XWD_WEB"), Map.entry("web", "XWD_WEB"),
        Map.entry("title", "XWD_TITLE"), Map.entry("language", "XWD_LANGUAGE"),
        Map.entry("defaultLanguage", "XWD_DEFAULT_LANGUAGE"), Map.entry("translation", "XWD_TRANSLATION"),
        Map.entry("content", "XWD_CONTENT"), Map.entry("date", "XWD_DATE"),
        Map.entry("creationDate", "XWD_CREATION_DATE"), Map.entry("creator", "XWD_CREATOR"),
        Map.entry("author", "XWD_AUTHOR"), Map.entry("hidden", "XWD_HIDDEN"));

    /** The fields of an object itself ({@code BaseObject}), reachable when the class has no property of that name. */
    private static final Map<String, String> OBJECT_FIELDS = Map.of("number", "XWO_NUMBER", "className",
        "XWO_CLASSNAME", "name", "XWO_NAME", "guid", "XWO_GUID");

    private final String statement;

    private final FixtureDatabase database;

    private final Map<String, ?> values;

    private final List<String> tokens = new ArrayList<>();

    private String documentAlias;

    /** Object alias → class reference. */
    private final Map<String, String> objects = new LinkedHashMap<>();

    /** Join alias → join clause, one per property named. */
    private final Map<String, String> joins = new LinkedHashMap<>();

    private final List<Object> parameters = new ArrayList<>();

    /**
     * The SQL of a statement, with its parameters in order.
     *
     * @param sql the SQL
     * @param parameters the values of its {@code ?}, in order
     * @param columns how many columns a row has
     */
    record Translation(String sql, List<Object> parameters, int columns)
    {
    }

    XwqlTranslator(String statement, FixtureDatabase database, Map<String, ?> values)
    {
        this.statement = statement;
        this.database = database;
        this.values = values;
    }

    /**
     * @param distinct whether the {@code unique} filter asks for distinct rows
     * @param visibleOnly whether the {@code hidden} filter drops hidden documents
     * @return the SQL
     */
    Translation translate(boolean distinct, boolean visibleOnly)
    {
        tokenize(complete(this.statement.trim()));
        Map<String, List<String>> clauses = clauses();
        readFrom(clauses.get("from"));
        List<String> select = clauses.get("select");
        boolean selectDistinct = distinct;
        if (!select.isEmpty() && "distinct".equalsIgnoreCase(select.get(0))) {
            selectDistinct = true;
            select = select.subList(1, select.size());
        }
        String selectSql = expression(select, "select");
        int columns = topLevelCommas(select) + 1;
        String whereSql = clauses.containsKey("where") ? expression(clauses.get("where"), "where") : null;
        String orderSql = clauses.containsKey("order") ? expression(clauses.get("order"), "order by") : null;
        StringBuilder sql = new StringBuilder("SELECT ").append(selectDistinct ? "DISTINCT " : "").append(selectSql)
            .append(" FROM xwikidoc ").append(this.documentAlias);
        List<String> conditions = new ArrayList<>();
        this.objects.forEach((alias, className) -> {
            sql.append(", xwikiobjects ").append(alias);
            conditions.add(alias + ".XWO_NAME = " + this.documentAlias + ".XWD_FULLNAME and " + alias
                + ".XWO_CLASSNAME = '" + className.replace("'", "''") + "'");
        });
        this.joins.forEach((alias, clause) -> {
            sql.append(", ").append(clause.substring(0, clause.indexOf(" ON ")));
            conditions.add(clause.substring(clause.indexOf(" ON ") + 4));
        });
        if (visibleOnly) {
            conditions.add("(" + this.documentAlias + ".XWD_HIDDEN <> true or " + this.documentAlias
                + ".XWD_HIDDEN is null)");
        }
        if (whereSql != null) {
            conditions.add("(" + whereSql + ")");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        if (orderSql != null) {
            sql.append(" ORDER BY ").append(orderSql);
        }
        return new Translation(sql.toString(), this.parameters, columns);
    }

    private static String complete(String xwql)
    {
        String lower = xwql.toLowerCase(Locale.ROOT);
        if (lower.startsWith("select ")) {
            return xwql;
        }
        if (lower.startsWith("from doc.object(") || lower.startsWith(", ")) {
            return "select doc.fullName from Document doc" + (lower.startsWith(",") ? " " : ", ") + xwql.substring(
                lower.startsWith("from ") ? "from ".length() : 0);
        }
        if (lower.startsWith("where ") || lower.startsWith("order by ") || lower.isEmpty()) {
            return "select doc.fullName from Document doc " + xwql;
        }
        return xwql;
    }

    private void tokenize(String xwql)
    {
        Matcher matcher = TOKEN.matcher(xwql);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            this.tokens.add(matcher.group(1));
            end = matcher.end();
        }
        if (!xwql.substring(end).isBlank()) {
            throw fail("cannot read '" + xwql.substring(end) + "'");
        }
    }

    private Map<String, List<String>> clauses()
    {
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        String current = null;
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= this.tokens.size(); i++) {
            String token = i < this.tokens.size() ? this.tokens.get(i).toLowerCase(Locale.ROOT) : null;
            boolean clauseStart = token != null && depth == 0 && (Set.of("select", "from", "where").contains(token)
                || ("order".equals(token) || "group".equals(token) || "having".equals(token)));
            if (token == null || clauseStart) {
                if (current != null) {
                    clauses.put(current, this.tokens.subList(start, i));
                }
                if (token == null) {
                    break;
                }
                if ("group".equals(token) || "having".equals(token)) {
                    throw fail("'" + token + "' is not imitated by the harness");
                }
                current = token;
                start = "order".equals(token) ? i + 2 : i + 1;
                i = start - 1;
                continue;
            }
            depth += "(".equals(token) ? 1 : ")".equals(token) ? -1 : 0;
        }
        if (!clauses.containsKey("select") || !clauses.containsKey("from")) {
            throw fail("a statement needs a select and a from clause");
        }
        return clauses;
    }

    private void readFrom(List<String> from)
    {
        for (List<String> item : splitTopLevel(from)) {
            if (item.size() >= 2 && "Document".equals(item.get(0))) {
                this.documentAlias = item.get(item.size() - 1);
            } else if (item.size() >= 5 && item.get(0).endsWith(".object") && "(".equals(item.get(1))
                && ")".equals(item.get(3))) {
                this.objects.put(item.get(item.size() - 1), item.get(2));
                if (this.database.xclass(item.get(2)).isEmpty()) {
                    throw fail("no class " + item.get(2) + " in the application nor among the platform classes the "
                        + "harness knows");
                }
            } else {
                throw fail("cannot read the from item '" + String.join(" ", item) + "'");
            }
        }
        if (this.documentAlias == null) {
            throw fail("no 'Document doc' in the from clause");
        }
    }

    private String expression(List<String> part, String clause)
    {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < part.size(); i++) {
            String token = part.get(i);
            String lower = token.toLowerCase(Locale.ROOT);
            if ("member".equals(lower) && i + 2 < part.size() && "of".equalsIgnoreCase(part.get(i + 1))) {
                // XWiki prints ':v member of o.list' as ':v = o_list1.list': a test on one element, while the list
                // stays joined per value for every property named (so one row per value of a matching object).
                sql.append(" = ").append(listElement(part.get(i + 2)));
                i += 2;
            } else if (token.startsWith(":")) {
                sql.append(' ').append(parameter(token.substring(1)));
            } else if (token.startsWith("'") || Character.isDigit(token.charAt(0))
                || !Character.isLetter(token.charAt(0))) {
                sql.append(' ').append("!=".equals(token) ? "<>" : token);
            } else if (token.contains(".")) {
                if (i + 1 < part.size() && "like".equalsIgnoreCase(part.get(i + 1)) && isList(token)) {
                    throw fail("'like' on the multi-valued list " + token + " is undefined in XWQL");
                }
                sql.append(' ').append("where".equals(clause) && isList(token) ? listElement(token) : path(token));
            } else if (KEYWORDS.contains(lower)) {
                sql.append(' ').append(token);
            } else {
                throw fail("cannot read '" + token + "' in the " + clause + " clause");
            }
        }
        return sql.toString().trim();
    }

    private String path(String token)
    {
        String alias = token.substring(0, token.indexOf('.'));
        String field = token.substring(token.indexOf('.') + 1);
        if (alias.equals(this.documentAlias)) {
            String column = DOCUMENT_FIELDS.get(field);
            if (column == null) {
                throw fail("the document has no field " + field);
            }
            return alias + '.' + column;
        }
        String className = this.objects.get(alias);
        if (className == null) {
            throw fail("unknown alias " + alias + " in " + token);
        }
        if (OBJECT_FIELDS.containsKey(field) && !hasProperty(className, field)) {
            // Not a property of the class: XWiki leaves the path as is, a field of the object itself.
            return alias + '.' + OBJECT_FIELDS.get(field);
        }
        PropertyStorage storage = storage(className, field);
        String join = alias + '_' + field;
        this.joins.computeIfAbsent(join, j -> storage.table() + ' ' + j + " ON " + j + '.' + storage.idColumn() + " = "
            + alias + ".XWO_ID and " + j + '.' + storage.nameColumn() + " = '" + field + "'");
        return join + '.' + storage.valueColumn();
    }

    private boolean isList(String token)
    {
        String alias = token.substring(0, token.indexOf('.'));
        String className = this.objects.get(alias);
        return className != null && storage(className, token.substring(token.indexOf('.') + 1)).isMultiple();
    }

    /**
     * A list property named in a where clause: Hibernate joins its elements once more for the comparison (an
     * implicit join), besides the join every named list property gets.
     */
    private String listElement(String token)
    {
        if (!token.contains(".") || !isList(token)) {
            throw fail("'member of' needs a multi-valued list property, not " + token);
        }
        path(token);
        String alias = token.substring(0, token.indexOf('.'));
        String field = token.substring(token.indexOf('.') + 1);
        String join = alias + '_' + field + "_element";
        this.joins.computeIfAbsent(join, j -> "xwikilistitems " + j + " ON " + j + ".XWL_ID = " + alias
            + ".XWO_ID and " + j + ".XWL_NAME = '" + field + "'");
        return join + ".XWL_VALUE";
    }

    private boolean hasProperty(String className, String field)
    {
        return this.database.xclass(className).map(c -> c.properties().containsKey(field)).orElse(false);
    }

    private PropertyStorage storage(String className, String field)
    {
        ClassDefinition definition = this.database.xclass(className).orElseThrow();
        PropertyDefinition property = definition.properties().get(field);
        if (property == null) {
            throw fail("the class " + className + " has no property " + field);
        }
        return PropertyStorage.of(property);
    }

    private String parameter(String name)
    {
        if (!this.values.containsKey(name)) {
            throw fail("no value bound to :" + name);
        }
        Object value = this.values.get(name);
        if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                throw fail("an empty list bound to :" + name + " makes 'in ()', which the database refuses");
            }
            List<String> marks = new ArrayList<>();
            for (Object item : collection) {
                this.parameters.add(sqlValue(name, item));
                marks.add("?");
            }
            return String.join(", ", marks);
        }
        this.parameters.add(sqlValue(name, value));
        return "?";
    }

    private Object sqlValue(String name, Object value)
    {
        if (value instanceof Date date) {
            return new Timestamp(date.getTime());
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw fail(":" + name + " is bound to a " + value.getClass().getName() + ", which Hibernate cannot bind");
    }

    private static List<List<String>> splitTopLevel(List<String> part)
    {
        List<List<String>> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < part.size(); i++) {
            String token = part.get(i);
            depth += "(".equals(token) ? 1 : ")".equals(token) ? -1 : 0;
            if (depth == 0 && ",".equals(token)) {
                items.add(part.subList(start, i));
                start = i + 1;
            }
        }
        items.add(part.subList(start, part.size()));
        return items;
    }

    private static int topLevelCommas(List<String> part)
    {
        return splitTopLevel(part).size() - 1;
    }

    private AssertionError fail(String why)
    {
        return new AssertionError("The harness cannot run this query (" + why + "): " + this.statement);
    }
}
