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
package org.xwiki.contrib.cdd.internal.knowledge;

import java.time.LocalDate;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.knowledge.ReviewSchedule;

/**
 * Review dates counted in calendar months from the component's clock; stateless.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultReviewSchedule implements ReviewSchedule
{
    @Inject
    private ClockProvider clockProvider;

    @Override
    public boolean needsReview(LocalDate lastReviewed, int months)
    {
        return ReviewSchedule.isDue(lastReviewed, LocalDate.now(this.clockProvider.getClock()), months);
    }
}
