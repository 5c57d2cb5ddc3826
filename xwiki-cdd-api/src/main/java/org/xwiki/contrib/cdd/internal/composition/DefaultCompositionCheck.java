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
package org.xwiki.contrib.cdd.internal.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.composition.AgeClassShare;
import org.xwiki.contrib.cdd.composition.AgeClassShare.Representation;
import org.xwiki.contrib.cdd.composition.CompositionCheck;
import org.xwiki.contrib.cdd.composition.CompositionMessage;
import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.contrib.cdd.composition.CompositionRules;
import org.xwiki.contrib.cdd.composition.Parity;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;

/**
 * Counts the active members by gender, age class, college, commune and EPCI, and compares them with the rules.
 * Members without a mandate start are taken as active (their dates are unknown, not absent from the council).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultCompositionCheck implements CompositionCheck
{
    private static final double HUNDRED = 100.0;

    @Override
    public CompositionReport check(List<EntityRecord> members, CompositionRules rules)
    {
        List<EntityRecord> active = members.stream().filter(m -> isActive(m, rules.date())).toList();
        List<CompositionMessage> errors = new ArrayList<>();
        List<AgeClassShare> ages = ageClasses(active, rules, errors);
        Map<String, Integer> byCollege = countBy(active, MemberClass.COLLEGE, rules.colleges());
        List<String> epcis = rules.communeEpci().values().stream().distinct().toList();
        Set<String> communes = active.stream().map(m -> m.string(MemberClass.COMMUNE))
            .filter(rules.communeEpci()::containsKey).collect(Collectors.toSet());
        int endingSoon = renewals(active, rules).size();
        return new CompositionReport(rules.date(), active.size(), parity(active), ages,
            (int) active.stream().filter(m -> !m.has(MemberPrivateClass.AGE_CLASS)).count(), dissimilarity(ages),
            (int) active.stream().filter(m -> m.flag(MemberPrivateClass.COMMUNITY_COUNCILLOR)).count(), byCollege,
            byCollege.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList(),
            communes.size(), rules.communeEpci().size(), countByEpci(active, rules, epcis), endingSoon, errors);
    }

    @Override
    public List<EntityRecord> renewals(List<EntityRecord> members, CompositionRules rules)
    {
        LocalDate warningEnd = rules.date().plusDays(rules.mandateWarningDays());
        return members.stream().filter(m -> isActive(m, rules.date()))
            .filter(m -> {
                LocalDate end = m.date(MemberClass.MANDATE_END);
                return end != null && !end.isAfter(warningEnd);
            })
            .sorted(java.util.Comparator.comparing((EntityRecord m) -> m.date(MemberClass.MANDATE_END))
                .thenComparing(EntityRecord::page))
            .toList();
    }

    private static boolean isActive(EntityRecord member, LocalDate date)
    {
        LocalDate start = member.date(MemberClass.MANDATE_START);
        LocalDate end = member.date(MemberClass.MANDATE_END);
        return (start == null || !start.isAfter(date)) && (end == null || !end.isBefore(date));
    }

    private static Parity parity(List<EntityRecord> active)
    {
        int women = count(active, MemberPrivateClass.FEMALE);
        int men = count(active, MemberPrivateClass.MALE);
        int other = count(active, MemberPrivateClass.OTHER);
        int undisclosed = active.size() - women - men - other;
        int difference = Math.abs(women - men);
        return new Parity(women, men, other, undisclosed, difference, difference <= 1);
    }

    private static int count(List<EntityRecord> active, String gender)
    {
        return (int) active.stream().filter(m -> gender.equals(m.string(MemberPrivateClass.GENDER))).count();
    }

    private static List<AgeClassShare> ageClasses(List<EntityRecord> active, CompositionRules rules,
        List<CompositionMessage> errors)
    {
        Map<String, Double> census = rules.censusShares();
        if (census.isEmpty()) {
            errors.add(new CompositionMessage(CompositionMessage.NO_CENSUS, List.of()));
            return List.of();
        }
        double sum = census.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - HUNDRED) > CENSUS_SUM_TOLERANCE) {
            errors.add(new CompositionMessage(CompositionMessage.CENSUS_SUM, List.of(sum)));
            return List.of();
        }
        Map<String, Integer> counts = countBy(active, MemberPrivateClass.AGE_CLASS, List.copyOf(census.keySet()));
        active.stream().map(m -> m.string(MemberPrivateClass.AGE_CLASS)).filter(Objects::nonNull)
            .filter(c -> !census.containsKey(c)).collect(Collectors.groupingBy(c -> c, Collectors.counting()))
            .forEach((ageClass, n) -> errors.add(new CompositionMessage(CompositionMessage.UNKNOWN_AGE_CLASS,
                List.of(ageClass, n.intValue()))));
        int known = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<AgeClassShare> shares = new ArrayList<>();
        census.forEach((ageClass, censusShare) -> {
            int members = counts.get(ageClass);
            double share = known == 0 ? 0 : HUNDRED * members / known;
            double deviation = share - censusShare;
            Representation representation = Representation.WITHIN;
            if (known > 0 && deviation > rules.tolerancePoints()) {
                representation = Representation.OVER;
            } else if (known > 0 && -deviation > rules.tolerancePoints()) {
                representation = Representation.UNDER;
            }
            shares.add(new AgeClassShare(ageClass, members, share, censusShare, deviation, representation));
        });
        return shares;
    }

    private static Double dissimilarity(List<AgeClassShare> ages)
    {
        if (ages.isEmpty() || ages.stream().mapToInt(AgeClassShare::members).sum() == 0) {
            return null;
        }
        return ages.stream().mapToDouble(a -> Math.abs(a.deviation())).sum() / 2;
    }

    private static Map<String, Integer> countBy(List<EntityRecord> active, String property, List<String> keys)
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0));
        for (EntityRecord member : active) {
            String value = member.string(property);
            if (value != null && counts.containsKey(value)) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> countByEpci(List<EntityRecord> active, CompositionRules rules,
        List<String> epcis)
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        epcis.forEach(epci -> counts.put(epci, 0));
        for (EntityRecord member : active) {
            // The EPCI follows from the commune; the stored EPCI only serves when the commune is not configured.
            String epci = rules.communeEpci().getOrDefault(member.string(MemberClass.COMMUNE),
                member.string(MemberClass.EPCI));
            if (epci != null && counts.containsKey(epci)) {
                counts.merge(epci, 1, Integer::sum);
            }
        }
        return counts;
    }
}
