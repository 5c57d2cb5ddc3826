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

import java.time.LocalDate;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Says when a tutorial must be checked again against the real pages: screens change, and a tutorial that describes
 * buttons which no longer exist loses the reader's trust.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface ReviewSchedule
{
    /** The review period when the council configured none, or configured something that is not a positive number. */
    int DEFAULT_MONTHS = 12;

    /**
     * @param lastReviewed when the tutorial was last checked; null when it never was
     * @param months the review period in months; below 1 means {@link #DEFAULT_MONTHS}
     * @return true when the tutorial was never reviewed or its last review is {@code months} months old or more today
     */
    boolean needsReview(LocalDate lastReviewed, int months);

    /**
     * The one rule, shared by the badge and the activity indicators, which compute for a given day.
     *
     * @param lastReviewed when the tutorial was last checked; null when it never was
     * @param today the day of the computation
     * @param months the review period in months; below 1 means {@link #DEFAULT_MONTHS}
     * @return true when the tutorial was never reviewed or its last review is {@code months} months old or more
     */
    static boolean isDue(LocalDate lastReviewed, LocalDate today, int months)
    {
        int period = months < 1 ? DEFAULT_MONTHS : months;
        // plusMonths keeps the end of month: reviewed on 31 May with 6 months is due on 30 November.
        return lastReviewed == null || !lastReviewed.plusMonths(period).isAfter(today);
    }
}
