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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Check j: every column of a Live Data table has its header in French and in English. Live Data names a column by
 * {@code translationPrefix} + property ({@code CDD.Code.ToolClass_doc.title} for the title); a missing key shows the
 * key itself as the header.
 *
 * @version $Id$
 */
public class LiveDataCheck implements PageCheck
{
    private static final Pattern LIVE_DATA = Pattern.compile("\\{\\{liveData\\b([^}]*)}}");

    private static final Pattern PROPERTIES = Pattern.compile("properties=\"([^\"]*)\"");

    private static final Pattern PREFIX = Pattern.compile("translationPrefix=([^&\"]*)");

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        Matcher liveData = LIVE_DATA.matcher(page.content());
        while (liveData.find()) {
            Matcher properties = PROPERTIES.matcher(liveData.group(1));
            Matcher prefix = PREFIX.matcher(liveData.group(1));
            if (properties.find() && prefix.find()) {
                int line = page.fileLine(WikiSource.lineOf(page.content(), liveData.start()));
                for (String property : properties.group(1).split(",")) {
                    String key = prefix.group(1) + property.trim();
                    for (Map.Entry<String, String> locale : Map.of("", "English", "fr", "French").entrySet()) {
                        if (!all.translations(locale.getKey()).containsKey(key)) {
                            problems.add(new Problem(page.path(), line, "the Live Data column " + property.trim()
                                + " has no " + locale.getValue() + " header: add " + key));
                        }
                    }
                }
            }
        }
        return problems;
    }
}
