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

import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.rendering.test.integration.Scope;
import org.xwiki.rendering.test.integration.junit5.RenderingTest;
import org.xwiki.test.annotation.AllComponents;

/**
 * Runs the {@code macros/*.test} files: each macro from xwiki/2.1 to XHTML and to rendering events, in French and
 * English, with every error path; "today" is 28 November 2026.
 *
 * @version $Id$
 */
@AllComponents(excludes = {SystemClockProvider.class, PlatformCurrentLocale.class})
@Scope("macros")
public class MacroRenderingTest extends RenderingTest
{
}
