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
import java.util.Set;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Computes the council's self-evaluation indicators for a period: the figures of the legal activity report.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface IndicatorCalculator
{
    /** Referrals received in the period, per kind. */
    String SAISINES_BY_KIND = "saisines_by_kind";

    /** Referrals received in the period, per origin body. */
    String SAISINES_BY_ORIGIN = "saisines_by_origin";

    /** Referrals received in the period, per theme (one referral counts in each of its themes). */
    String SAISINES_BY_THEME = "saisines_by_theme";

    /** Opinions (type opinion) adopted in the period. */
    String OPINIONS_ADOPTED = "opinions_adopted";

    /** Share of the referrals due in the period (and already due) answered on or before their due date. */
    String ANSWERED_BEFORE_DUE_SHARE = "answered_before_due_share";

    /** Median days from receipt to the first adoption, for referrals received in the period. */
    String DAYS_TO_ADOPTION_MEDIAN = "days_to_adoption_median";

    /** 90th percentile of the same days (nearest rank). */
    String DAYS_TO_ADOPTION_P90 = "days_to_adoption_p90";

    /** Mandatory consultations already due by the end of the period with no opinion adopted by their due date. */
    String MANDATORY_OVERDUE = "mandatory_overdue_without_opinion";

    /** Contributions adopted in the period, per type. */
    String CONTRIBUTIONS_BY_TYPE = "contributions_by_type";

    /** Every contribution, per current status. */
    String CONTRIBUTIONS_BY_STATUS = "contributions_by_status";

    /** Share of the recommendations of contributions adopted in the period that have a reply. */
    String RECOMMENDATIONS_REPLIED_SHARE = "recommendations_replied_share";

    /** The same recommendations, per follow-up status. */
    String RECOMMENDATIONS_BY_FOLLOW_UP = "recommendations_by_follow_up";

    /** Meetings held in the period, per kind. */
    String MEETINGS_BY_KIND = "meetings_by_kind";

    /** Expected participants who attended, over all meetings of the period. */
    String ATTENDANCE_RATE = "attendance_rate";

    /** The same rate per college. */
    String ATTENDANCE_BY_COLLEGE = "attendance_by_college";

    /** The same rate per gender. */
    String ATTENDANCE_BY_GENDER = "attendance_by_gender";

    /** The same rate per age class. */
    String ATTENDANCE_BY_AGE_CLASS = "attendance_by_age_class";

    /** The indicators computed from members' private data: shown to animators only, never frozen in a report. */
    Set<String> PRIVATE = Set.of(ATTENDANCE_BY_GENDER, ATTENDANCE_BY_AGE_CLASS);

    /** Members who attended at least one meeting of the period. */
    String ACTIVE_MEMBERS = "active_members";

    /** Members whose mandate covers part of the period. */
    String MEMBERS_TOTAL = "members_total";

    /** Members whose mandate started in the period. */
    String NEW_MEMBERS = "new_members";

    /** Meetings of the period that used each method. */
    String METHODS_USED = "methods_used";

    /** Tutorials published in the period. */
    String TUTORIALS_PUBLISHED = "tutorials_published";

    /** Published tutorials not reviewed for 12 months or more. */
    String TUTORIALS_NOT_REVIEWED = "tutorials_not_reviewed";

    /** Every indicator id, in report order. */
    List<String> ALL = List.of(SAISINES_BY_KIND, SAISINES_BY_ORIGIN, SAISINES_BY_THEME, OPINIONS_ADOPTED,
        ANSWERED_BEFORE_DUE_SHARE, DAYS_TO_ADOPTION_MEDIAN, DAYS_TO_ADOPTION_P90, MANDATORY_OVERDUE,
        CONTRIBUTIONS_BY_TYPE, CONTRIBUTIONS_BY_STATUS, RECOMMENDATIONS_REPLIED_SHARE, RECOMMENDATIONS_BY_FOLLOW_UP,
        MEETINGS_BY_KIND, ATTENDANCE_RATE, ATTENDANCE_BY_COLLEGE, ATTENDANCE_BY_GENDER, ATTENDANCE_BY_AGE_CLASS,
        ACTIVE_MEMBERS, MEMBERS_TOTAL, NEW_MEMBERS, METHODS_USED, TUTORIALS_PUBLISHED, TUTORIALS_NOT_REVIEWED);

    /**
     * @param input the records
     * @param period the period
     * @return every indicator of {@link #ALL}, in that order
     */
    IndicatorReport compute(IndicatorInput input, Period period);
}
