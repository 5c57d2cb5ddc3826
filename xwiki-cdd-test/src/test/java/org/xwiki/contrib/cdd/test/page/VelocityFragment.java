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
package org.xwiki.contrib.cdd.test.page;

/**
 * A piece of Velocity code found in a page (a {@code {{velocity}}} macro's content or a title), with the line of the
 * page file where it starts so that Velocity's line numbers can be turned into file lines.
 *
 * @param where what the code is, e.g. {@code velocity macro} or {@code title}
 * @param code the Velocity code
 * @param fileLine the line of the page file holding the first line of the code
 * @version $Id$
 */
public record VelocityFragment(String where, String code, int fileLine)
{
    /**
     * @param velocityLine a 1-based line inside the code
     * @return the line of the page file
     */
    public int toFileLine(int velocityLine)
    {
        return this.fileLine + Math.max(velocityLine, 1) - 1;
    }
}
