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

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.xwiki.stability.Unstable;

/**
 * One line of a newsletter: a text, a referral, a meeting or a tutorial, with its link.
 *
 * @param title its title, as typed
 * @param url its absolute address
 * @param when the day it was published or received, or the meeting's start (its time then counts)
 * @param due a referral's due date; null otherwise
 * @param place a meeting's place; empty otherwise
 * @param summary a published text's summary, plain; empty otherwise
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record NewsletterItem(String title, String url, LocalDateTime when, LocalDate due, String place,
    String summary)
{
}
