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

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.internal.DefaultApplicationInfo;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Unit tests for {@link CddScriptService}.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(DefaultApplicationInfo.class)
class CddScriptServiceTest
{
    @InjectMockComponents
    private CddScriptService scriptService;

    @Test
    void versionIsTheVersionMavenBuilt()
    {
        // Surefire passes the POM's version: the script service must report the same, not a constant.
        String expected = System.getProperty("cdd.expectedVersion");
        assertNotNull(expected, "Surefire must pass cdd.expectedVersion");
        assertEquals(expected, this.scriptService.getVersion());
    }
}
