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
package org.xwiki.contrib.cdd.publication;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * What one newsletter tells: the period, the day until which it announces meetings, and its items by section.
 *
 * @param period the days it covers
 * @param meetingsUntil the last day of the meetings it announces
 * @param sections the items of each section, in order
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record NewsletterIssue(NewsletterPeriod period, LocalDate meetingsUntil,
    Map<NewsletterSection, List<NewsletterItem>> sections)
{
    /** Copies the items so that an issue cannot change; a missing section is empty. */
    public NewsletterIssue
    {
        Map<NewsletterSection, List<NewsletterItem>> copy = new EnumMap<>(NewsletterSection.class);
        for (NewsletterSection section : NewsletterSection.values()) {
            copy.put(section, List.copyOf(sections.getOrDefault(section, List.of())));
        }
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param section a section
     * @return its items
     */
    public List<NewsletterItem> items(NewsletterSection section)
    {
        return this.sections.get(section);
    }

    /** @return whether it has nothing to tell */
    public boolean isEmpty()
    {
        return this.sections.values().stream().allMatch(List::isEmpty);
    }
}
