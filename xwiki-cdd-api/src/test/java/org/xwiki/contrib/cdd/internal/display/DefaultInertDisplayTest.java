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
package org.xwiki.contrib.cdd.internal.display;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.display.InertDisplay;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a council page shows of a displayed property: never wiki syntax, never a script, with XWiki's own cleaner.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class DefaultInertDisplayTest
{
    private static final String START = "{{html clean=\"false\" wiki=\"false\"}}";

    private static final String END = "{{/html}}";

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    @BeforeComponent
    void configuration() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
    }

    private String inert(String displayed) throws Exception
    {
        return this.componentManager.<InertDisplay>getInstance(InertDisplay.class).inert(displayed);
    }

    @Test
    void plainTextThatXWikiLeavesToTheWikiParserIsEscaped() throws Exception
    {
        assertEquals(START + "[[x&#62;&#62;javascript:alert(1)]] **b** &#123;&#123;velocity}}" + END,
            inert("[[x>>javascript:alert(1)]] **b** {{velocity}}"));
    }

    @Test
    void markupOfTheDisplayersStaysAndWhatRunsIsRemoved() throws Exception
    {
        String shown = inert(START + "<p><strong>b</strong> <a href=\"/xwiki/bin/view/CDD/X\">X</a></p>"
            + "<img src=\"x\" onerror=\"alert(1)\"/><a href=\"javascript:alert(2)\">y</a><script>alert(3)</script>"
            + END);

        assertTrue(shown.startsWith(START) && shown.endsWith(END), shown);
        assertTrue(shown.contains("<strong>b</strong>"), shown);
        assertTrue(shown.contains("href=\"/xwiki/bin/view/CDD/X\""), shown);
        assertFalse(shown.contains("onerror"), shown);
        assertFalse(shown.contains("javascript:"), shown);
        assertFalse(shown.contains("<script"), shown);
    }

    @Test
    void noClosingMacroInsideLeavesTheWrapper() throws Exception
    {
        String shown = inert(START + "<p>a{{/html}}{{velocity}}x{{/velocity}}</p>" + END);

        assertEquals(1, shown.split("\\{\\{/html}}", -1).length - 1, shown);
        assertTrue(shown.endsWith(END), shown);
    }

    @Test
    void nothingShowsNothing() throws Exception
    {
        assertEquals("", inert(null));
        assertEquals("", inert(""));
    }
}
