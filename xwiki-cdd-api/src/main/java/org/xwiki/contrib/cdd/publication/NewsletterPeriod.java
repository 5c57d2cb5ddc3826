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
import java.time.temporal.ChronoUnit;

import org.xwiki.stability.Unstable;

/**
 * The days a newsletter covers, both included.
 *
 * @param from the first day
 * @param to the last day
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record NewsletterPeriod(LocalDate from, LocalDate to)
{
    /** The longest period a newsletter covers, in days: a year, leap day included. */
    public static final int MAX_DAYS = 366;

    /** @return how many days it covers */
    public long days()
    {
        return ChronoUnit.DAYS.between(this.from, this.to) + 1;
    }

    /**
     * @param day a day
     * @return whether the period holds it
     */
    public boolean contains(LocalDate day)
    {
        return day != null && !day.isBefore(this.from) && !day.isAfter(this.to);
    }
}
