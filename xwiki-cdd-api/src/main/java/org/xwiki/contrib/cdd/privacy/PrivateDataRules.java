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
package org.xwiki.contrib.cdd.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.stability.Unstable;

/**
 * What a member's private data may hold: the fields a seal carries, and the values each accepts. The form of the
 * private data and the seal check values with these rules, so that nothing unbounded or malformed is ever sealed.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class PrivateDataRules
{
    /** The fields a seal holds, in the order of the form. */
    public static final List<String> FIELDS = List.of(MemberPrivateClass.GENDER, MemberPrivateClass.AGE_CLASS,
        MemberPrivateClass.COMMUNITY_COUNCILLOR, MemberPrivateClass.EMAIL, MemberPrivateClass.PHONE);

    /** The genders one may enter; empty means not entered. */
    public static final List<String> GENDERS = List.of(MemberPrivateClass.FEMALE, MemberPrivateClass.MALE,
        MemberPrivateClass.OTHER, MemberPrivateClass.UNDISCLOSED);

    /** The longest e-mail address (RFC 5321's path limit). */
    public static final int MAX_EMAIL = 254;

    /** The longest phone number, spaces and punctuation included. */
    public static final int MAX_PHONE = 32;

    /** The translation key prefix of each field's problem: {@code cdd.privateData.invalid.<field>}. */
    public static final String PROBLEM_PREFIX = "cdd.privateData.invalid.";

    /** One address, one {@code @}, a dot in the domain, nothing a mail header or a link would read otherwise. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[^@\\s<>\"',;.]+");

    private static final Pattern PHONE = Pattern.compile("[0-9+ ().\\-]*");

    private static final List<String> FLAGS = List.of("", "0", "1");

    private PrivateDataRules()
    {
    }

    /**
     * @param values the values by field name (missing or null: not entered)
     * @param ageClasses the age classes the council configured
     * @return the fields whose value is refused, each as its translation key ({@value #PROBLEM_PREFIX} and the
     *     field), in the order of {@link #FIELDS}; empty when every value may be sealed
     */
    public static List<String> problems(Map<String, String> values, List<String> ageClasses)
    {
        List<String> problems = new ArrayList<>();
        for (String field : FIELDS) {
            String value = value(values, field);
            if (!value.isEmpty() && !accepted(field, value, ageClasses)) {
                problems.add(PROBLEM_PREFIX + field);
            }
        }
        return problems;
    }

    /**
     * @param values values by field name, or null
     * @param field a field
     * @return its value, trimmed; empty when missing
     */
    public static String value(Map<String, String> values, String field)
    {
        String value = values == null ? null : values.get(field);
        return value == null ? "" : value.trim();
    }

    private static boolean accepted(String field, String value, List<String> ageClasses)
    {
        switch (field) {
            case MemberPrivateClass.GENDER:
                return GENDERS.contains(value);
            case MemberPrivateClass.AGE_CLASS:
                return ageClasses != null && ageClasses.contains(value);
            case MemberPrivateClass.COMMUNITY_COUNCILLOR:
                return FLAGS.contains(value);
            case MemberPrivateClass.EMAIL:
                return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
            default:
                return value.length() <= MAX_PHONE && PHONE.matcher(value).matches();
        }
    }
}
