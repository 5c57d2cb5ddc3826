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

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;

/**
 * What each person chose for their daily e-mail (the objects of {@value DigestPreferenceClass#PAGE}): whether they
 * receive it, and in which language. A person who chose nothing receives it, in the language of whoever runs the
 * digest, since XWiki's user profile has no language property that every wiki fills in.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class DigestChoices
{
    /** Every choice: user, digest, language (bind nothing). */
    static final String CHOICES_QUERY = String.format("select pref.user, pref.digest, pref.language from Document doc,"
        + " doc.object(%s) as pref where doc.fullName = '%s'", DigestPreferenceClass.REFERENCE,
        DigestPreferenceClass.PAGE);

    /** The current user's choice (bind {@code user}): no row, or their digest and language. */
    static final String PREFERENCE_QUERY = String.format("select pref.digest, pref.language from Document doc, "
        + "doc.object(%s) as pref where doc.fullName = '%s' and pref.user = :user", DigestPreferenceClass.REFERENCE,
        DigestPreferenceClass.PAGE);

    private DigestChoices()
    {
    }

    /**
     * @param rows the rows of {@link #CHOICES_QUERY}
     * @return the users who turned the digest off, as the reminders name them ({@code XWiki.Ann})
     */
    static List<String> optedOut(List<?> rows)
    {
        Set<String> users = new LinkedHashSet<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String user = ReminderSources.user(cells.isEmpty() ? null : cells.get(0));
            if (!user.isEmpty() && cells.size() > 1 && isOff(cells.get(1))) {
                users.add(user);
            }
        }
        return List.copyOf(users);
    }

    /**
     * @param rows the rows of {@link #CHOICES_QUERY}
     * @return the language each user chose, when it is one the application writes in
     */
    static Map<String, Locale> languages(List<?> rows)
    {
        Map<String, Locale> languages = new LinkedHashMap<>();
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String user = ReminderSources.user(cells.isEmpty() ? null : cells.get(0));
            String language = cells.size() > 2 ? language(cells.get(2)) : "";
            if (!user.isEmpty() && !language.isEmpty()) {
                languages.put(user, Locale.forLanguageTag(language));
            }
        }
        return languages;
    }

    /**
     * @param rows the rows of {@link #PREFERENCE_QUERY}
     * @return whether the user receives the digest: unless they turned it off (it is on by default)
     */
    static boolean receives(List<?> rows)
    {
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            if (!cells.isEmpty() && isOff(cells.get(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param rows the rows of {@link #PREFERENCE_QUERY}
     * @return the language the user chose, or empty when they chose none (or one the application does not write)
     */
    static String chosenLanguage(List<?> rows)
    {
        for (Object row : rows == null ? List.of() : rows) {
            List<?> cells = RecordLists.cells(row);
            String language = cells.size() > 1 ? language(cells.get(1)) : "";
            if (!language.isEmpty()) {
                return language;
            }
        }
        return "";
    }

    /**
     * @param value a language as typed or stored
     * @return it when the application writes in it ({@link DigestPreferenceClass#LANGUAGES}), empty otherwise
     */
    static String language(Object value)
    {
        String language = value == null ? "" : value.toString().trim();
        return DigestPreferenceClass.LANGUAGES.contains(language) ? language : "";
    }

    private static boolean isOff(Object digest)
    {
        Integer number = ScriptValues.toInteger(digest);
        return Boolean.FALSE.equals(digest) || number != null && number == 0;
    }
}
