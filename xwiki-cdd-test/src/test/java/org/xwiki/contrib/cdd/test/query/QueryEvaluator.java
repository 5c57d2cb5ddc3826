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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.query.FixtureDatabase.StoredPage;

/**
 * Runs the pages' XWQL over the application's pages and a test's own pages: the XWQL is translated as XWiki does
 * ({@link XwqlTranslator}) and executed by HSQLDB ({@link FixtureDatabase}). The application's pages are stored once;
 * a test's pages are written in a transaction that each query rolls back, so that tests never see each other's data.
 *
 * @version $Id$
 */
public final class QueryEvaluator
{
    /** When the application's pages were installed: they have no date in the XAR, XWiki gives them the import's. */
    private static final Date INSTALLED = FixtureDatabase.parseDate("2026-01-05 09:00");

    private static final String INSTALLER = "XWiki.Admin";

    private static QueryEvaluator instance;

    private static QueryEvaluator empty;

    private final FixtureDatabase database;

    private QueryEvaluator(PageSet application, boolean installed)
    {
        this.database = new FixtureDatabase(application);
        try (Connection connection = this.database.connect()) {
            this.database.store(connection, application.pages().stream()
                .filter(p -> installed && p.parseError() == null)
                .map(p -> new StoredPage(p, INSTALLER, INSTALLED)).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the application's pages", e);
        }
    }

    /**
     * @param application the application's pages
     * @return the evaluator holding them, made once
     */
    public static synchronized QueryEvaluator of(PageSet application)
    {
        if (instance == null) {
            instance = new QueryEvaluator(application, true);
        }
        return instance;
    }

    /**
     * @param application the application's pages, for their class definitions only
     * @return an evaluator over a wiki where none of the application's pages is stored: only a test's own pages
     */
    public static synchronized QueryEvaluator withoutApplicationPages(PageSet application)
    {
        if (empty == null) {
            empty = new QueryEvaluator(application, false);
        }
        return empty;
    }

    /**
     * A query as a page builds it.
     *
     * @param statement the XWQL statement
     * @param values the bound values
     * @param filters the filters added ({@code unique}, {@code hidden})
     * @param offset the first row
     * @param limit how many rows at most, 0 for all
     */
    public record Query(String statement, Map<String, ?> values, Set<String> filters, int offset, int limit)
    {
    }

    /**
     * @param query the query
     * @param testPages the test's pages (they replace the application's pages of the same reference)
     * @return the rows: a value per row for one column, an {@code Object[]} per row for several
     */
    public List<Object> execute(Query query, List<StoredPage> testPages)
    {
        for (String filter : query.filters()) {
            if (!Set.of("unique", "hidden", "document", "viewable").contains(filter)) {
                throw new AssertionError("The harness does not imitate the query filter '" + filter + "' yet: "
                    + query.statement());
            }
        }
        XwqlTranslator.Translation translation = new XwqlTranslator(query.statement(), this.database, query.values())
            .translate(query.filters().contains("unique"), query.filters().contains("hidden"));
        try (Connection connection = this.database.connect()) {
            connection.setAutoCommit(false);
            try {
                this.database.store(connection, testPages);
                return rows(connection, translation, query);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError("The database refused the query " + query.statement() + " translated as "
                + translation.sql() + ": " + e.getMessage(), e);
        }
    }

    private static List<Object> rows(Connection connection, XwqlTranslator.Translation translation, Query query)
        throws SQLException
    {
        List<Object> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(translation.sql())) {
            for (int i = 0; i < translation.parameters().size(); i++) {
                statement.setObject(i + 1, translation.parameters().get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                int index = 0;
                while (result.next()) {
                    if (index++ < query.offset() || (query.limit() > 0 && rows.size() >= query.limit())) {
                        continue;
                    }
                    rows.add(row(result, translation.columns()));
                }
            }
        }
        return rows;
    }

    private static Object row(ResultSet result, int columns) throws SQLException
    {
        if (columns == 1) {
            return result.getObject(1);
        }
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = result.getObject(i + 1);
        }
        return row;
    }
}
