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

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.w3c.dom.Document;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.display.InertDisplay;
import org.xwiki.xml.XMLUtils;
import org.xwiki.xml.html.HTMLCleaner;
import org.xwiki.xml.html.HTMLCleanerConfiguration;
import org.xwiki.xml.html.HTMLUtils;

/**
 * Unwraps the HTML macro that {@code XWikiDocument.display} puts around a displayed value (or escapes plain text),
 * cleans the markup with XWiki's HTML cleaner in restricted mode, as the HTML macro does for a restricted author, and
 * wraps it again so that the page never reads it as wiki syntax.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultInertDisplay implements InertDisplay
{
    private static final String WRAP_START = "{{html clean=\"false\" wiki=\"false\"}}";

    private static final String WRAP_END = "{{/html}}";

    /** A displayed value longer than this is not a property of the council's forms: it is shown as text. */
    private static final int MAX_LENGTH = 200_000;

    @Inject
    private HTMLCleaner cleaner;

    @Override
    public String inert(String displayed)
    {
        if (displayed == null || displayed.isEmpty()) {
            return "";
        }
        String html;
        if (displayed.length() <= MAX_LENGTH && displayed.startsWith(WRAP_START) && displayed.endsWith(WRAP_END)) {
            // The class says where markup of a member's text (cleaned) may show, for the page's styles and tests.
            html = "<div class=\"cdd-rendered-text\">"
                + clean(displayed.substring(WRAP_START.length(), displayed.length() - WRAP_END.length())) + "</div>";
        } else {
            html = XMLUtils.escape(displayed);
        }
        // As XWikiDocument.display does: no {{/html}} inside may close the macro.
        return WRAP_START + html.replace(WRAP_END, "&#123;&#123;/html}}") + WRAP_END;
    }

    private String clean(String html)
    {
        HTMLCleanerConfiguration configuration = this.cleaner.getDefaultConfiguration();
        Map<String, String> parameters = new HashMap<>(configuration.getParameters());
        parameters.put(HTMLCleanerConfiguration.RESTRICTED, "true");
        configuration.setParameters(parameters);
        Document document = this.cleaner.clean(new StringReader(html), configuration);
        HTMLUtils.stripHTMLEnvelope(document);
        String cleaned = HTMLUtils.toString(document, true, true);
        // The envelope's root stays: keep what is inside it.
        int start = cleaned.indexOf('>') + 1;
        int end = cleaned.lastIndexOf("</");
        return start > 0 && end >= start ? cleaned.substring(start, end).trim() : "";
    }
}
