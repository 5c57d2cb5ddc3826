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
package org.xwiki.contrib.cdd.knowledge;

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * The tutorials about one tool, for one audience.
 *
 * @param tool the tool page, or empty when the tool is only named (or not at all)
 * @param label the tool's title or name; empty for tutorials about no tool in particular
 * @param tutorials the tutorials, by title
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ToolShelf(String tool, String label, List<TutorialCard> tutorials)
{
}
