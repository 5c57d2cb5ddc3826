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

import org.xwiki.stability.Unstable;

/**
 * A newsletter as it is sent: its subject, the HTML part (a whole document for mail clients: inline styles only, no
 * script, no image, no external style sheet, a single column at most 600 pixels wide), the same body as a fragment
 * for the preview in the wiki, and the plain text alternative.
 *
 * @param subject the subject
 * @param html the HTML part
 * @param fragment the body of the HTML part, to show inside a wiki page
 * @param text the text alternative
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record NewsletterMail(String subject, String html, String fragment, String text)
{
}
