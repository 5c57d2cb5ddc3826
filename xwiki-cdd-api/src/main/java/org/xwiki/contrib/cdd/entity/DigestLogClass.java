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

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * What the daily digest sent to whom, for which items: the log that makes sending idempotent. One page per day,
 * {@code CDD.States.DigestLog.<yyyy-MM-dd>} ({@link #page}), in the space only administrators edit, with one object per
 * person, written only by {@code CDD.Code.DigestRun}. A run first claims a person ({@value #SENDING}), then records
 * {@value #SENT} or {@value #FAILED} right after sending; a person sent or claimed that day is skipped (a claim that
 * never turned into sent or failed belongs to a run that stopped: whether it sent is not known, so it is not sent
 * again); a failed one is sent again by the next run.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class DigestLogClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "digestLog";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.DigestLogClass";

    /** The space holding the log, one page per day. */
    public static final String SPACE = "CDD.States.DigestLog";

    /** Status: a run is sending it. */
    public static final String SENDING = "sending";

    /** Status: sent. */
    public static final String SENT = "sent";

    /** Status: the mail service refused or failed. */
    public static final String FAILED = "failed";

    /** The statuses. */
    public static final List<String> STATUSES = List.of(SENDING, SENT, FAILED);

    /** The person. */
    public static final String USER = "user";

    /** The day of the digest, {@code yyyy-MM-dd} in the council's time zone. */
    public static final String DAY = "day";

    /** Where it stands. */
    public static final String STATUS = "status";

    /** The items it reminded of, one {@code kind record} per line. */
    public static final String ITEMS = "items";

    /** Why it failed, as the mail service said. */
    public static final String ERROR = "error";

    /** The run that claimed it. */
    public static final String RUN = "run";

    /** When the status was last set. */
    public static final String AT = "at";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(USER, PropertyType.USER)
        .add(DAY, PropertyType.STRING)
        .list(STATUS, PropertyType.LIST, STATUSES)
        .text(ITEMS, 0)
        .text(ERROR, 0)
        .add(RUN, PropertyType.STRING)
        .add(AT, PropertyType.DATE_TIME)
        .build();

    private DigestLogClass()
    {
    }

    /**
     * @param day a day, {@code yyyy-MM-dd}
     * @return the page of that day's log
     */
    public static String page(String day)
    {
        return SPACE + '.' + day;
    }
}
