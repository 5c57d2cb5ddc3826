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

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.calendar.DeadlineCalculator;
import org.xwiki.contrib.cdd.calendar.Reminder;
import org.xwiki.contrib.cdd.calendar.ReminderItem;
import org.xwiki.contrib.cdd.calendar.ReminderPlanner;
import org.xwiki.contrib.cdd.entity.DigestLogClass;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.reminders}: who must be reminded of what on a day. A page runs {@link #getQueries()} (one query
 * each), gives the rows and the confirmed states to {@link #items}, then the items to {@link #plan}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(ReminderScriptService.HINT)
@Singleton
@Unstable
public class ReminderScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.reminders";

    private static final String PREFIX = "cdd.reminder.";

    /** The longest configured text read: ten offsets of four digits and their separators. */
    private static final int MAX_OFFSETS_TEXT = 60;

    @Inject
    private ReminderPlanner planner;

    @Inject
    private ClockProvider clockProvider;

    @Inject
    private ScriptErrors errors;

    @Inject
    private CurrentLocale currentLocale;

    /**
     * @return the statements to run, by name: {@code saisines}, {@code actionItems}, {@code recommendations},
     *     {@code minutes}, {@code tutorials}, {@code groups}, {@code animators}
     */
    public Map<String, String> getQueries()
    {
        return ReminderSources.statements();
    }

    /**
     * @param rows the rows of each query of {@link #getQueries()}, by its name
     * @param states the confirmed states ({@code $services.cdd.states.of(...)})
     * @param day the day, as a Date, LocalDate or ISO string
     * @param reviewMonths the tutorials' review period in months (a number or its text; none: the default)
     * @return every open item with its due date and the people to remind; null (and lastError) for a day that cannot
     *     be read
     */
    public List<ReminderItem> items(Map<?, ?> rows, ConfirmedStates states, Object day, Object reviewMonths)
    {
        this.errors.clear();
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate date = ScriptValues.toDate(day, zone);
        if (date == null) {
            return this.errors.badDate(day, zone);
        }
        Map<String, List<?>> byName = new LinkedHashMap<>();
        ScriptValues.toValueMap(rows).forEach((name, value) -> byName.put(name,
            value instanceof List<?> list ? list : List.of()));
        Integer months = ScriptValues.toInteger(reviewMonths);
        int period = months == null || months < 1 || months > DateBounds.MAX_MONTHS ? 0 : months;
        return ReminderSources.items(new ReminderSources.Sources(byName,
            states == null ? ConfirmedStates.of(List.of()) : states, date, period, zone));
    }

    /**
     * @param day the day the reminders go out, as a Date, LocalDate or ISO string
     * @param items what {@link #items} gave
     * @param offsets the days before a due date a reminder goes out: the configured text ({@code 30,7,1}) or a list;
     *     empty: 30, 7 and 1
     * @param alsaceMoselle whether the Alsace-Moselle holidays count
     * @return the reminders of that day by person, each person's by due date; null (and lastError) for a day or an
     *     offset that cannot be read or is out of bounds
     */
    public Map<String, List<Reminder>> plan(Object day, List<?> items, Object offsets, boolean alsaceMoselle)
    {
        this.errors.clear();
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate date = ScriptValues.toDate(day, zone);
        if (date == null) {
            return this.errors.badDate(day, zone);
        }
        List<Integer> before = offsets(offsets);
        if (before == null) {
            return null;
        }
        List<ReminderItem> kept = new ArrayList<>();
        for (Object item : items == null ? List.of() : items) {
            if (item instanceof ReminderItem reminderItem) {
                kept.add(reminderItem);
            }
        }
        if (kept.size() > ReminderPlanner.MAX_ITEMS) {
            return this.errors.fail(ScriptError.BAD_NUMBER, String.valueOf(kept.size()));
        }
        return this.planner.remindersOn(date, kept, before, alsaceMoselle);
    }

    /**
     * @param configured the configured offsets: a text such as {@code 30, 7, 1}, or a list of numbers
     * @return them as numbers, most days first; empty for none; null (and lastError) when one cannot be read, is
     *     outside 1 to {@link DateBounds#MAX_DAYS}, or there are more than {@link ReminderPlanner#MAX_OFFSETS}
     */
    public List<Integer> offsets(Object configured)
    {
        this.errors.clear();
        List<Object> values = values(configured);
        if (values == null) {
            return this.errors.fail(ScriptError.BAD_NUMBER, configured.toString().substring(0, MAX_OFFSETS_TEXT) + '…');
        }
        List<Integer> offsets = new ArrayList<>();
        for (Object value : values) {
            Integer days = value == null ? null : ScriptValues.toInteger(value);
            if (days == null) {
                return this.errors.fail(ScriptError.BAD_NUMBER, String.valueOf(value));
            }
            if (days < 1 || days > DateBounds.MAX_DAYS || offsets.size() >= ReminderPlanner.MAX_OFFSETS) {
                return this.errors.fail(ScriptError.DELAY_OUT_OF_RANGE, String.valueOf(days),
                    String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS));
            }
            if (!offsets.contains(days)) {
                offsets.add(days);
            }
        }
        offsets.sort((a, b) -> b - a);
        return offsets;
    }

    /** The configured offsets as values to read; null for a text too long to be offsets. */
    private static List<Object> values(Object configured)
    {
        List<Object> values = new ArrayList<>();
        if (configured instanceof Collection<?> collection) {
            values.addAll(collection);
        } else if (configured != null && !configured.toString().isBlank()) {
            String text = configured.toString();
            if (text.length() > MAX_OFFSETS_TEXT) {
                return null;
            }
            values.addAll(List.of(text.trim().split("[,;\\s]+")));
        }
        return values;
    }

    /** @return today and tomorrow, on the application's clock: the days the reminders page shows */
    public List<LocalDate> getDays()
    {
        LocalDate today = LocalDate.now(this.clockProvider.getClock());
        return List.of(today, today.plusDays(1));
    }

    /**
     * @param day a day, as a Date, LocalDate or ISO string
     * @return it written in full for the reader's language ({@code 2 mars 2026}, {@code March 2, 2026}); empty when
     *     it cannot be read
     */
    public String written(Object day)
    {
        return written(day, this.currentLocale.get());
    }

    /**
     * @param day a day, as a Date, LocalDate or ISO string
     * @param locale the language to write it in (a person's, from {@link #locale}); null: the reader's
     * @return it written in full in that language; empty when it cannot be read
     */
    public String written(Object day, Locale locale)
    {
        LocalDate date = ScriptValues.toDate(day, this.clockProvider.getStorageZone());
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale == null ? this.currentLocale.get() : locale).format(date);
    }

    /**
     * @return the statement of the digest log of a day (bind {@code page}, {@link #logPage}): user, status, when,
     *     run, error; its rows go to {@link #toSend}
     */
    public String getLogQuery()
    {
        return DigestLog.LOG_QUERY;
    }

    /**
     * @param day a day, as a Date, LocalDate or ISO string
     * @return it as the log writes days ({@code 2026-11-30}); null (and lastError) when it cannot be read
     */
    public String dayKey(Object day)
    {
        this.errors.clear();
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate date = ScriptValues.toDate(day, zone);
        return date == null ? this.errors.badDate(day, zone) : date.toString();
    }

    /**
     * @param day a day, as a Date, LocalDate or ISO string
     * @return the page of that day's digest log; null (and lastError) when the day cannot be read
     */
    public String logPage(Object day)
    {
        String key = dayKey(day);
        return key == null ? null : DigestLogClass.page(key);
    }

    /**
     * @param plan the day's reminders by person ({@link #plan})
     * @param logRows the rows of {@link #getLogQuery()} for that day
     * @param optedOut the users who turned the digest off ({@link #optedOut})
     * @return the people to send a digest to now, with their reminders: not opted out, neither sent nor claimed that
     *     day (a claim of a run that stopped included: it may have sent); a failed one is sent again
     */
    public Map<String, List<Reminder>> toSend(Map<?, ?> plan, List<?> logRows, List<?> optedOut)
    {
        return DigestLog.toSend(plan, logRows, optedOut);
    }

    /**
     * @param configured the configured reminder days, as {@link #offsets} reads them
     * @return them as the pages write them ({@code 30, 7, 1}), the default ones when none is set; empty when they
     *     cannot be read
     */
    public String offsetsText(Object configured)
    {
        List<Integer> offsets = offsets(configured);
        if (offsets == null) {
            return "";
        }
        List<Integer> shown = offsets.isEmpty() ? DeadlineCalculator.DEFAULT_REMINDER_DAYS : offsets;
        return String.join(", ", shown.stream().map(String::valueOf).toList());
    }

    /**
     * @param logRows the rows of {@link #getLogQuery()}, read again after a run saved its claims
     * @param user a person
     * @param run the run's id
     * @return whether this run's claim is the one the log kept for that person (two runs at once: the log keeps the
     *     claim saved last, and only its run sends)
     */
    public boolean claimed(List<?> logRows, String user, String run)
    {
        return DigestLog.claimed(logRows, user, run);
    }

    /**
     * @param externalHome the external URL of a page ({@code https://wiki.example.org/xwiki/bin/view/CDD/})
     * @param relativeHome the URL of the same page as pages link it ({@code /xwiki/bin/view/CDD/})
     * @return what to put before a page's URL for an e-mail ({@code https://wiki.example.org}); empty when the two
     *     do not match
     */
    public String origin(String externalHome, String relativeHome)
    {
        return externalHome != null && relativeHome != null && !relativeHome.isEmpty()
            && externalHome.endsWith(relativeHome)
            ? externalHome.substring(0, externalHome.length() - relativeHome.length()) : "";
    }

    /**
     * @param intro the e-mail's opening sentence
     * @param lines the person's reminders, as sentences (at most {@link ReminderPlanner#MAX_ITEMS})
     * @param links each one's absolute link, in the same order
     * @param footer the closing sentence
     * @return the e-mail's body, HTML (escaped, inline styles) and text
     */
    public DigestMailBody mailBody(String intro, List<?> lines, List<?> links, String footer)
    {
        List<String> texts = ScriptValues.toStrings(lines);
        List<String> urls = ScriptValues.toStrings(links);
        int count = Math.min(texts.size(), ReminderPlanner.MAX_ITEMS);
        return DigestMailBody.of(intro, texts.subList(0, count), urls.subList(0, Math.min(urls.size(), count)),
            footer);
    }

    /** @return a new run id */
    public String newRun()
    {
        return java.util.UUID.randomUUID().toString();
    }

    /**
     * @param reminders a person's reminders
     * @return the items they remind of, one {@code kind record} per line, for the log
     */
    public String itemLines(List<?> reminders)
    {
        StringBuilder lines = new StringBuilder();
        for (Object reminder : reminders == null ? List.of() : reminders) {
            if (reminder instanceof Reminder r && lines.length() < DigestLog.MAX_ITEMS_TEXT) {
                lines.append(r.item().kind()).append(' ').append(r.item().record()).append('\n');
            }
        }
        return lines.toString();
    }

    /**
     * @return the statement of every person's choice for the daily e-mail: user, digest, language; its rows go to
     *     {@link #optedOut} and {@link #languages}
     */
    public String getChoicesQuery()
    {
        return DigestChoices.CHOICES_QUERY;
    }

    /**
     * @return the statement of the current user's choice (bind {@code user}): its rows go to {@link #receives} and
     *     {@link #chosenLanguage}
     */
    public String getPreferenceQuery()
    {
        return DigestChoices.PREFERENCE_QUERY;
    }

    /**
     * @param rows the rows of {@link #getChoicesQuery()}
     * @return the users who turned the digest off, as the reminders name them ({@code XWiki.Ann})
     */
    public List<String> optedOut(List<?> rows)
    {
        return DigestChoices.optedOut(rows);
    }

    /**
     * @param rows the rows of {@link #getChoicesQuery()}
     * @return the language each user chose for their e-mail, by user ({@code XWiki.Ann})
     */
    public Map<String, Locale> languages(List<?> rows)
    {
        return DigestChoices.languages(rows);
    }

    /**
     * @param languages the users' languages, from {@link #languages}
     * @param user a user, as the reminders name them
     * @return the language of that user's e-mail: theirs, or else the reader's
     */
    public Locale locale(Map<?, ?> languages, String user)
    {
        Object chosen = languages == null || user == null ? null : languages.get(user);
        return chosen instanceof Locale locale ? locale : this.currentLocale.get();
    }

    /** @return the languages a person may choose for their e-mail ({@code fr}, {@code en}) */
    public List<String> getLanguages()
    {
        return DigestPreferenceClass.LANGUAGES;
    }

    /**
     * @param value a language as a form sends it
     * @return it when a person may choose it, empty otherwise (empty also means "the council's language")
     */
    public String language(String value)
    {
        return DigestChoices.language(value);
    }

    /**
     * @param rows the rows of {@link #getPreferenceQuery()}
     * @return whether the user receives the digest: unless they turned it off (it is on by default)
     */
    public boolean receives(List<?> rows)
    {
        return DigestChoices.receives(rows);
    }

    /**
     * @param rows the rows of {@link #getPreferenceQuery()}
     * @return the language the user chose for their e-mail, empty when none
     */
    public String chosenLanguage(List<?> rows)
    {
        return DigestChoices.chosenLanguage(rows);
    }

    /**
     * @param reminder a reminder ({@link Reminder}; anything else gives null)
     * @return the translation key of its message: {@code cdd.reminder.<kind>.before} (parameters: the title, the
     *     days left, the due date) or {@code cdd.reminder.<kind>.overdue} (the title, the days past, the due date)
     */
    public String messageKey(Object reminder)
    {
        return reminder instanceof Reminder r
            ? String.format("%s%s.%s", PREFIX, r.item().kind(), r.overdue() ? "overdue" : "before") : null;
    }

    /**
     * @param rows the rows of the queries, by name, as given to {@link #items}
     * @return the title of each page the rows name (their second cell), by page
     */
    public Map<String, String> recordTitles(Map<?, ?> rows)
    {
        return RecordLists.firstTitles(rows, Set.of(ReminderSources.GROUPS));
    }
}
