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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * Unit tests for {@link DefaultReviewSchedule}, with "today" fixed to Saturday 28 November 2026.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultReviewScheduleTest
{
    private static final LocalDate TODAY = TestClockProvider.TODAY;

    @InjectMockComponents
    private DefaultReviewSchedule schedule;

    @MockComponent
    private ClockProvider clockProvider;

    @BeforeEach
    void fixToday()
    {
        when(this.clockProvider.getClock()).thenReturn(TestClockProvider.clock());
    }

    @ParameterizedTest
    @CsvSource({
        // 12 months old today is due; one day less is fine
        "2025-11-28,12,true", "2025-11-29,12,false",
        // a review last week, or in the future (typed ahead), is fine
        "2026-11-21,12,false", "2027-01-10,12,false",
        // end of month: reviewed on 31 May with 6 months is due on 30 November, not before
        "2026-05-31,6,false", "2026-05-28,6,true",
        // a short period chosen by the council
        "2026-10-28,1,true", "2026-10-29,1,false",
        // 0 or a negative period is a configuration mistake: the default 12 months applies
        "2026-01-01,0,false", "2025-01-01,0,true", "2025-01-01,-3,true"})
    void dueAfterThePeriod(String lastReviewed, int months, boolean due)
    {
        assertEquals(due, this.schedule.needsReview(LocalDate.parse(lastReviewed), months),
            () -> lastReviewed + " with " + months + " months");
    }

    @Test
    void neverReviewedIsDue()
    {
        assertTrue(this.schedule.needsReview(null, 12));
    }
}
