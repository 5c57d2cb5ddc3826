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
package org.xwiki.contrib.cdd.publication;

import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.stability.Unstable;

/**
 * A published activity report, as its public copy holds it.
 *
 * @param page the public copy's page ({@code CDD.Public.Reports.2025})
 * @param year the year it reports on
 * @param figures its figures, frozen when the bureau validated it; null when they cannot be read
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record PublishedReport(String page, int year, ReportSnapshot figures)
{
}
