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
package org.xwiki.contrib.cdd.script;

import java.util.Map;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;

/**
 * How the keys of an indicator's breakdown are labelled: a value of a class's fixed list by that list's translation
 * ({@code <Class>_<property>_<value>}), a person whose category is not given by one label; the council's own texts
 * (themes, bodies, colleges, age classes) and pages are shown as they are.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class BreakdownLabels
{
    /** The key of the people whose gender, college or age class is not given. */
    static final String UNDISCLOSED = MemberPrivateClass.UNDISCLOSED;

    /** Its label. */
    static final String UNDISCLOSED_KEY = "cdd.composition.undisclosed";

    /** The translation prefix of the keys of each breakdown whose keys are values of a fixed list. */
    static final Map<String, String> PREFIXES = Map.of(
        IndicatorCalculator.SAISINES_BY_KIND, prefix(SaisineClass.REFERENCE, SaisineClass.KIND),
        IndicatorCalculator.CONTRIBUTIONS_BY_TYPE, prefix(ContributionClass.REFERENCE, ContributionClass.TYPE),
        IndicatorCalculator.CONTRIBUTIONS_BY_STATUS, prefix(ContributionClass.REFERENCE, ContributionClass.STATUS),
        IndicatorCalculator.RECOMMENDATIONS_BY_FOLLOW_UP,
        prefix(RecommendationClass.REFERENCE, RecommendationClass.FOLLOW_UP_STATUS),
        IndicatorCalculator.MEETINGS_BY_KIND, prefix(MeetingClass.REFERENCE, MeetingClass.KIND),
        IndicatorCalculator.ATTENDANCE_BY_GENDER, prefix(MemberPrivateClass.REFERENCE, MemberPrivateClass.GENDER));

    private BreakdownLabels()
    {
    }

    private static String prefix(String classReference, String property)
    {
        return classReference + '_' + property + '_';
    }
}
