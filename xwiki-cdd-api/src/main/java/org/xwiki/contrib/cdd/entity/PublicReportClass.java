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
 * The public copy of a published activity report, on {@code CDD.Public.Reports.<year>}: the figures frozen when the
 * bureau validated it, the bureau's foreword and outlook, the days each body debated it. Written only by the workflow
 * service when the report is published (and again on "Update the public copy"); guests read it, nobody but
 * administrators edits it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class PublicReportClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "publicReport";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.PublicReportClass";

    /** The space of the copies. */
    public static final String SPACE = "CDD.Public.Reports";

    /** The report's page in the council's space. */
    public static final String RECORD = "record";

    /** The year it reports on. */
    public static final String YEAR = ReportClass.YEAR;

    /** Its figures, as frozen on validation (JSON, see {@code ReportSnapshots}). */
    public static final String FIGURES = ReportSnapshotClass.FIGURES;

    /** The bureau's foreword (wiki syntax, shown restricted). */
    public static final String FOREWORD = ReportClass.FOREWORD;

    /** The bureau's outlook (wiki syntax, shown restricted). */
    public static final String OUTLOOK = ReportClass.OUTLOOK;

    /** The day each body debated it, as the report stores them. */
    public static final String DEBATES = ReportClass.DEBATES;

    /** The day it was first published. */
    public static final String PUBLICATION_DATE = ReportClass.PUBLICATION_DATE;

    /** When the copy was last written. */
    public static final String UPDATED_ON = PublicationClass.UPDATED_ON;

    /** The class definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(RECORD, PropertyType.STRING)
        .add(YEAR, PropertyType.INTEGER)
        .text(FIGURES, 0)
        .text(FOREWORD, 0)
        .text(OUTLOOK, 0)
        .text(DEBATES, 0)
        .add(PUBLICATION_DATE, PropertyType.DATE)
        .add(UPDATED_ON, PropertyType.DATE_TIME)
        .build();

    private PublicReportClass()
    {
    }
}
