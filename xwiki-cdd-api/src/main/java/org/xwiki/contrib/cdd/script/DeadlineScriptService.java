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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.calendar.DeadlineCalculator;
import org.xwiki.contrib.cdd.calendar.DeadlineRule;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.DeadlineText;
import org.xwiki.contrib.cdd.calendar.DelayChoice;
import org.xwiki.contrib.cdd.calendar.DelayRules;
import org.xwiki.contrib.cdd.calendar.DueDateProposal;
import org.xwiki.contrib.cdd.calendar.HolidayCalendar;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.deadlines}: due dates, holidays and where a deadline stands today. Dates may be given as a
 * {@code Date}, a {@code LocalDate} or an ISO string, within {@link DateBounds}; a value that cannot be read, or is
 * out of bounds, gives null and {@code $services.cdd.lastError}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(DeadlineScriptService.HINT)
@Singleton
@Unstable
public class DeadlineScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.deadlines";

    /** After how many months a recommendation's follow-up is checked, when the council set nothing usable. */
    public static final int DEFAULT_REVIEW_MONTHS = 6;

    /** A date written out with its weekday, e.g. "lundi 13 avril 2026". */
    private static final String WRITTEN_DATE = "EEEE d MMMM yyyy";

    @Inject
    @Named(ReminderScriptService.HINT)
    private ScriptService reminders;

    @Inject
    private DeadlineCalculator calculator;

    @Inject
    private HolidayCalendar holidayCalendar;

    @Inject
    private ScriptErrors errors;

    /** Where stored dates' day is read. */
    @Inject
    private ClockProvider clockProvider;

    @Inject
    private DeadlineText deadlineText;

    @Inject
    private CurrentLocale currentLocale;

    /**
     * @return who must be reminded of what on a day ({@code $services.cdd.deadlines.reminders})
     */
    public ReminderScriptService getReminders()
    {
        return (ReminderScriptService) this.reminders;
    }

    /**
     * @param start the start date
     * @param amount how many days or months: from 0 to {@link DateBounds#MAX_DAYS} days or
     *     {@link DateBounds#MAX_MONTHS} months
     * @param rule {@code calendar_days}, {@code business_days} or {@code months}
     * @param moveToBusinessDay whether a due date on a weekend or holiday moves to the next business day
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return the due date, null when an argument cannot be read or is out of bounds
     */
    public LocalDate dueDate(Object start, int amount, String rule, boolean moveToBusinessDay, boolean alsaceMoselle)
    {
        this.errors.clear();
        LocalDate startDate = date(start);
        if (startDate == null) {
            return null;
        }
        DeadlineRule deadlineRule = DeadlineRule.fromId(rule);
        if (deadlineRule == null) {
            return this.errors.fail(ScriptError.UNKNOWN_RULE, String.valueOf(rule));
        }
        if (!DateBounds.containsDelay(amount, deadlineRule)) {
            return this.errors.fail(ScriptError.DELAY_OUT_OF_RANGE, String.valueOf(amount),
                String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS));
        }
        return this.calculator.dueDate(startDate, amount, deadlineRule, moveToBusinessDay, alsaceMoselle);
    }

    /**
     * The due date a page proposes from a start date and the council's delay, moved to the next business day when
     * the delay ends on a weekend or public holiday, with the dates written out in the reader's language.
     *
     * @param start the start date (a referral's received date)
     * @param amount how many days or months (the configured default delay): from 0 to {@link DateBounds#MAX_DAYS}
     *     days or {@link DateBounds#MAX_MONTHS} months
     * @param rule {@code calendar_days}, {@code business_days} or {@code months}
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return the proposal, null (and lastError) when an argument cannot be read or is out of bounds
     */
    public DueDateProposal proposal(Object start, Object amount, String rule, boolean alsaceMoselle)
    {
        Integer delay = ScriptValues.toInteger(amount);
        if (delay == null) {
            this.errors.clear();
            return this.errors.fail(ScriptError.DELAY_OUT_OF_RANGE, String.valueOf(amount),
                String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS));
        }
        LocalDate due = dueDate(start, delay, rule, true, alsaceMoselle);
        if (due == null) {
            return null;
        }
        LocalDate startDate = date(start);
        DeadlineRule deadlineRule = DeadlineRule.fromId(rule);
        boolean moved = !due.equals(this.calculator.dueDate(startDate, delay, deadlineRule, false, alsaceMoselle));
        DateTimeFormatter written = DateTimeFormatter.ofPattern(WRITTEN_DATE, this.currentLocale.get());
        return new DueDateProposal(startDate, delay, deadlineRule, due, moved, startDate.format(written),
            due.format(written));
    }

    /**
     * @param date a date, as a Date, LocalDate or ISO string
     * @return whether it is after today (a referral received tomorrow is a typing error); false when it cannot be read
     */
    public boolean isAfterToday(Object date)
    {
        LocalDate day = date(date);
        this.errors.clear();
        return day != null && day.isAfter(this.calculator.today());
    }

    /**
     * @param months after how many months a new recommendation's follow-up is checked (the setting; a number or its
     *     text from 1 to {@link DateBounds#MAX_MONTHS}, else {@value #DEFAULT_REVIEW_MONTHS})
     * @return today plus that many months, as the recommendation's review date is typed ({@code dd/MM/yyyy})
     */
    public String reviewDate(Object months)
    {
        Integer count = ScriptValues.toInteger(months);
        int period = count == null || count < 1 || count > DateBounds.MAX_MONTHS ? DEFAULT_REVIEW_MONTHS : count;
        return this.calculator.today().plusMonths(period).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /**
     * @param specificDelays the delays the administration set, one {@code name=days} a line (legal bases or bodies)
     * @param legalBasis the referral's legal basis
     * @param originBody the requesting body
     * @param defaultDays the council's default delay (a number or its text), or nothing
     * @return the delay that applies and why ({@link DelayRules}); null (and lastError) when none does
     */
    public DelayChoice delay(String specificDelays, String legalBasis, String originBody, Object defaultDays)
    {
        this.errors.clear();
        Map<String, String> specific = new LinkedHashMap<>();
        String text = specificDelays == null ? "" : specificDelays;
        for (String line : text.lines().limit(DelayRules.MAX_RULES).toList()) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                specific.putIfAbsent(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        DelayChoice choice = DelayRules.choose(specific, legalBasis, originBody, ScriptValues.toInteger(defaultDays));
        return choice != null ? choice : this.errors.fail(ScriptError.DELAY_OUT_OF_RANGE, String.valueOf(defaultDays),
            String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS));
    }

    /**
     * @param dueDate a due date
     * @param reminderDays days before it reminders go out (numbers or numeric strings; others are left out); null or
     *     empty for 30, 7 and 1
     * @param alsaceMoselle whether Alsace-Moselle holidays count
     * @return where it stands today, null when the date cannot be read or is out of bounds
     */
    public DeadlineStatus status(Object dueDate, List<?> reminderDays, boolean alsaceMoselle)
    {
        this.errors.clear();
        LocalDate date = date(dueDate);
        return date == null ? null : this.calculator.status(date, reminders(reminderDays), alsaceMoselle);
    }

    /**
     * @param dueDate a due date
     * @return where it stands today with the default reminders, without Alsace-Moselle holidays
     */
    public DeadlineStatus status(Object dueDate)
    {
        return status(dueDate, null, false);
    }

    /**
     * @param year a year
     * @param alsaceMoselle whether to add Alsace-Moselle holidays
     * @return the holidays, by date, with their ids ({@code cdd.holiday.<id>} translates them); null (and lastError)
     *     for a year outside {@link DateBounds}
     */
    public SortedMap<LocalDate, String> holidays(int year, boolean alsaceMoselle)
    {
        this.errors.clear();
        return DateBounds.containsYear(year) ? this.holidayCalendar.holidays(year, alsaceMoselle)
            : this.errors.badYear(year);
    }

    /**
     * @param dueDate a due date, as a Date, LocalDate or ISO string
     * @param done whether the task is done (no countdown)
     * @param alsaceMoselle whether the Alsace-Moselle holidays count (the council's calendar setting)
     * @return the escaped HTML of its {@code <time>} element, with the days left; null (and lastError) for a date
     *     that cannot be read or is out of bounds
     */
    public String html(Object dueDate, boolean done, boolean alsaceMoselle)
    {
        this.errors.clear();
        LocalDate date = date(dueDate);
        return date == null ? null : this.deadlineText.html(date, false, done, alsaceMoselle);
    }

    /**
     * @return today, in the council's time zone (the same day as {@code $services.cdd.time.today})
     */
    public LocalDate getToday()
    {
        return this.calculator.today();
    }

    /** The date, or null having set lastError. */
    private LocalDate date(Object value)
    {
        LocalDate date = ScriptValues.toDate(value, this.clockProvider.getStorageZone());
        return date == null ? this.errors.badDate(value, this.clockProvider.getStorageZone()) : date;
    }

    /** Pages pass what they have: numbers, numeric strings, or a list of anything. */
    private static List<Integer> reminders(List<?> days)
    {
        List<Integer> reminders = new ArrayList<>();
        for (Object day : days == null ? List.of() : days) {
            Integer value = ScriptValues.toInteger(day);
            if (value != null) {
                reminders.add(value);
            }
        }
        return reminders;
    }
}
