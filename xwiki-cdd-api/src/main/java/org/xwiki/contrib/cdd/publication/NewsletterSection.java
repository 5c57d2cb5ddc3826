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

import java.util.Locale;

import org.xwiki.stability.Unstable;

/**
 * The parts of a newsletter, in the order it shows them.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public enum NewsletterSection
{
    /** The texts the council published in the period, from their public copies. */
    PUBLICATIONS,

    /** The referrals the council received in the period. */
    REFERRALS,

    /** The council's public meetings to come: plenaries and public events, cancelled ones left out. */
    MEETINGS,

    /** The tutorials published in the period. */
    TUTORIALS;

    /** @return the last part of its translation key ({@code cdd.newsletter.mail.<key>}) */
    public String key()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
