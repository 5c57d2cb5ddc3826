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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.Period;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;

/**
 * Indicators about referrals: what came in, how fast and how well the council answered.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class ReferralIndicators
{
    private static final int P90 = 90;

    private final List<EntityRecord> saisines;

    private final Period period;

    private final LocalDate today;

    /** The first adoption date of an opinion for each referral page. */
    private final Map<String, LocalDate> firstAdoption;

    ReferralIndicators(List<EntityRecord> saisines, List<EntityRecord> contributions, Period period, LocalDate today)
    {
        this.saisines = saisines;
        this.period = period;
        this.today = today;
        this.firstAdoption = OpinionDates.firstAdoptions(saisines, contributions);
    }

    List<Indicator> compute()
    {
        List<EntityRecord> received = this.saisines.stream()
            .filter(s -> this.period.contains(s.date(SaisineClass.RECEIVED_DATE))).toList();
        List<Long> days = received.stream().filter(s -> this.firstAdoption.containsKey(s.page()))
            .map(s -> ChronoUnit.DAYS.between(s.date(SaisineClass.RECEIVED_DATE), this.firstAdoption.get(s.page())))
            .sorted().toList();
        return List.of(
            new Indicator(IndicatorCalculator.SAISINES_BY_KIND,
                Statistics.countBy(received, s -> s.strings(SaisineClass.KIND)), Indicator.COUNT),
            new Indicator(IndicatorCalculator.SAISINES_BY_ORIGIN,
                Statistics.countBy(received, s -> s.strings(SaisineClass.ORIGIN_BODY)), Indicator.COUNT),
            new Indicator(IndicatorCalculator.SAISINES_BY_THEME,
                Statistics.countBy(received, s -> s.strings(SaisineClass.THEMES)), Indicator.COUNT),
            answeredBeforeDue(),
            new Indicator(IndicatorCalculator.DAYS_TO_ADOPTION_MEDIAN, Statistics.median(days), Indicator.DAYS),
            new Indicator(IndicatorCalculator.DAYS_TO_ADOPTION_P90, Statistics.percentile(days, P90), Indicator.DAYS),
            mandatoryOverdue());
    }

    private LocalDate lastDueDay()
    {
        return this.today.isBefore(this.period.end()) ? this.today : this.period.end();
    }

    private boolean isDeclined(EntityRecord saisine)
    {
        return CouncilWorkflows.DECLINED.equals(saisine.string(SaisineClass.STATUS));
    }

    /** The answer date is the transmission date, or failing it the first adoption of an opinion. */
    private LocalDate answerDate(EntityRecord saisine)
    {
        LocalDate transmitted = saisine.date(SaisineClass.TRANSMITTED_DATE);
        return transmitted != null ? transmitted : this.firstAdoption.get(saisine.page());
    }

    private Indicator answeredBeforeDue()
    {
        LocalDate lastDue = lastDueDay();
        List<EntityRecord> due = this.saisines.stream().filter(s -> !isDeclined(s)).filter(s -> {
            LocalDate dueDate = s.date(SaisineClass.DUE_DATE);
            return this.period.contains(dueDate) && !dueDate.isAfter(lastDue);
        }).toList();
        long onTime = due.stream().filter(s -> {
            LocalDate answered = answerDate(s);
            return answered != null && !answered.isAfter(s.date(SaisineClass.DUE_DATE));
        }).count();
        return new Indicator(IndicatorCalculator.ANSWERED_BEFORE_DUE_SHARE, Statistics.share(onTime, due.size()),
            Indicator.PERCENT);
    }

    private Indicator mandatoryOverdue()
    {
        LocalDate lastDue = lastDueDay();
        long overdue = this.saisines.stream()
            .filter(s -> SaisineClass.MANDATORY.equals(s.string(SaisineClass.KIND)) && !isDeclined(s))
            .filter(s -> {
                LocalDate dueDate = s.date(SaisineClass.DUE_DATE);
                LocalDate adopted = this.firstAdoption.get(s.page());
                return this.period.contains(dueDate) && !dueDate.isAfter(lastDue)
                    && (adopted == null || adopted.isAfter(dueDate));
            }).count();
        return new Indicator(IndicatorCalculator.MANDATORY_OVERDUE, overdue, Indicator.COUNT);
    }
}
