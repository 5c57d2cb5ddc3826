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
package org.xwiki.contrib.cdd.indicators;

import java.util.List;

import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.stability.Unstable;

/**
 * The records the indicators are computed from, each list read with one query.
 *
 * @param saisines referral records
 * @param contributions contribution records
 * @param recommendations recommendation records (their page is the contribution's page)
 * @param meetings meeting records
 * @param members member records
 * @param tutorials tutorial records
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record IndicatorInput(List<EntityRecord> saisines, List<EntityRecord> contributions,
    List<EntityRecord> recommendations, List<EntityRecord> meetings, List<EntityRecord> members,
    List<EntityRecord> tutorials)
{
    /**
     * Copies the lists so that an input cannot change.
     */
    public IndicatorInput
    {
        saisines = List.copyOf(saisines);
        contributions = List.copyOf(contributions);
        recommendations = List.copyOf(recommendations);
        meetings = List.copyOf(meetings);
        members = List.copyOf(members);
        tutorials = List.copyOf(tutorials);
    }
}
