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
package org.xwiki.contrib.cdd.report;

import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.stability.Unstable;

/**
 * Everything a report page shows that comes from the records: the year's figures, the self-evaluation indicators
 * and the titles of the pages it names. Computed live for a draft; frozen once the bureau validated the report.
 *
 * @param report the year's referrals, bodies and meetings
 * @param council the council's composition in aggregates; null when it could not be checked
 * @param indicators the self-evaluation indicators of the year, in report order
 * @param titles the title of each page the report names, by page
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ReportSnapshot(ActivityReport report, ReportCouncil council, List<Indicator> indicators,
    Map<String, String> titles)
{
    /** Copies the collections so that a snapshot cannot change. */
    public ReportSnapshot
    {
        indicators = List.copyOf(indicators);
        titles = Map.copyOf(titles);
    }

    /**
     * @param page a page the report names
     * @return its title as the snapshot knows it, else the page's name
     */
    public String title(String page)
    {
        return this.titles.getOrDefault(page, page);
    }
}
