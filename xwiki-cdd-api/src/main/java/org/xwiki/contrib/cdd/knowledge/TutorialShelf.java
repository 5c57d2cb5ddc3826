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
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Arranges the tutorials of the home page: what the reader may see and asked for, grouped by audience and tool.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface TutorialShelf
{
    /**
     * A published tutorial is shown to everyone; a draft only to its creator and to animators. A tutorial for several
     * audiences is shown under each of them.
     *
     * @param tutorials the tutorials
     * @param toolTitles the title of each tool page
     * @param question what the reader asked for and who they are
     * @return the audiences in the class order (then drafts without audience), each with its tools
     */
    List<AudienceShelf> arrange(List<TutorialItem> tutorials, Map<String, String> toolTitles,
        TutorialQuestion question);
}
