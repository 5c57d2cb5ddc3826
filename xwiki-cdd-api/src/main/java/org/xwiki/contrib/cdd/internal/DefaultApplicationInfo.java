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
package org.xwiki.contrib.cdd.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.ApplicationInfo;

/**
 * Reads the application facts from a resource that Maven fills in at build time, so that the version shown to
 * administrators is always the version of the jar that is really installed.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultApplicationInfo implements ApplicationInfo
{
    /**
     * The resource, next to this class's package, written by Maven resource filtering.
     */
    static final String RESOURCE = "/org/xwiki/contrib/cdd/application.properties";

    private static final String VERSION_KEY = "version";

    private final String version;

    /**
     * Reads the build facts once: they cannot change while the jar is loaded, so this is not mutable state.
     */
    public DefaultApplicationInfo()
    {
        this.version = load().getProperty(VERSION_KEY);
    }

    @Override
    public String getVersion()
    {
        return this.version;
    }

    private static Properties load()
    {
        Properties properties = new Properties();
        try (InputStream stream = DefaultApplicationInfo.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing build resource " + RESOURCE);
            }
            properties.load(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read build resource " + RESOURCE, e);
        }
        return properties;
    }
}
