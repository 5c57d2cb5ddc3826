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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xwiki.contrib.cdd.internal.Html;

/**
 * Writes the {@code <select>} of a field whose choices come from the council's configuration. A value the object
 * holds but the configuration no longer lists stays selected, so that saving the form never loses it.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class SelectHtml
{
    private SelectHtml()
    {
    }

    static String select(String id, List<String> options, Object current, boolean multiple)
    {
        Set<String> selected = new LinkedHashSet<>(values(current));
        List<String> all = new ArrayList<>(options == null ? List.of() : options);
        // A set says what is listed already: searching the list for each value grows with both lists.
        Set<String> listed = new HashSet<>(all);
        selected.stream().filter(value -> !listed.contains(value)).forEach(all::add);
        StringBuilder html = new StringBuilder("<select id=\"").append(escape(id)).append("\" name=\"")
            .append(escape(id)).append('"');
        if (multiple) {
            html.append(" multiple=\"multiple\" size=\"").append(Math.min(Math.max(all.size(), 2), 8)).append('"');
        }
        html.append('>');
        if (!multiple) {
            html.append("<option value=\"\"></option>");
        }
        for (String option : all) {
            html.append("<option value=\"").append(escape(option)).append('"')
                .append(selected.contains(option) ? " selected=\"selected\"" : "").append('>').append(escape(option))
                .append("</option>");
        }
        html.append("</select>");
        if (multiple) {
            // A browser sends nothing for a multiple select with nothing chosen, and XWiki keeps a property whose
            // parameter is absent (BaseClass.fromMap): the empty value lets the user clear the list, as XWiki's own
            // ListClass.displayEdit does.
            html.append("<input type=\"hidden\" name=\"").append(escape(id)).append("\" value=\"\"/>");
        }
        return html.toString();
    }

    private static List<String> values(Object current)
    {
        List<String> values = new ArrayList<>();
        if (current instanceof Collection<?> collection) {
            collection.stream().filter(v -> v != null && !v.toString().isBlank())
                .forEach(v -> values.add(v.toString()));
        } else if (current != null && !current.toString().isBlank()) {
            for (String value : current.toString().split("\\|")) {
                values.add(value.trim());
            }
        }
        return values;
    }

    /** Escapes for HTML, and the opening brace too, so that no value can end an {{html}} macro around it. */
    static String escape(String text)
    {
        return Html.escape(text);
    }
}
