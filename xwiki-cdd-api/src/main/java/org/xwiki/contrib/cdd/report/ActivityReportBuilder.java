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

import java.time.LocalDate;
import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.stability.Unstable;

/**
 * Computes the generated part of a yearly activity report from the council's records.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface ActivityReportBuilder
{
    /**
     * @param year the calendar year
     * @param records the council's records, as the indicators read them (states confirmed by the workflow service)
     * @param bodies the deliberative bodies the council serves, as configured
     * @param today the application's today: a due date after it has not passed yet
     * @return the report of that year
     */
    ActivityReport build(int year, ReportRecords records, List<String> bodies, LocalDate today);

    /**
     * The records a report reads.
     *
     * @param saisines the referrals
     * @param contributions the contributions
     * @param recommendations the recommendations, each on its contribution's page
     * @param meetings the meetings
     */
    record ReportRecords(List<EntityRecord> saisines, List<EntityRecord> contributions,
        List<EntityRecord> recommendations, List<EntityRecord> meetings)
    {
    }
}
