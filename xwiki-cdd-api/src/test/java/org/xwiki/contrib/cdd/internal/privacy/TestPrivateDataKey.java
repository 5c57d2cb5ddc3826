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
package org.xwiki.contrib.cdd.internal.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.xwiki.environment.Environment;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.mockito.Mockito.when;

/**
 * The private data key of the script service tests: none in {@code xwiki.properties}, so the application keeps its
 * own in a permanent directory, here a fresh one under {@code target/}, as on a single server.
 *
 * @version $Id$
 */
public final class TestPrivateDataKey
{
    private TestPrivateDataKey()
    {
    }

    /**
     * @param componentManager the test's component manager, before its components start
     * @throws Exception when the environment cannot be registered
     */
    public static void register(MockitoComponentManager componentManager) throws Exception
    {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path permanent = Files.createTempDirectory(target, "permanent");
        Environment environment = componentManager.registerMockComponent(Environment.class);
        when(environment.getPermanentDirectory()).thenReturn(permanent.toFile());
    }
}
