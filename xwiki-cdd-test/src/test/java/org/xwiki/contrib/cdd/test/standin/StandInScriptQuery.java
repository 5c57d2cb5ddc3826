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

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.test.query.QueryEvaluator.Query;

/**
 * Test stand-in for {@code org.xwiki.query.internal.ScriptQuery}: records bound values, filters and limits; the
 * scenario runs the query over the test's pages ({@code QueryEvaluator}).
 *
 * @version $Id$
 */
public class StandInScriptQuery
{
    private final String statement;

    private final Scenario scenario;

    private final Map<String, Object> values = new LinkedHashMap<>();

    private int limit;

    private int offset;

    private final Set<String> filters = new LinkedHashSet<>();

    /**
     * @param statement the statement
     * @param scenario the test's scenario
     */
    public StandInScriptQuery(String statement, Scenario scenario)
    {
        this.statement = statement;
        this.scenario = scenario;
    }

    /**
     * @param name a parameter name
     * @param value its value
     * @return this query
     */
    public StandInScriptQuery bindValue(String name, Object value)
    {
        this.values.put(name, value);
        return this;
    }

    /**
     * @param values parameter names and their values
     * @return this query
     */
    public StandInScriptQuery bindValues(Map<String, ?> values)
    {
        this.values.putAll(values);
        return this;
    }

    /**
     * @param limit the maximum number of rows
     * @return this query
     */
    public StandInScriptQuery setLimit(int limit)
    {
        this.limit = limit;
        return this;
    }

    /**
     * @param offset the first row
     * @return this query
     */
    public StandInScriptQuery setOffset(int offset)
    {
        this.offset = offset;
        return this;
    }

    /**
     * @param filter a query filter's hint, e.g. {@code unique} or {@code hidden}
     * @return this query
     */
    public StandInScriptQuery addFilter(String filter)
    {
        this.filters.add(filter);
        return this;
    }

    /** @return the rows, within the offset and limit */
    public List<?> execute()
    {
        return this.scenario.run(new Query(this.statement, this.values, this.filters, this.offset, this.limit));
    }

    /** @return how many rows the query answers */
    public long count()
    {
        return this.scenario.run(new Query(this.statement, this.values, this.filters, 0, 0)).size();
    }
}
