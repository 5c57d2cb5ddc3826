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
package org.xwiki.contrib.cdd.toolbox;

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.stability.Unstable;

/**
 * Finds the methods of the toolbox that fit a facilitator's situation.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface MethodMatcher
{
    /**
     * A method fits when the group size is within its participant range, it lasts no longer than the time available,
     * it can be run in the requested format ({@code both} fits either) and it serves the objective. A bound or a
     * duration the method does not state never excludes it: the catalogue would rather show too much than hide a
     * method whose record is incomplete.
     *
     * @param methods method records
     * @param need the situation
     * @return the methods that fit, those using most of the time available first, then by page name
     */
    List<EntityRecord> match(List<EntityRecord> methods, MethodNeed need);
}
