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

import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

/**
 * Validates {@link SystemClockProvider}: the council's zone from the configuration, read on each call.
 *
 * @version $Id$
 */
@ComponentTest
class SystemClockProviderTest
{
    @MockComponent
    private ConfigurationSource configuration;

    @InjectMockComponents
    private SystemClockProvider clockProvider;

    @BeforeEach
    void nothingConfigured()
    {
        when(this.configuration.getProperty(CouncilTimeZone.PROPERTY, String.class)).thenReturn(null);
        when(this.configuration.getProperty(CouncilTimeZone.WIKI_PROPERTY, String.class)).thenReturn(null);
    }

    @Test
    void parisWhenNothingIsConfigured()
    {
        assertEquals(ZoneId.of("Europe/Paris"), this.clockProvider.getClock().getZone());
        assertEquals(ZoneId.of("Europe/Paris"), this.clockProvider.getZone());
    }

    @Test
    void theWikiTimeZoneThenTheApplicationSettingWhenSet()
    {
        when(this.configuration.getProperty(CouncilTimeZone.WIKI_PROPERTY, String.class))
            .thenReturn("America/Martinique");
        assertEquals(ZoneId.of("America/Martinique"), this.clockProvider.getZone());

        when(this.configuration.getProperty(CouncilTimeZone.PROPERTY, String.class)).thenReturn("Pacific/Noumea");
        assertEquals(ZoneId.of("Pacific/Noumea"), this.clockProvider.getZone(), "read again on each call");
    }

    @Test
    void storedDatesAreReadInTheServersZoneAsXWikiWritesThem()
    {
        assertEquals(ZoneId.systemDefault(), this.clockProvider.getStorageZone());
    }
}
