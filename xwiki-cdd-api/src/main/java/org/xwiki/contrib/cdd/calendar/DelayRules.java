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
package org.xwiki.contrib.cdd.calendar;

import java.util.Locale;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * Which delay applies to a referral. The administration may set delays per legal basis or per requesting body, one
 * {@code name=days} a line: a legal basis applies when the referral's legal basis contains its name (so
 * {@code L. 5211-10-1} matches "Article L. 5211-10-1 du CGCT"), a body when it is the requesting body. The legal
 * basis comes first, since the law sets the delay; then the body; then the council's default. A line whose days are
 * not a whole number from 1 to {@link DateBounds#MAX_DAYS} sets nothing.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class DelayRules
{
    /** The most configured delays read. */
    public static final int MAX_RULES = 200;

    private DelayRules()
    {
    }

    /**
     * @param specific the configured delays, name → days (as typed)
     * @param legalBasis the referral's legal basis, or null
     * @param originBody the requesting body, or null
     * @param defaultDays the council's default delay, or null when none is set
     * @return the delay that applies and why; null when none does (no matching rule and no default)
     */
    public static DelayChoice choose(Map<String, String> specific, String legalBasis, String originBody,
        Integer defaultDays)
    {
        DelayChoice rule = specific(specific, lower(legalBasis), lower(originBody).trim());
        if (rule != null) {
            return rule;
        }
        return defaultDays == null || defaultDays < 1 || defaultDays > DateBounds.MAX_DAYS ? null
            : new DelayChoice(defaultDays, DelayChoice.DEFAULT, "");
    }

    // The first rule of the legal basis, else the first of the body, else none.
    private static DelayChoice specific(Map<String, String> specific, String basis, String requester)
    {
        DelayChoice body = null;
        int read = 0;
        for (Map.Entry<String, String> rule : (specific == null ? Map.<String, String>of() : specific).entrySet()) {
            String name = lower(rule.getKey()).trim();
            Integer days = days(rule.getValue());
            if (read++ >= MAX_RULES) {
                break;
            }
            if (name.isEmpty() || days == null) {
                continue;
            }
            if (basis.contains(name)) {
                return new DelayChoice(days, DelayChoice.LEGAL_BASIS, rule.getKey().trim());
            }
            if (body == null && name.equals(requester)) {
                body = new DelayChoice(days, DelayChoice.BODY, rule.getKey().trim());
            }
        }
        return body;
    }

    private static Integer days(String text)
    {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty() || value.length() > 5 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int days = Integer.parseInt(value);
        return days >= 1 && days <= DateBounds.MAX_DAYS ? days : null;
    }

    private static String lower(String text)
    {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
