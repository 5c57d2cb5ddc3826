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
package org.xwiki.contrib.cdd.internal.publication;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.publication.CalendarEvent;
import org.xwiki.contrib.cdd.publication.CalendarFeed;

import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.Related;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.property.Trigger;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * The calendar feed written by biweekly. The council's time zone is written as a VTIMEZONE built here from its rules
 * (Europe/Paris: UTC+1, UTC+2 from the last Sunday of March at 2:00 to the last Sunday of October at 3:00, the rules
 * of the European Union since 1996), never downloaded: a feed must not depend on another server.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class BiweeklyCalendarFeed implements CalendarFeed
{
    private static final String PARIS = "Europe/Paris";

    private static final int MARCH = 3;

    private static final int OCTOBER = 10;

    @Inject
    private ClockProvider clockProvider;

    @Override
    public String write(String name, List<CalendarEvent> events, List<Integer> alarmDays, String reminder)
    {
        ZoneId zone = this.clockProvider.getZone();
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//XWiki Contrib//Conseil de développement//FR");
        calendar.setName(name);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(PARIS),
            paris()));
        Date stamp = Date.from(this.clockProvider.getClock().instant());
        for (CalendarEvent event : events.stream().limit(MAX_EVENTS).toList()) {
            VEvent vevent = new VEvent();
            vevent.setUid(event.uid());
            vevent.setDateTimeStamp(stamp);
            vevent.setSummary(event.summary());
            vevent.setSequence(event.sequence());
            vevent.setStatus(event.cancelled() ? Status.cancelled() : Status.confirmed());
            if (event.start() != null) {
                vevent.setDateStart(new DateStart(Date.from(event.start().atZone(zone).toInstant()), true));
                if (event.minutes() > 0) {
                    vevent.setDuration(new Duration.Builder().minutes(event.minutes()).build());
                }
            } else {
                vevent.setDateStart(new DateStart(new ICalDate(new DateTimeComponents(event.day().getYear(),
                    event.day().getMonthValue(), event.day().getDayOfMonth()), false)));
            }
            if (!event.location().isEmpty()) {
                vevent.setLocation(event.location());
            }
            if (!event.url().isEmpty()) {
                vevent.setUrl(event.url());
            }
            if (!event.cancelled()) {
                for (Integer days : alarmDays) {
                    vevent.addAlarm(VAlarm.display(new Trigger(new Duration.Builder().prior(true).days(days).build(),
                        Related.START), reminder));
                }
            }
            calendar.addEvent(vevent);
        }
        return calendar.write();
    }

    private static VTimezone paris()
    {
        VTimezone timezone = new VTimezone(PARIS);
        StandardTime winter = new StandardTime();
        observance(winter, new DateTimeComponents(1996, OCTOBER, 27, 3, 0, 0, false), 2, 1, OCTOBER);
        winter.addTimezoneName("CET");
        timezone.addStandardTime(winter);
        DaylightSavingsTime summer = new DaylightSavingsTime();
        observance(summer, new DateTimeComponents(1981, MARCH, 29, 2, 0, 0, false), 1, 2, MARCH);
        summer.addTimezoneName("CEST");
        timezone.addDaylightSavingsTime(summer);
        return timezone;
    }

    private static void observance(Observance observance, DateTimeComponents start, int from, int to, int month)
    {
        observance.setDateStart(start);
        observance.setTimezoneOffsetFrom(new UtcOffset(true, from, 0));
        observance.setTimezoneOffsetTo(new UtcOffset(true, to, 0));
        observance.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(month)
            .byDay(-1, DayOfWeek.SUNDAY).build());
    }
}
