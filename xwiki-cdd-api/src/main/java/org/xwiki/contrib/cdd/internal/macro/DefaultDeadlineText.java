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
package org.xwiki.contrib.cdd.internal.macro;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.DeadlineCalculator;
import org.xwiki.contrib.cdd.calendar.DeadlineStatus;
import org.xwiki.contrib.cdd.calendar.DeadlineText;
import org.xwiki.contrib.cdd.internal.Html;
import org.xwiki.contrib.cdd.macro.MacroMessages;

/**
 * Writes a due date in words with the domain core's status and the reader's language.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultDeadlineText implements DeadlineText
{
    @Inject
    private DeadlineCalculator calculator;

    @Inject
    private MacroMessages messages;

    @Override
    public String html(LocalDate dueDate, boolean businessDays, boolean done, boolean alsaceMoselle)
    {
        DeadlineStatus status = this.calculator.status(dueDate, List.of(), alsaceMoselle);
        String longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.messages.locale())
            .format(dueDate);
        String words;
        String urgency;
        if (done) {
            words = this.messages.get("cdd.macro.deadline.done", longDate);
            urgency = "done";
        } else {
            long days = businessDays ? status.businessDaysLeft() : status.calendarDaysLeft();
            words = words(status.calendarDaysLeft(), days, businessDays);
            urgency = status.urgency().id();
        }
        return "<time datetime=\"" + dueDate + "\" class=\"cdd-deadline cdd-urgency-" + urgency + "\" title=\""
            + Html.escape(longDate) + "\">" + Html.escape(words) + "</time>";
    }

    private String words(long calendarDays, long days, boolean business)
    {
        String unit = business ? ".business" : "";
        if (calendarDays == 0) {
            return this.messages.get("cdd.macro.deadline.today");
        }
        if (calendarDays < 0) {
            return this.messages.get("cdd.macro.deadline.overdue" + unit, Math.abs(days));
        }
        return this.messages.get("cdd.macro.deadline.left" + unit, days);
    }
}
