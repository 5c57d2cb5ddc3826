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

import java.util.List;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * Whom a newsletter is written to, and whom of its audience it leaves out and why.
 *
 * @param addresses each user written to, with the address of their member's private data, in order
 * @param optedOut the users who turned the newsletter off
 * @param noAddress the users whose member has no address in their private data
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record NewsletterRecipients(Map<String, String> addresses, List<String> optedOut, List<String> noAddress)
{
    /** Copies the lists so that they cannot change. */
    public NewsletterRecipients
    {
        addresses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(addresses));
        optedOut = List.copyOf(optedOut);
        noAddress = List.copyOf(noAddress);
    }
}
