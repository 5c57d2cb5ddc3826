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
package org.xwiki.contrib.cdd.internal.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.internal.indicators.OpinionDates;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ActivityReportBuilder;
import org.xwiki.contrib.cdd.report.ReportBody;
import org.xwiki.contrib.cdd.report.ReportReferral;

/**
 * Computes a year's report. A referral belongs to the year it was received in; it is answered by the transmission of
 * its opinion, or failing it by the first adoption of one (as the indicators count it); its due date has passed when
 * it falls before the application's today and in the year. An opinion counts for a body in the year it was
 * transmitted.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultActivityReportBuilder implements ActivityReportBuilder
{
    @Override
    public ActivityReport build(int year, ReportRecords records, List<String> bodies, LocalDate today)
    {
        Map<String, LocalDate> opinions = OpinionDates.firstAdoptions(records.saisines(), records.contributions());
        List<ReportReferral> referrals = new ArrayList<>();
        for (EntityRecord saisine : records.saisines()) {
            LocalDate received = saisine.date(SaisineClass.RECEIVED_DATE);
            if (received != null && received.getYear() == year) {
                referrals.add(referral(saisine, opinions.get(saisine.page()), today));
            }
        }
        referrals.sort(Comparator.comparing(ReportReferral::received).thenComparing(ReportReferral::page));
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (String kind : List.of(SaisineClass.MANDATORY, SaisineClass.OPTIONAL, SaisineClass.SELF)) {
            byKind.put(kind, (int) referrals.stream().filter(r -> kind.equals(r.kind())).count());
        }
        return new ActivityReport(year, referrals, byKind, bodies(year, records.saisines(), referrals, bodies),
            meetings(year, records.meetings()));
    }

    private static ReportReferral referral(EntityRecord saisine, LocalDate opinion, LocalDate today)
    {
        LocalDate received = saisine.date(SaisineClass.RECEIVED_DATE);
        LocalDate due = saisine.date(SaisineClass.DUE_DATE);
        LocalDate transmitted = saisine.date(SaisineClass.TRANSMITTED_DATE);
        LocalDate answered = transmitted != null ? transmitted : opinion;
        String outcome;
        if (WorkflowStates.DECLINED.equals(saisine.string(SaisineClass.STATUS))) {
            outcome = ReportReferral.DECLINED;
        } else if (answered != null) {
            outcome = due == null || !answered.isAfter(due) ? ReportReferral.ON_TIME : ReportReferral.LATE;
        } else {
            outcome = due != null && due.isBefore(today) ? ReportReferral.UNANSWERED : ReportReferral.PENDING;
        }
        Long delay = opinion == null ? null : ChronoUnit.DAYS.between(received, opinion);
        return new ReportReferral(saisine.page(), text(saisine.string(SaisineClass.KIND)),
            text(saisine.string(SaisineClass.ORIGIN_BODY)), text(saisine.string(SaisineClass.GROUP)), received, due,
            opinion, delay, transmitted, saisine.strings(SaisineClass.TRANSMITTED_TO), outcome);
    }

    private static List<ReportBody> bodies(int year, List<EntityRecord> saisines, List<ReportReferral> referrals,
        List<String> configured)
    {
        Set<String> names = new LinkedHashSet<>(configured);
        referrals.stream().map(ReportReferral::origin).filter(origin -> !origin.isEmpty()).forEach(names::add);
        List<EntityRecord> transmitted = saisines.stream().filter(s -> {
            LocalDate date = s.date(SaisineClass.TRANSMITTED_DATE);
            return date != null && date.getYear() == year;
        }).toList();
        transmitted.forEach(s -> names.addAll(s.strings(SaisineClass.TRANSMITTED_TO)));
        List<ReportBody> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(new ReportBody(name, (int) referrals.stream().filter(r -> name.equals(r.origin())).count(),
                (int) transmitted.stream().filter(s -> s.strings(SaisineClass.TRANSMITTED_TO).contains(name))
                    .count()));
        }
        lines.add(new ReportBody("", referrals.size(), transmitted.size()));
        return lines;
    }

    private static Map<String, Integer> meetings(int year, List<EntityRecord> meetings)
    {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (EntityRecord meeting : meetings) {
            java.time.LocalDateTime start = meeting.dateTime(MeetingClass.START);
            if (start != null && start.getYear() == year) {
                byKind.merge(text(meeting.string(MeetingClass.KIND)), 1, Integer::sum);
            }
        }
        return byKind;
    }

    private static String text(String value)
    {
        return value == null ? "" : value;
    }
}
