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
package org.xwiki.contrib.cdd.internal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xwiki.contrib.cdd.calendar.Reminder;
import org.xwiki.contrib.cdd.calendar.ReminderItem;
import org.xwiki.contrib.cdd.calendar.ReminderPlanner;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit tests for {@link DefaultReminderPlanner}, with the real French holidays and hand-computed days: weekends,
 * public holidays (14 July, Christmas, Alsace-Moselle's 26 December), the summer-time change and year ends.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(FrenchHolidayCalendar.class)
class DefaultReminderPlannerTest
{
    private static final List<Integer> OFFSETS = List.of(30, 7, 1);

    @InjectMockComponents
    private DefaultReminderPlanner planner;

    private static ReminderItem item(String due, String... recipients)
    {
        return new ReminderItem("saisine", "CDD.Saisines.R", LocalDate.parse(due), List.of(recipients));
    }

    /** Every day of a span on which the item is reminded to its one recipient, as "day/overdue/days". */
    private List<String> days(ReminderItem item, String from, String to, boolean alsaceMoselle)
    {
        List<String> days = new ArrayList<>();
        for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
            Map<String, List<Reminder>> plan = this.planner.remindersOn(day, List.of(item), OFFSETS, alsaceMoselle);
            for (Reminder reminder : plan.getOrDefault("XWiki.Ann", List.of())) {
                days.add(day + (reminder.overdue() ? " late " : " left ") + reminder.days());
            }
        }
        return days;
    }

    @Test
    void beforeADueDateOnEachOffsetMovedBackToABusinessDay()
    {
        // Due Wednesday 15 July 2026: 30 days before is Monday 15 June; 7 days before, Wednesday 8 July; 1 day
        // before is Tuesday 14 July, a holiday: the reminder goes out on Monday 13 July.
        assertEquals(List.of("2026-06-15 left 30", "2026-07-08 left 7", "2026-07-13 left 2"),
            days(item("2026-07-15", "XWiki.Ann"), "2026-06-01", "2026-07-15", false));
    }

    @Test
    void theSummerTimeChangeIsAnOrdinarySunday()
    {
        // Due Monday 30 March 2026: the day before is Sunday 29 March, when clocks go forward: Friday 27 March.
        // 7 days before is Monday 23 March; 30 days before, Saturday 28 February: Friday 27 February.
        assertEquals(List.of("2026-02-27 left 31", "2026-03-23 left 7", "2026-03-27 left 3"),
            days(item("2026-03-30", "XWiki.Ann"), "2026-02-01", "2026-03-30", false));
    }

    @ParameterizedTest
    @CsvSource({
        // Due Wednesday 24 December 2025: the day before, Tuesday 23; the first overdue reminder on Friday 26 (25 is
        // Christmas), then Friday 2 January 2026 (1 January is a holiday, 2 is not), Friday 9.
        "false, 2025-12-23 left 1|2025-12-26 late 2|2026-01-02 late 9|2026-01-09 late 16",
        // In Alsace-Moselle 26 December is a holiday too: Monday 29 December, then Monday 5 and 12 January.
        "true, 2025-12-23 left 1|2025-12-29 late 5|2026-01-05 late 12|2026-01-12 late 19"})
    void afterADueDateWeeklyFromTheFirstBusinessDay(boolean alsaceMoselle, String expected)
    {
        assertEquals(List.of(expected.split("\\|")),
            days(item("2025-12-24", "XWiki.Ann"), "2025-12-20", "2026-01-15", alsaceMoselle));
    }

    @Test
    void aDueDateOnTheLastDayOfTheYear()
    {
        // Due Thursday 31 December 2026: 1 January 2027 is a holiday, 2 and 3 a weekend: Monday 4 January, then
        // Monday 11.
        List<String> days = days(item("2026-12-31", "XWiki.Ann"), "2026-12-29", "2027-01-12", false);
        assertEquals(List.of("2026-12-30 left 1", "2027-01-04 late 4", "2027-01-11 late 11"), days);
    }

    @Test
    void oneListPerRecipientOrderedByDueDateWithoutDuplicates()
    {
        LocalDate day = LocalDate.parse("2026-07-08");
        List<ReminderItem> items = List.of(item("2026-07-15", "XWiki.Ann", "XWiki.Ann", "XWiki.Bob"),
            item("2026-07-09", "XWiki.Bob"), item("2026-06-30", "XWiki.Bob", " "),
            new ReminderItem("actionItem", "CDD.Meetings.M", null, List.of("XWiki.Bob")),
            new ReminderItem("actionItem", "CDD.Meetings.M", LocalDate.parse("2026-07-15"), null));

        Map<String, List<Reminder>> plan = this.planner.remindersOn(day, items, List.of(), false);

        assertEquals(List.of("XWiki.Bob", "XWiki.Ann"), new ArrayList<>(plan.keySet()),
            "by first appearance, after sorting by due date");
        assertEquals(1, plan.get("XWiki.Ann").size(), "once, though named twice");
        assertEquals(List.of("2026-06-30", "2026-07-09", "2026-07-15"), plan.get("XWiki.Bob").stream()
            .map(r -> r.item().dueDate().toString()).toList(), "overdue since 30 June (first reminder on 1 July, "
            + "then 8 July), due tomorrow, due in a week");
        assertTrue(plan.get("XWiki.Bob").get(0).overdue());
    }

    @Test
    void boundsAreRefusedAtOnce()
    {
        LocalDate day = LocalDate.parse("2026-07-08");
        assertThrows(IllegalArgumentException.class, () -> this.planner.remindersOn(LocalDate.MAX, List.of(),
            OFFSETS, false));
        assertThrows(IllegalArgumentException.class, () -> this.planner.remindersOn(day, List.of(), List.of(0),
            false));
        assertThrows(IllegalArgumentException.class, () -> this.planner.remindersOn(day, List.of(),
            Collections.nCopies(11, 1), false));
        assertThrows(IllegalArgumentException.class, () -> this.planner.remindersOn(day,
            Collections.nCopies(ReminderPlanner.MAX_ITEMS + 1, item("2026-07-15", "XWiki.Ann")), OFFSETS, false));
        // Items at the edges of the dates the application knows are planned without error.
        assertEquals(Map.of(), this.planner.remindersOn(LocalDate.parse("2200-12-31"),
            List.of(item("2200-12-31", "XWiki.Ann"), item("1900-01-01", "XWiki.Ann")), List.of(3650), false));
    }
}
