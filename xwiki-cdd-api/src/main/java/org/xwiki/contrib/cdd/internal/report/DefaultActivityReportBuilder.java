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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.internal.indicators.OpinionDates;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ActivityReportBuilder;
import org.xwiki.contrib.cdd.report.ReportBody;
import org.xwiki.contrib.cdd.report.ReportContribution;
import org.xwiki.contrib.cdd.report.ReportGroup;
import org.xwiki.contrib.cdd.report.ReportReferral;

/**
 * Computes a year's report. A referral belongs to the year it was received in; it is answered by the transmission of
 * its opinion, or failing it by the first adoption of one (as the indicators count it); its due date has passed when
 * it falls before the application's today and in the year. A contribution belongs to the year of its adoption date, a
 * meeting to the year it starts in; the publications are those of the year, whenever adopted. An opinion counts for a
 * body in the year it was transmitted, with the recommendations of the adopted contributions that answer it: those
 * addressed to that body, or to none in particular.
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
                referrals.add(referral(saisine, opinions.get(saisine.page()), lastDueDay(year, today)));
            }
        }
        referrals.sort(Comparator.comparing(ReportReferral::received).thenComparing(ReportReferral::page));
        Map<String, Map<String, Integer>> followUps = followUps(records.recommendations());
        List<ReportContribution> contributions = contributions(records.contributions(), followUps,
            c -> c.adopted() != null && c.adopted().getYear() == year);
        contributions.sort(Comparator.comparing(ReportContribution::adopted).thenComparing(ReportContribution::page));
        List<ReportContribution> published = contributions(records.contributions(), followUps,
            c -> c.published() != null && c.published().getYear() == year);
        published.sort(Comparator.comparing(ReportContribution::published).thenComparing(ReportContribution::page));
        List<EntityRecord> meetings = records.meetings().stream().filter(m -> {
            LocalDateTime start = m.dateTime(MeetingClass.START);
            return start != null && start.getYear() == year;
        }).toList();
        return new ActivityReport(year, referrals, new BodyFigures(year, records).lines(referrals, bodies),
            contributions, groups(referrals, contributions, meetings), count(meetings, m -> List.of(text(m.string(
                MeetingClass.KIND)))), count(meetings, m -> m.strings(MeetingClass.METHODS)), published);
    }

    /** A due date counts as passed in the year's report only if it falls before today and within the year. */
    private static LocalDate lastDueDay(int year, LocalDate today)
    {
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isAfter(end) ? end.plusDays(1) : today;
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

    /** The follow-up states of the recommendations, counted per contribution page. */
    private static Map<String, Map<String, Integer>> followUps(List<EntityRecord> recommendations)
    {
        Map<String, Map<String, Integer>> byContribution = new HashMap<>();
        for (EntityRecord recommendation : recommendations) {
            String state = recommendation.string(RecommendationClass.FOLLOW_UP_STATUS);
            byContribution.computeIfAbsent(recommendation.page(), page -> new LinkedHashMap<>())
                .merge(state == null ? WorkflowStates.PENDING : state, 1, Integer::sum);
        }
        return byContribution;
    }

    private static List<ReportContribution> contributions(List<EntityRecord> contributions,
        Map<String, Map<String, Integer>> followUps, Predicate<ReportContribution> kept)
    {
        List<ReportContribution> lines = new ArrayList<>();
        for (EntityRecord contribution : contributions) {
            ReportContribution line = new ReportContribution(contribution.page(),
                text(contribution.string(ContributionClass.TYPE)), text(contribution.string(ContributionClass.SAISINE)),
                text(contribution.string(ContributionClass.GROUP)), contribution.date(ContributionClass.ADOPTION_DATE),
                text(contribution.string(ContributionClass.ADOPTING_BODY)),
                contribution.date(ContributionClass.PUBLICATION_DATE),
                followUps.getOrDefault(contribution.page(), Map.of()));
            if (kept.test(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<ReportGroup> groups(List<ReportReferral> referrals, List<ReportContribution> contributions,
        List<EntityRecord> meetings)
    {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        referrals.stream().map(ReportReferral::group).filter(g -> !g.isEmpty())
            .forEach(g -> counts.computeIfAbsent(g, k -> new int[3])[0]++);
        contributions.stream().map(ReportContribution::group).filter(g -> !g.isEmpty())
            .forEach(g -> counts.computeIfAbsent(g, k -> new int[3])[1]++);
        meetings.stream().map(m -> text(m.string(MeetingClass.GROUP))).filter(g -> !g.isEmpty())
            .forEach(g -> counts.computeIfAbsent(g, k -> new int[3])[2]++);
        return counts.entrySet().stream().map(e -> new ReportGroup(e.getKey(), e.getValue()[0], e.getValue()[1],
            e.getValue()[2])).toList();
    }

    private static Map<String, Integer> count(List<EntityRecord> meetings, Function<EntityRecord, List<String>> keys)
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        meetings.forEach(m -> new LinkedHashSet<>(keys.apply(m)).forEach(key -> counts.merge(key, 1, Integer::sum)));
        return counts;
    }

    private static String text(String value)
    {
        return value == null ? "" : value;
    }

    /**
     * The exchanges with each deliberative body: referrals received from it, opinions transmitted to it in the year,
     * and the follow-up of their recommendations.
     */
    private static final class BodyFigures
    {
        private final List<EntityRecord> transmitted;

        private final Map<String, List<String>> contributionsBySaisine = new HashMap<>();

        private final Map<String, List<EntityRecord>> recommendations = new HashMap<>();

        private final Set<String> configured = new HashSet<>();

        BodyFigures(int year, ReportRecords records)
        {
            this.transmitted = records.saisines().stream().filter(s -> {
                LocalDate date = s.date(SaisineClass.TRANSMITTED_DATE);
                return date != null && date.getYear() == year;
            }).toList();
            // An opinion answers a referral when the contribution names it or the referral lists the contribution (as
            // OpinionDates reads it); only adopted contributions carry recommendations to the elected bodies.
            Set<String> adopted = new HashSet<>();
            for (EntityRecord contribution : records.contributions()) {
                if (contribution.date(ContributionClass.ADOPTION_DATE) != null) {
                    adopted.add(contribution.page());
                    String saisine = contribution.string(ContributionClass.SAISINE);
                    if (saisine != null) {
                        link(saisine, contribution.page());
                    }
                }
            }
            for (EntityRecord saisine : records.saisines()) {
                saisine.strings(SaisineClass.CONTRIBUTIONS).stream().filter(adopted::contains)
                    .forEach(contribution -> link(saisine.page(), contribution));
            }
            records.recommendations().forEach(r -> this.recommendations.computeIfAbsent(r.page(),
                page -> new ArrayList<>()).add(r));
        }

        private void link(String saisine, String contribution)
        {
            List<String> contributions = this.contributionsBySaisine.computeIfAbsent(saisine, s -> new ArrayList<>());
            if (!contributions.contains(contribution)) {
                contributions.add(contribution);
            }
        }

        List<ReportBody> lines(List<ReportReferral> referrals, List<String> configuredBodies)
        {
            this.configured.addAll(configuredBodies);
            Set<String> names = new LinkedHashSet<>(configuredBodies);
            referrals.stream().map(ReportReferral::origin).filter(origin -> !origin.isEmpty()).forEach(names::add);
            this.transmitted.forEach(s -> names.addAll(s.strings(SaisineClass.TRANSMITTED_TO)));
            List<ReportBody> lines = new ArrayList<>();
            for (String name : names) {
                List<EntityRecord> toBody = this.transmitted.stream()
                    .filter(s -> s.strings(SaisineClass.TRANSMITTED_TO).contains(name)).toList();
                lines.add(line(name, (int) referrals.stream().filter(r -> name.equals(r.origin())).count(), toBody));
            }
            lines.add(line("", referrals.size(), this.transmitted));
            return lines;
        }

        /**
         * A body is credited with the recommendations addressed to it, or to nobody in particular; the total line
         * (an empty body) with every recommendation of the opinions transmitted.
         */
        private ReportBody line(String body, int referrals, List<EntityRecord> toBody)
        {
            int all = 0;
            int answered = 0;
            for (EntityRecord saisine : toBody) {
                for (String contribution : this.contributionsBySaisine.getOrDefault(saisine.page(), List.of())) {
                    for (EntityRecord recommendation : this.recommendations.getOrDefault(contribution, List.of())) {
                        if (credits(body, recommendation)) {
                            all++;
                            answered += isAnswered(recommendation) ? 1 : 0;
                        }
                    }
                }
            }
            return new ReportBody(body, this.configured.contains(body), referrals, toBody.size(), all, answered);
        }

        private static boolean credits(String body, EntityRecord recommendation)
        {
            String addressee = text(recommendation.string(RecommendationClass.ADDRESSEE));
            return body.isEmpty() || addressee.isEmpty() || addressee.equals(body);
        }

        private static boolean isAnswered(EntityRecord recommendation)
        {
            String state = recommendation.string(RecommendationClass.FOLLOW_UP_STATUS);
            return state != null && !WorkflowStates.PENDING.equals(state);
        }
    }
}
