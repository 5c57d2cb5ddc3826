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

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.indicators.Period;

/**
 * Indicators about what the council produced and what the elected bodies did with it.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class ContributionIndicators
{
    private ContributionIndicators()
    {
    }

    static List<Indicator> compute(List<EntityRecord> contributions, List<EntityRecord> recommendations,
        Period period)
    {
        List<EntityRecord> adopted = contributions.stream()
            .filter(c -> period.contains(c.date(ContributionClass.ADOPTION_DATE))).toList();
        Set<String> adoptedPages = adopted.stream().map(EntityRecord::page).collect(Collectors.toSet());
        // Recommendations are objects on their contribution's page.
        List<EntityRecord> followed = recommendations.stream().filter(r -> adoptedPages.contains(r.page())).toList();
        long replied = followed.stream().filter(r -> r.has(RecommendationClass.REPLY_DATE)).count();
        return List.of(
            new Indicator(IndicatorCalculator.OPINIONS_ADOPTED, adopted.stream()
                .filter(c -> ContributionClass.OPINION.equals(c.string(ContributionClass.TYPE))).count(),
                Indicator.COUNT),
            new Indicator(IndicatorCalculator.CONTRIBUTIONS_BY_TYPE,
                Statistics.countBy(adopted, c -> c.strings(ContributionClass.TYPE)), Indicator.COUNT),
            new Indicator(IndicatorCalculator.CONTRIBUTIONS_BY_STATUS,
                Statistics.countBy(contributions, c -> c.strings(ContributionClass.STATUS)), Indicator.COUNT),
            new Indicator(IndicatorCalculator.RECOMMENDATIONS_REPLIED_SHARE,
                Statistics.share(replied, followed.size()), Indicator.PERCENT),
            new Indicator(IndicatorCalculator.RECOMMENDATIONS_BY_FOLLOW_UP,
                Statistics.countBy(followed, r -> r.strings(RecommendationClass.FOLLOW_UP_STATUS)), Indicator.COUNT));
    }
}
