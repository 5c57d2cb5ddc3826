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
package org.xwiki.contrib.cdd.test.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code cdd-deadline} macro, as a page shows it, on each test day: the words and the urgency follow the
 * harness's clock, the one the Java components read, never the machine's.
 *
 * @version $Id$
 */
class DeadlineDaysTest extends AbstractPageTest
{
    /**
     * The public holidays within ten days after a test day (metropolitan France), written from the calendar: 14 July
     * 2026, 1 January 2027, Easter Monday 2027 (Easter is 28 March 2027); none near 28 November 2026, 29 February
     * 2028 or 15 June 2035.
     */
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 7, 14), LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 3, 29));

    @BeforeEach
    void aCouncilMember()
    {
        // Someone outside the council may not open the council's pages: these tests read them as a member.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    private Document render(String content) throws Exception
    {
        XarPage page = new XarPage("CDD.Test.Deadlines.xml", "CDD.Test.Deadlines", "", "", "Deadlines",
            "xwiki/2.1", false, content, 1, 1, null, List.of(), null);
        return this.renderer.render(page);
    }

    private static String deadline(LocalDate due, String extra)
    {
        return "{{cdd-deadline date=\"" + due + "\"" + extra + "/}}\n\n";
    }

    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void calendarDaysCountFromTheHarnessToday(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        this.scenario.setLocale(Locale.FRENCH);
        StringBuilder content = new StringBuilder();
        for (int days : new int[] {-3, -1, 0, 1, 7, 8, 30, 31}) {
            content.append(deadline(today.plusDays(days), ""));
        }

        Document html = render(content.toString());

        assertEquals(List.of("en retard de 3 jours", "en retard de 1 jour", "échéance aujourd’hui", "dans 1 jour",
            "dans 7 jours", "dans 8 jours", "dans 30 jours", "dans 31 jours"), html.select("time").eachText());
        assertEquals(List.of("overdue", "overdue", "due_7d", "due_7d", "due_7d", "due_30d", "due_30d", "later"),
            html.select("time").stream().map(t -> t.className().replaceAll(".*cdd-urgency-", "")).toList());
        assertEquals(today.plusDays(-3).toString(), html.selectFirst("time").attr("datetime"));
    }

    /**
     * Business days skip weekends and public holidays: counted by hand from the calendar for each test day, with
     * the French public holidays the calendar knows (the fixed ones and the Easter-based ones of those years).
     */
    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void businessDaysSkipWeekendsAndHolidaysFromTheHarnessToday(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        LocalDate due = today.plusDays(10);
        long expected = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(day)) {
                expected++;
            }
        }

        Document html = render(deadline(due, " businessDays=\"true\""));

        assertEquals("in " + expected + " business day" + (expected == 1 ? "" : "s"), html.selectFirst("time").text());
    }
}
