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
package org.xwiki.contrib.cdd.calendar;

import org.xwiki.stability.Unstable;

/**
 * The delay that applies to a referral, and why: the one set for its legal basis, else for its requesting body, else
 * the council's default.
 *
 * @param days the delay, in calendar days
 * @param source {@value #LEGAL_BASIS}, {@value #BODY} or {@value #DEFAULT}
 * @param name the legal basis or body the delay was set for; empty for the default
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record DelayChoice(int days, String source, String name)
{
    /** The delay set for the referral's legal basis. */
    public static final String LEGAL_BASIS = "legalBasis";

    /** The delay set for the requesting body. */
    public static final String BODY = "body";

    /** The council's default delay. */
    public static final String DEFAULT = "default";
}
