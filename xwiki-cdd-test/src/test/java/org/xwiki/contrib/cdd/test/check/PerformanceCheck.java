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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Check h: no {@code getDocument(} inside a {@code #foreach} over query results (one query per list, never a document
 * load per row). Query results are the values of {@code .execute()}, directly or through a {@code #set} variable.
 *
 * @version $Id$
 */
public class PerformanceCheck implements PageCheck
{
    private static final Pattern SET_QUERY = Pattern.compile("#set\\s*\\(\\s*\\$\\{?(\\w+)\\}?\\s*=.*\\.execute\\(\\)");

    private static final Pattern FOREACH = Pattern.compile("#\\{?foreach\\}?\\s*\\(\\s*\\$\\{?\\w+\\}?\\s+in\\s+(.+)\\)");

    private static final Pattern BLOCK_START = Pattern.compile("#\\{?(foreach|if|macro|define|@\\w+)\\b");

    private static final Pattern BLOCK_END = Pattern.compile("#\\{?end\\b\\}?");

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        String[] lines = page.content().split("\n", -1);
        Set<String> queryResults = new HashSet<>();
        for (String line : lines) {
            Matcher matcher = SET_QUERY.matcher(line);
            if (matcher.find()) {
                queryResults.add(matcher.group(1));
            }
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher foreach = FOREACH.matcher(lines[i]);
            if (foreach.find() && isQueryResult(foreach.group(1), queryResults)) {
                checkLoopBody(page, lines, i, problems);
            }
        }
        return problems;
    }

    private static boolean isQueryResult(String collection, Set<String> queryResults)
    {
        if (collection.contains(".execute()")) {
            return true;
        }
        Matcher variable = Pattern.compile("^\\$!?\\{?(\\w+)").matcher(collection.trim());
        return variable.find() && queryResults.contains(variable.group(1));
    }

    private static void checkLoopBody(XarPage page, String[] lines, int start, List<Problem> problems)
    {
        int depth = 0;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (i > start && line.contains("getDocument(")) {
                problems.add(new Problem(page.path(), page.fileLine(i), "getDocument( inside the #foreach over "
                    + "query results started at line " + page.fileLine(start) + ": load what the list needs in "
                    + "the query itself"));
            }
            depth += count(BLOCK_START, line) - count(BLOCK_END, line);
            if (depth <= 0) {
                return;
            }
        }
    }

    private static int count(Pattern pattern, String line)
    {
        int count = 0;
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
