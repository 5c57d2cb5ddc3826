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
package org.xwiki.contrib.cdd.composition;

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.stability.Unstable;

/**
 * Checks the council's composition against CGCT L5211-10-1: women and men differ by at most one, the age classes
 * reflect the census population, no elected community councillor, colleges and territory covered, mandates to renew.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface CompositionCheck
{
    /** Census shares may add up to 100 % give or take this many points (rounding in INSEE tables). */
    double CENSUS_SUM_TOLERANCE = 0.5;

    /**
     * @param members member records (all of them: the check keeps those active on the date)
     * @param rules what to check against
     * @return the composition, in aggregates
     */
    CompositionReport check(List<EntityRecord> members, CompositionRules rules);

    /**
     * @param members member records (all of them)
     * @param rules the day and how many days ahead a mandate end is reported
     * @return the members active on the day whose mandate ends within the warning days, soonest first: the renewal
     *     list
     */
    List<EntityRecord> renewals(List<EntityRecord> members, CompositionRules rules);
}
