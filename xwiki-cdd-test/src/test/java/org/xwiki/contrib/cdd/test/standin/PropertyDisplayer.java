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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.xml.XMLUtils;

/**
 * What {@code $doc.display(property, mode, object)} writes in an xwiki/2.1 page, as XWiki's displayers do it (see
 * {@code docs/harness.md} for the platform files each part follows): the view or the form field of each property type
 * and option the application's classes use. The result is wrapped in {@code {{html clean="false" wiki="false"}}}
 * only when it holds {@code <}, {@code &} or <code>{</code>; otherwise it is returned as is, and the page reads it as
 * wiki syntax, as XWiki does.
 *
 * @version $Id$
 */
final class PropertyDisplayer
{
    private static final String WRAP_START = "{{html clean=\"false\" wiki=\"false\"}}";

    private static final String WRAP_END = "{{/html}}";

    private static final String EMPTY_LABEL = "---";

    private static final String MULTI_SELECT = "multiSelect";

    private static final String TRUE = "1";

    private static final String HIDDEN_EMPTY = "<input name='%s' type='hidden' value=''/>";

    private static final String PLAIN_SYNTAX = "plain/1.0";

    private final Scenario scenario;

    PropertyDisplayer(Scenario scenario)
    {
        this.scenario = scenario;
    }

    String display(String className, int number, PropertyDefinition property, Object value, boolean edit)
    {
        String field = className + '_' + number + '_' + property.name();
        String html = edit ? edit(className, number, field, property, value) : view(className, property, value);
        return wrap(html);
    }

    /** XWikiDocument.display: wrap only what holds markup, and never let a {{/html}} in it close the wrapper. */
    static String wrap(String html)
    {
        if (!XMLUtils.containsElementText(html) && html.indexOf('{') < 0) {
            return html;
        }
        return WRAP_START + html.replace(WRAP_END, "&#123;&#123;/html}}") + WRAP_END;
    }

    private String view(String className, PropertyDefinition property, Object value)
    {
        if (value == null) {
            return "";
        }
        Map<String, String> attributes = property.attributes();
        switch (property.simpleType()) {
            case "TextAreaClass":
                return textAreaView(value.toString(), attributes);
            case "StaticListClass":
                // ListClass.displayView: display values joined with the separator, not escaped.
                return String.join(attributes.getOrDefault("separator", " "), values(value, property).stream()
                    .map(id -> listLabel(className, property, id)).toList());
            case "BooleanClass":
                return booleanLabel(className, property, value.toString());
            case "DateClass":
                return value instanceof Date date ? XMLUtils.escape(new SimpleDateFormat(
                    attributes.getOrDefault("dateFormat", "dd/MM/yyyy HH:mm:ss"), this.scenario.getLocale())
                    .format(date)) : "";
            case "PageClass":
                return String.join(", ", values(value, property).stream().filter(v -> !v.isBlank())
                    .map(this::pageLink).toList());
            case "UsersClass":
                return String.join(", ", values(value, property).stream().filter(v -> !v.isBlank())
                    .map(this::userLink).toList());
            case "NumberClass":
                return value.toString();
            default:
                return XMLUtils.escapeElementText(text(value));
        }
    }

    private String textAreaView(String text, Map<String, String> attributes)
    {
        String contentType = attributes.getOrDefault("contenttype", "").toLowerCase();
        if ("puretext".equals(contentType) || "velocitycode".equals(contentType)) {
            return XMLUtils.escapeElementText(text);
        }
        if ("velocitywiki".equals(contentType)) {
            throw new IllegalStateException("The harness does not display VelocityWiki text areas");
        }
        // TextAreaClass.displayView: rendered as wiki syntax of the page, restricted only when the property says so.
        try {
            return this.scenario.renderContent(text, TRUE.equals(attributes.get("restricted")));
        } catch (Exception e) {
            throw new IllegalStateException("The text area content cannot be rendered: " + text, e);
        }
    }

    private String listLabel(String className, PropertyDefinition property, String id)
    {
        for (String key : List.of(className + '_' + property.name() + '_' + id, "option_" + property.name() + '_'
            + id, "option_" + id)) {
            String translation = this.scenario.getLocalization().get(key);
            if (translation != null) {
                return translation;
            }
        }
        return property.listLabels().getOrDefault(id, id);
    }

    private String booleanLabel(String className, PropertyDefinition property, String value)
    {
        String stored = "0".equals(value) || TRUE.equals(value) ? value : "2";
        for (String key : List.of(className + '_' + property.name() + '_' + stored,
            property.attributes().getOrDefault("displayType", "yesno") + '_' + stored)) {
            String translation = this.scenario.getLocalization().get(key);
            if (translation != null) {
                return translation;
            }
        }
        return "2".equals(stored) ? EMPTY_LABEL : stored;
    }

    /** displayer_page.vm: a link to the page, a creation link when it does not exist, the reference when hidden. */
    private String pageLink(String reference)
    {
        if (!this.scenario.hasRight("view", reference)) {
            return XMLUtils.escape(reference);
        }
        StandInDocument document = this.scenario.document(reference);
        if (document == null) {
            return "<span class=\"wikicreatelink\"><a href=\"" + XMLUtils.escape(StandInXWiki.url(reference, "create",
                null)) + "\">" + XMLUtils.escape(reference.substring(reference.lastIndexOf('.') + 1)) + "</a></span>";
        }
        return "<a href=\"" + XMLUtils.escape(StandInXWiki.url(reference, "view", null)) + "\">"
            + XMLUtils.escape(document.getPlainTitle()) + "</a>";
    }

    private String userLink(String user)
    {
        return "<a href=\"" + XMLUtils.escape(StandInXWiki.url(user, "view", null)) + "\">"
            + XMLUtils.escape(user.substring(user.lastIndexOf('.') + 1)) + "</a>";
    }

    private String edit(String className, int number, String field, PropertyDefinition property, Object value)
    {
        Map<String, String> attributes = property.attributes();
        String size = attributes.getOrDefault("size", "30");
        switch (property.simpleType()) {
            case "TextAreaClass":
                return textAreaEdit(field, attributes, value);
            case "StaticListClass":
                if ("checkbox".equals(attributes.get("displayType")) || "radio".equals(attributes.get("displayType"))) {
                    return choices(className, number, field, property, value);
                }
                if ("input".equals(attributes.get("displayType"))) {
                    return "<input size='" + size + "' id='" + attr(field) + "' value='" + attr(String.join(
                        attributes.getOrDefault("separators", "|, ").substring(0, 1), values(value, property)))
                        + "' name='" + attr(field) + "' type='text'/>";
                }
                return select(className, field, property, value);
            case "BooleanClass":
                return booleanEdit(className, field, property, value);
            case "DateClass":
                return dateEdit(field, property, value);
            case "PageClass":
                return suggest(className, field, property, value, "suggest-propertyValues");
            case "UsersClass":
                return suggest(className, field, property, value, "suggest-users");
            case "NumberClass":
                return "<input size='" + size + "' id='" + attr(field) + "' value='" + attr(text(value)) + "' name='"
                    + attr(field) + "' type='text'/>";
            default:
                return "<input size='" + size + "' id='" + attr(field) + "' aria-label='"
                    + attr(this.scenario.getLocalization().render("core.model.xclass.editClassProperty.textAlternative"))
                    + "' value='" + attr(text(value)) + "' name='" + attr(field) + "' type='text'/>";
        }
    }

    private String textAreaEdit(String field, Map<String, String> attributes, Object value)
    {
        String contentType = attributes.getOrDefault("contenttype", "").toLowerCase();
        boolean plain = "puretext".equals(contentType) || "velocitycode".equals(contentType)
            || "puretext".equalsIgnoreCase(attributes.getOrDefault("editor", ""));
        return "<textarea data-syntax=\"" + (plain ? PLAIN_SYNTAX : "xwiki/2.1") + "\" id=\"" + attr(field)
            + "\" name=\"" + attr(field) + "\" cols=\"" + attributes.getOrDefault("size", "40") + "\" rows=\""
            + attributes.getOrDefault("rows", "5") + "\" data-restricted=\"" + TRUE.equals(attributes.get("restricted"))
            + "\">\n" + XMLUtils.escape(text(value)) + "</textarea>";
    }

    /** ListClass.displaySelectEdit, then StaticListClass's hidden input that lets a user clear the list. */
    private String select(String className, String field, PropertyDefinition property, Object value)
    {
        boolean multiple = TRUE.equals(property.attributes().get(MULTI_SELECT));
        List<String> selected = values(value, property);
        StringBuilder html = new StringBuilder(multiple ? "<select size='" + property.attributes()
            .getOrDefault("size", "1") + "' id='" + attr(field) + "' multiple='multiple' name='" + attr(field) + "'>"
            : "<select id='" + attr(field) + "' name='" + attr(field) + "' size='1'>");
        List<String> ids = new ArrayList<>(property.listValueIds());
        selected.stream().filter(v -> !v.isEmpty() && !ids.contains(v)).forEach(ids::add);
        if (!multiple && !ids.contains("")) {
            html.append("<option value='' label='").append(EMPTY_LABEL).append("'>").append(EMPTY_LABEL)
                .append("</option>");
        }
        for (String id : ids) {
            String label = XMLUtils.escape(listLabel(className, property, id));
            html.append("<option ").append(selected.contains(id) ? "selected='selected' " : "").append("value='")
                .append(attr(id)).append("' label='").append(label).append("'>").append(label).append("</option>");
        }
        return html.append("</select>").append(String.format(HIDDEN_EMPTY, attr(field))).toString();
    }

    /** ListClass.displayRadioEdit: one labelled box per value, with the platform's ids, then the hidden input. */
    private String choices(String className, int number, String field, PropertyDefinition property, Object value)
    {
        boolean checkbox = "checkbox".equals(property.attributes().get("displayType"))
            || TRUE.equals(property.attributes().get(MULTI_SELECT));
        List<String> selected = values(value, property);
        StringBuilder html = new StringBuilder();
        int index = 0;
        for (String id : property.listValueIds()) {
            String boxId = "xwiki-form-" + property.name() + '-' + number + '-' + index++;
            html.append("<label class=\"xwiki-form-listclass\" for=\"").append(attr(boxId)).append("\"><input id='")
                .append(attr(boxId)).append('\'').append(selected.contains(id) ? " checked='checked'" : "")
                .append(" value='").append(attr(id)).append("' name='").append(attr(field)).append("' type='")
                .append(checkbox ? "checkbox" : "radio").append("'/>")
                .append(XMLUtils.escape(listLabel(className, property, id))).append("</label>");
        }
        return html.append(String.format(HIDDEN_EMPTY, attr(field))).toString();
    }

    private String booleanEdit(String className, String field, PropertyDefinition property, Object value)
    {
        String stored = value == null ? "" : value.toString();
        if ("checkbox".equals(property.attributes().get("displayFormType"))
            || "checkbox".equals(property.attributes().get("displayType"))) {
            return "<input id='" + attr(field) + "'" + (TRUE.equals(stored) ? " checked='checked'" : "")
                + " value='1' name='" + attr(field) + "' type='checkbox'/><input name='" + attr(field)
                + "' type='hidden' value='0'/>";
        }
        StringBuilder html = new StringBuilder("<select id='" + attr(field) + "' name='" + attr(field)
            + "' size='1'>");
        // BooleanClass.getDefaultValue: an empty defaultValue reads as -1, "no default", which offers "---".
        String defaultValue = property.attributes().getOrDefault("defaultValue", "");
        if (defaultValue.isBlank() || "-1".equals(defaultValue.trim())) {
            html.append("<option value='' label='").append(EMPTY_LABEL).append("'>").append(EMPTY_LABEL)
                .append("</option>");
        }
        for (String option : List.of(TRUE, "0")) {
            String label = XMLUtils.escape(booleanLabel(className, property, option));
            html.append("<option ").append(option.equals(stored) ? "selected='selected' " : "").append("value='")
                .append(option).append("' label='").append(label).append("'>").append(label).append("</option>");
        }
        return html.append("</select>").toString();
    }

    /** displayer_date.vm and #dateTimePicker_input. */
    private String dateEdit(String field, PropertyDefinition property, Object value)
    {
        String format = property.attributes().getOrDefault("dateFormat", "dd/MM/yyyy HH:mm:ss");
        String formatted = value instanceof Date date ? new SimpleDateFormat(format, this.scenario.getLocale())
            .format(date) : "";
        String timestamp = value instanceof Date date ? String.valueOf(date.getTime()) : "";
        return "<input type=\"text\" id=\"" + attr(field) + "\" name=\"" + attr(field) + "\" value=\""
            + attr(formatted) + "\" data-format=\"" + attr(format) + "\" class=\""
            + (TRUE.equals(property.attributes().getOrDefault("picker", TRUE)) ? "datetime" : "")
            + "\" data-timestamp=\"" + timestamp + "\" data-locale=\"" + attr(this.scenario.getLocale().toString())
            + "\" />";
    }

    /** #xpropertySuggestInputDisplayer and #userPicker: a select of the stored values that a script enhances. */
    private String suggest(String className, String field, PropertyDefinition property, Object value,
        String cssClass)
    {
        boolean multiple = TRUE.equals(property.attributes().get(MULTI_SELECT));
        StringBuilder html = new StringBuilder("<select id='" + attr(field) + "' name='" + attr(field) + "' class='"
            + cssClass + "' data-className='" + attr(className) + "' data-propertyName='" + attr(property.name())
            + "'" + (multiple ? " multiple='multiple'" : "") + " size='1'>");
        for (String stored : values(value, property)) {
            if (!stored.isBlank()) {
                html.append("<option value=\"").append(attr(stored)).append("\" selected=\"selected\">")
                    .append(XMLUtils.escape(stored)).append("</option>");
            }
        }
        html.append("</select>");
        if (multiple) {
            html.append("<input type=\"hidden\" name=\"").append(attr(field)).append("\" />");
        }
        return html.toString();
    }

    private static List<String> values(Object value, PropertyDefinition property)
    {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!TRUE.equals(property.attributes().get(MULTI_SELECT))) {
            return List.of(text);
        }
        // A single value, or a list stored in one string: split on the property's separators.
        String separators = property.attributes().getOrDefault("separators", "|");
        return List.of(text.split("[" + java.util.regex.Pattern.quote(separators) + "]"));
    }

    private static String text(Object value)
    {
        return value == null ? "" : value instanceof Collection<?> c ? String.join("|", c.stream()
            .map(String::valueOf).toList()) : value.toString();
    }

    private static String attr(String value)
    {
        return XMLUtils.escapeAttributeValue(value);
    }
}
