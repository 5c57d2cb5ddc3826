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
 * The state of one workflow object as the workflow service last moved it, with the dates it stamped. XWiki has no
 * rights per property: a member who may edit a record could also save any state into it. So the state that counts
 * lives on a page of {@code CDD.States}, a space that only administrators may edit and that the workflow service,
 * an administrator's script, writes as its author; the record keeps a copy for display, which nothing trusts.
 * <p>
 * The one definition of {@code CDD.Code.WorkflowStateClass}: property names and types. The XAR class must match it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class WorkflowStateClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "workflowState";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.WorkflowStateClass";

    /** The space of the state pages, one per record, which only administrators (and so the service) may edit. */
    public static final String SPACE = "CDD.States";

    /** The record the state belongs to (its full name). */
    public static final String RECORD = "record";

    /**
     * Which object of the record: the workflow id and the object's number, e.g. {@code recommendation:2} (a
     * recommendation, an article among several), so that the service finds the state object by one value.
     */
    public static final String SLOT = "slot";

    /** The state. */
    public static final String STATUS = "status";

    /** The dates the moves stamped, one {@code name=instant} per line (e.g. {@code publicationDate=…Z}). */
    public static final String STAMPS = "stamps";

    /** Who made the last move. */
    public static final String MOVED_BY = "movedBy";

    /** When the last move was made. */
    public static final String MOVED_ON = "movedOn";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(RECORD, PropertyType.STRING)
        .add(SLOT, PropertyType.STRING)
        .add(STATUS, PropertyType.STRING)
        .text(STAMPS, 0)
        .add(MOVED_BY, PropertyType.USER)
        .add(MOVED_ON, PropertyType.DATE_TIME)
        .build();

    private static final String COUNCIL_SPACE = "CDD.";

    private WorkflowStateClass()
    {
    }

    /**
     * @param statePage the full name of a state page, e.g. {@code CDD.States.Contributions.AvisPCAET}
     * @return the record it belongs to, e.g. {@code CDD.Contributions.AvisPCAET}; {@code null} for another page
     */
    public static String recordOf(String statePage)
    {
        String prefix = SPACE + '.';
        return statePage == null || !statePage.startsWith(prefix) ? null
            : COUNCIL_SPACE + statePage.substring(prefix.length());
    }

    /**
     * @param workflow a workflow id
     * @param number the moved object's number
     * @return the {@link #SLOT} value of that object
     */
    public static String slot(String workflow, int number)
    {
        return workflow + ':' + number;
    }

    /**
     * @param record a record's full name, e.g. {@code CDD.Contributions.AvisPCAET}
     * @return the full name of its state page, e.g. {@code CDD.States.Contributions.AvisPCAET}, or {@code null} for a
     *     page outside the council's spaces (or a state page itself), which has no workflow state
     */
    public static String statePage(String record)
    {
        if (record == null || !record.startsWith(COUNCIL_SPACE) || record.startsWith(SPACE + '.')
            || record.startsWith("CDD.Code.")) {
            return null;
        }
        return SPACE + '.' + record.substring(COUNCIL_SPACE.length());
    }
}
