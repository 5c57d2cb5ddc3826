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
 * The figures of a validated activity report, frozen: one object on the report's state page
 * ({@code CDD.States.Reports.2026}), written only by the workflow service when the report moves to validated and
 * removed when it goes back to draft. Later edits of the records never change a validated report.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ReportSnapshotClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "reportSnapshot";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.ReportSnapshotClass";

    /** The figures and tables, as {@code $services.cdd.indicators.report.freeze} writes them (JSON). */
    public static final String FIGURES = "figures";

    /** When they were frozen. */
    public static final String FROZEN_ON = "frozenOn";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .text(FIGURES, 0)
        .add(FROZEN_ON, PropertyType.DATE_TIME)
        .build();

    private ReportSnapshotClass()
    {
    }
}
