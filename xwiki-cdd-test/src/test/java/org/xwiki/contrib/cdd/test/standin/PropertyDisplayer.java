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
package org.xwiki.contrib.cdd.test.standin;

import java.text.SimpleDateFormat;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.xwiki.contrib.cdd.test.page.PropertyDefinition;

/**
 * What {@code $doc.display(property)} writes, as XWiki does it for an xwiki/2.1 page: the value (view) or its form
 * field (edit), escaped, wrapped in {@code {{html clean="false" wiki="false"}}} so that a value typed by a member is
 * never read as wiki syntax. List values are shown through their translation keys {@code <Class>_<prop>_<id>}.
 *
 * @version $Id$
 */
final class PropertyDisplayer
{
    private static final String WRAP_START = "{{html clean=\"false\" wiki=\"false\"}}";

    private static final String WRAP_END = "{{/html}}";

    private PropertyDisplayer()
    {
    }

    static String display(String className, int number, PropertyDefinition property, Object value, boolean edit,
        Function<String, String> translate)
    {
        String field = className + '_' + number + '_' + property.name();
        String type = property.simpleType();
        String html;
        if (!edit) {
            html = escape(view(className, property, value, translate));
        } else if ("StaticListClass".equals(type)) {
            StringBuilder select = new StringBuilder("<select id=\"" + field + "\" name=\"" + field + "\""
                + ("1".equals(property.attributes().get("multiSelect")) ? " multiple=\"multiple\"" : "") + ">");
            select.append("<option value=\"\"></option>");
            List<String> selected = values(value);
            for (String id : property.listValueIds()) {
                select.append("<option value=\"").append(escape(id)).append('"')
                    .append(selected.contains(id) ? " selected=\"selected\"" : "").append('>')
                    .append(escape(translate.apply(className + '_' + property.name() + '_' + id))).append("</option>");
            }
            html = select.append("</select>").toString();
        } else if ("TextAreaClass".equals(type)) {
            html = "<textarea id=\"" + field + "\" name=\"" + field + "\" rows=\"5\">" + escape(text(value, property))
                + "</textarea>";
        } else {
            html = "<input type=\"text\" id=\"" + field + "\" name=\"" + field + "\" value=\""
                + escape(text(value, property)) + "\"/>";
        }
        return WRAP_START + html + WRAP_END;
    }

    private static String view(String className, PropertyDefinition property, Object value,
        Function<String, String> translate)
    {
        // ListClass.displayView joins the values with the class's display separator (a space when none is set),
        // whatever separates them in storage.
        String separator = property.attributes().getOrDefault("separator", " ");
        if ("StaticListClass".equals(property.simpleType()) && !property.listValueIds().isEmpty()) {
            return String.join(separator, values(value).stream()
                .map(id -> translate.apply(className + '_' + property.name() + '_' + id)).toList());
        }
        if (List.of("StaticListClass", "PageClass", "DBListClass").contains(property.simpleType())) {
            return String.join(separator, values(value));
        }
        return text(value, property);
    }

    private static List<String> values(Object value)
    {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString().split("\\|"));
    }

    private static String text(Object value, PropertyDefinition property)
    {
        if (value instanceof Date date) {
            return new SimpleDateFormat(property.attributes().getOrDefault("dateFormat", "dd/MM/yyyy")).format(date);
        }
        return value == null ? "" : value instanceof Collection<?> c ? String.join("|", values(c)) : value.toString();
    }

    static String escape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("{", "&#123;");
    }
}
