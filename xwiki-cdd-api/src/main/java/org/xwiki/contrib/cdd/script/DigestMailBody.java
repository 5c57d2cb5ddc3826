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

import org.xwiki.contrib.cdd.internal.Html;
import org.xwiki.stability.Unstable;

/**
 * The body of a person's daily e-mail: an HTML part for mail clients (inline styles only, no external resource, every
 * value escaped) and the same as plain text, one reminder a line with its link below.
 *
 * @param html the HTML part
 * @param text the text alternative
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record DigestMailBody(String html, String text)
{
    private static final String NEW_LINE = "\n";

    /**
     * @param intro the opening sentence
     * @param lines the reminders, as sentences
     * @param links each reminder's absolute link, in the same order
     * @param footer the closing sentence (why the e-mail comes, how to stop it)
     * @return the body
     */
    static DigestMailBody of(String intro, List<String> lines, List<String> links, String footer)
    {
        StringBuilder html = new StringBuilder("<div style=\"font-family:Arial,sans-serif;font-size:15px;color:#222\">")
            .append("<p>").append(Html.escape(intro)).append("</p><ul>");
        StringBuilder text = new StringBuilder(intro == null ? "" : intro).append(NEW_LINE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) == null ? "" : lines.get(i);
            String link = i < links.size() && links.get(i) != null ? links.get(i) : "";
            html.append("<li style=\"margin-bottom:8px\"><a href=\"").append(Html.escape(link))
                .append("\" style=\"color:#0645ad\">").append(Html.escape(line)).append("</a></li>");
            text.append(NEW_LINE).append("- ").append(line).append(NEW_LINE).append("  ").append(link);
        }
        html.append("</ul><p style=\"font-size:13px;color:#555\">").append(Html.escape(footer)).append("</p></div>");
        text.append(NEW_LINE).append(NEW_LINE).append(footer == null ? "" : footer);
        return new DigestMailBody(html.toString(), text.toString());
    }
}
