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
package org.xwiki.contrib.cdd.entity;

import org.xwiki.stability.Unstable;

/**
 * The council's yearly activity report, one page per year in {@value #SPACE}. Its figures are computed from the
 * records while it is a draft; validating it freezes them on its state page ({@link ReportSnapshotClass}), where a
 * plain save cannot reach them. The foreword and outlook are the bureau's own words.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ReportClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "report";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ReportClass";

    /** The space of the reports: one page per year, {@code CDD.Reports.2026}. */
    public static final String SPACE = "CDD.Reports";

    /** The calendar year the report accounts for. */
    public static final String YEAR = "year";

    /** The bureau's foreword. */
    public static final String FOREWORD = "foreword";

    /** The bureau's outlook for the coming year. */
    public static final String OUTLOOK = "outlook";

    /**
     * The date of the debate in each deliberative body, one {@code body=yyyy-MM-dd} per line, written by
     * {@code CDD.Code.ReportService} from one date field per configured body.
     */
    public static final String DEBATES = "debates";

    /** Draft, validated, debated or published. */
    public static final String STATUS = "status";

    /** When the bureau validated it (stamped). */
    public static final String VALIDATED_DATE = "validatedDate";

    /** When it was published (stamped). */
    public static final String PUBLICATION_DATE = "publicationDate";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(YEAR, PropertyType.INTEGER)
        .text(FOREWORD, 0)
        .text(OUTLOOK, 0)
        .text(DEBATES, 0)
        .list(STATUS, PropertyType.LIST, WorkflowStates.REPORT_STATES)
        .add(VALIDATED_DATE, PropertyType.DATE)
        .add(PUBLICATION_DATE, PropertyType.DATE)
        .build();

    private ReportClass()
    {
    }
}
