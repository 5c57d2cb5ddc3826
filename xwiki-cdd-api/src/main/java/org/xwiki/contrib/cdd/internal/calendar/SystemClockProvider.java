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

import java.time.Clock;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.cdd.calendar.ClockProvider;

/**
 * The system clock, in the council's time zone: {@code cdd.timeZone}, else the wiki's time zone preference, else
 * Europe/Paris. The configuration is read on each call, so a change applies at once and no state is kept.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class SystemClockProvider implements ClockProvider
{
    /** A provider: the platform's configuration sources need a wiki context, which exists only in a request. */
    @Inject
    private Provider<ConfigurationSource> configuration;

    @Override
    public Clock getClock()
    {
        ConfigurationSource source = this.configuration.get();
        return Clock.system(CouncilTimeZone.resolve(source.getProperty(CouncilTimeZone.PROPERTY, String.class),
            source.getProperty(CouncilTimeZone.WIKI_PROPERTY, String.class)));
    }
}
