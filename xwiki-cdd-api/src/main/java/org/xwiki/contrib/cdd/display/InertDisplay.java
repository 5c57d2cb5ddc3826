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
package org.xwiki.contrib.cdd.display;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Makes what XWiki's property displayers write safe to show in a council page: nothing a member typed is read as
 * wiki syntax, and no markup they slipped into a value runs. XWiki wraps a displayed value in an HTML macro only when
 * it holds markup, and leaves plain text to be parsed as wiki syntax by the page; and it does not escape the labels
 * of list values, so a value outside the list (posted by hand) reaches the page as HTML.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface InertDisplay
{
    /**
     * @param displayed what {@code $doc.display(property, 'view', object)} returned
     * @return the same content as an HTML macro that the page does not parse, plain text escaped, markup cleaned by
     *     XWiki's HTML cleaner in restricted mode (no script, no event handler, no {@code javascript:} address)
     */
    String inert(String displayed);
}
