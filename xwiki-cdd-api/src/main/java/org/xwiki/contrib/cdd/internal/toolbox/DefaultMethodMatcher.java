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
package org.xwiki.contrib.cdd.internal.toolbox;

import java.util.Comparator;
import java.util.List;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.toolbox.MethodMatcher;
import org.xwiki.contrib.cdd.toolbox.MethodNeed;

/**
 * Matches methods against a facilitator's need; stateless.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultMethodMatcher implements MethodMatcher
{
    // Methods that fill the time available best come first: a 40-minute debate is a better answer to "45 minutes"
    // than a 10-minute icebreaker, which still fits and stays in the list.
    private static final Comparator<EntityRecord> BEST_FIRST =
        Comparator.comparing((EntityRecord m) -> durationOf(m), Comparator.reverseOrder())
            .thenComparing(EntityRecord::page);

    @Override
    public List<EntityRecord> match(List<EntityRecord> methods, MethodNeed need)
    {
        return methods.stream().filter(m -> fitsGroup(m, need.participants()) && fitsTime(m, need.minutes())
            && fitsFormat(m, need.format()) && servesObjective(m, need.objective())).sorted(BEST_FIRST).toList();
    }

    private static int durationOf(EntityRecord method)
    {
        Integer duration = method.integer(MethodClass.DURATION_MINUTES);
        return duration == null ? 0 : duration;
    }

    private static boolean fitsGroup(EntityRecord method, Integer participants)
    {
        if (participants == null) {
            return true;
        }
        Integer min = method.integer(MethodClass.PARTICIPANTS_MIN);
        Integer max = method.integer(MethodClass.PARTICIPANTS_MAX);
        return (min == null || participants >= min) && (max == null || participants <= max);
    }

    private static boolean fitsTime(EntityRecord method, Integer minutes)
    {
        Integer duration = method.integer(MethodClass.DURATION_MINUTES);
        return minutes == null || duration == null || duration <= minutes;
    }

    private static boolean fitsFormat(EntityRecord method, String format)
    {
        if (format == null || format.isEmpty()) {
            return true;
        }
        String methodFormat = method.string(MethodClass.FORMAT);
        return methodFormat == null || methodFormat.equals(format) || MethodClass.BOTH.equals(methodFormat);
    }

    private static boolean servesObjective(EntityRecord method, String objective)
    {
        return objective == null || objective.isEmpty() || method.strings(MethodClass.OBJECTIVES).contains(objective);
    }
}
