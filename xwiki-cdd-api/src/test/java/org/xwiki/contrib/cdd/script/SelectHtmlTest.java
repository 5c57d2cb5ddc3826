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

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit tests for {@link SelectHtml}.
 *
 * @version $Id$
 */
class SelectHtmlTest
{
    @Test
    void aSingleChoiceHasAnEmptyOptionAndMarksTheCurrentValue()
    {
        assertEquals("<select id=\"C_0_college\" name=\"C_0_college\"><option value=\"\"></option>"
            + "<option value=\"Citoyens\">Citoyens</option><option value=\"Associations\" selected=\"selected\">"
            + "Associations</option></select>",
            SelectHtml.select("C_0_college", List.of("Citoyens", "Associations"), "Associations", false));
    }

    @Test
    void aValueTheConfigurationNoLongerListsIsKept()
    {
        String html = SelectHtml.select("C_0_themes", List.of("SCoT"), List.of("SCoT", "Ancien thème"), true);

        assertEquals("<select id=\"C_0_themes\" name=\"C_0_themes\" multiple=\"multiple\" size=\"2\">"
            + "<option value=\"SCoT\" selected=\"selected\">SCoT</option><option value=\"Ancien thème\" "
            + "selected=\"selected\">Ancien thème</option></select>"
            + "<input type=\"hidden\" name=\"C_0_themes\" value=\"\"/>", html);
        assertEquals(html, SelectHtml.select("C_0_themes", List.of("SCoT"), "SCoT|Ancien thème", true));
    }

    @Test
    void aMultipleChoiceCanBeClearedOnlyASingleOneNeedsNoHiddenValue()
    {
        // With nothing chosen a browser sends no parameter for the select, and XWiki then keeps the old values: the
        // hidden empty value of the same name is what clears the list.
        assertTrue(SelectHtml.select("C_0_themes", List.of("SCoT"), "SCoT", true)
            .endsWith("</select><input type=\"hidden\" name=\"C_0_themes\" value=\"\"/>"));
        assertFalse(SelectHtml.select("C_0_college", List.of("a"), "a", false).contains("hidden"));
    }

    @Test
    void nothingInAnOptionCanEndTheMarkupAroundIt()
    {
        String html = SelectHtml.select("x", List.of("{{/html}}<script>\"'&"), null, false);

        assertFalse(html.contains("{{") || html.contains("<script>"), html);
        assertEquals("<select id=\"x\" name=\"x\"><option value=\"\"></option><option value=\"&#123;&#123;/html}}"
            + "&#60;script&#62;&#34;&#39;&#38;\">&#123;&#123;/html}}&#60;script&#62;&#34;&#39;&#38;</option></select>",
            html);
    }
}
