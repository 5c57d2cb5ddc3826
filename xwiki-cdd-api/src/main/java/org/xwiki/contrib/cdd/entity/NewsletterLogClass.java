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
 * One sending of the council's newsletter: which period, to whom, by whom, and what XWiki's mail service answered.
 * One object per sending on {@value #PAGE}, in the space only administrators edit, written only by
 * {@code CDD.Code.NewsletterSend}. The batch id finds each message's status in the wiki's mail administration
 * ("Mail Sending Status"), where the mail service stores it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class NewsletterLogClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "newsletterLog";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.NewsletterLogClass";

    /** The page holding every sending. */
    public static final String PAGE = "CDD.States.Newsletter";

    /** The first day of the period. */
    public static final String PERIOD_START = "periodStart";

    /** The last day of the period. */
    public static final String PERIOD_END = "periodEnd";

    /** To whom: {@code council}, {@code animators} or a working group's page. */
    public static final String AUDIENCE = "audience";

    /** The animator who sent it. */
    public static final String SENDER = "sender";

    /** When it was sent. */
    public static final String AT = "at";

    /** The mail service's batch id. */
    public static final String BATCH = "batch";

    /** How many messages the mail service sent. */
    public static final String SENT = "sent";

    /** How many it failed to send. */
    public static final String FAILED = "failed";

    /** How many people of the audience turned the newsletter off. */
    public static final String OPTED_OUT = "optedOut";

    /** How many people of the audience have no address in their member's private data. */
    public static final String NO_ADDRESS = "noAddress";

    /** The mail service's error summaries, one line per failed message. */
    public static final String ERRORS = "errors";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(PERIOD_START, PropertyType.DATE)
        .add(PERIOD_END, PropertyType.DATE)
        .add(AUDIENCE, PropertyType.STRING)
        .add(SENDER, PropertyType.USER)
        .add(AT, PropertyType.DATE_TIME)
        .add(BATCH, PropertyType.STRING)
        .add(SENT, PropertyType.INTEGER)
        .add(FAILED, PropertyType.INTEGER)
        .add(OPTED_OUT, PropertyType.INTEGER)
        .add(NO_ADDRESS, PropertyType.INTEGER)
        .text(ERRORS, 0)
        .build();

    private NewsletterLogClass()
    {
    }
}
