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
package org.xwiki.contrib.cdd.internal.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.IndicatorInput;
import org.xwiki.contrib.cdd.indicators.IndicatorReport;
import org.xwiki.contrib.cdd.indicators.Period;
import org.xwiki.contrib.cdd.knowledge.ReviewSchedule;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;

/**
 * Computes every indicator in one pass per kind of record (records are indexed by page, never looked up in a loop).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultIndicatorCalculator implements IndicatorCalculator
{
    /** A published tutorial needs a review when its last one is this old. */
    static final int REVIEW_MONTHS = ReviewSchedule.DEFAULT_MONTHS;

    @Inject
    private ClockProvider clockProvider;

    @Override
    public IndicatorReport compute(IndicatorInput input, Period period)
    {
        LocalDate today = LocalDate.now(this.clockProvider.getClock());
        List<Indicator> indicators = new ArrayList<>();
        indicators.addAll(new ReferralIndicators(input.saisines(), input.contributions(), period, today).compute());
        indicators.addAll(ContributionIndicators.compute(input.contributions(), input.recommendations(), period));
        indicators.addAll(ParticipationIndicators.compute(input.meetings(), input.members(), period));
        indicators.addAll(tutorials(input.tutorials(), period, today));
        List<Indicator> ordered = IndicatorCalculator.ALL.stream()
            .map(id -> indicators.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow()).toList();
        return new IndicatorReport(period, today, ordered);
    }

    private static List<Indicator> tutorials(List<EntityRecord> tutorials, Period period, LocalDate today)
    {
        long notReviewed = tutorials.stream()
            .filter(t -> CouncilWorkflows.PUBLISHED.equals(t.string(TutorialClass.STATUS)))
            .filter(t -> ReviewSchedule.isDue(t.date(TutorialClass.LAST_REVIEWED), today, REVIEW_MONTHS)).count();
        return List.of(
            new Indicator(IndicatorCalculator.TUTORIALS_PUBLISHED,
                tutorials.stream().filter(t -> period.contains(t.date(TutorialClass.PUBLICATION_DATE))).count(),
                Indicator.COUNT),
            new Indicator(IndicatorCalculator.TUTORIALS_NOT_REVIEWED, notReviewed, Indicator.COUNT));
    }
}
