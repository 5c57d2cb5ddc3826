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
package org.xwiki.contrib.cdd.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as a browser fills and submits it (HTML's "constructing the entry list"): the controls of a rendered sheet
 * in document order, their current state, what the user changes, and the name/value pairs the browser sends. Only
 * the kinds of control the sheets write are known: text and hidden inputs, checkboxes, radios, selects, text areas.
 *
 * @version $Id$
 */
public final class BrowserForm
{
    private final List<Control> controls = new ArrayList<>();

    /** One control: its element kind, name, value and whether it is checked or which options are selected. */
    private static final class Control
    {
        private final String kind;

        private final String name;

        private String value;

        private boolean checked;

        private final List<String> options;

        private final List<String> selected;

        private final boolean multiple;

        Control(String kind, String name, String value, boolean checked, List<String> options, List<String> selected,
            boolean multiple)
        {
            this.kind = kind;
            this.name = name;
            this.value = value;
            this.checked = checked;
            this.options = options;
            this.selected = selected;
            this.multiple = multiple;
        }
    }

    /**
     * @param html a rendered page in edit mode
     * @return its form controls, as a browser holds them once the page is loaded
     */
    public static BrowserForm of(Document html)
    {
        BrowserForm form = new BrowserForm();
        for (Element element : html.select("input[name], select[name], textarea[name]")) {
            // The sheet is inside XWiki's edit form: a browser ignores a form nested in it, so every named control
            // of the page is sent, except the disabled ones.
            if (element.hasAttr("disabled")) {
                continue;
            }
            String name = element.attr("name");
            switch (element.tagName()) {
                case "select": {
                    List<String> options = new ArrayList<>();
                    List<String> selected = new ArrayList<>();
                    for (Element option : element.select("option")) {
                        String value = option.hasAttr("value") ? option.attr("value") : option.text();
                        options.add(value);
                        if (option.hasAttr("selected")) {
                            selected.add(value);
                        }
                    }
                    boolean multiple = element.hasAttr("multiple");
                    // A single select without a selected option has its first option selected.
                    if (!multiple && selected.isEmpty() && !options.isEmpty()) {
                        selected.add(options.get(0));
                    }
                    form.controls.add(new Control("select", name, null, false, new ArrayList<>(options), selected,
                        multiple));
                    break;
                }
                case "textarea":
                    // The newline right after <textarea> is not part of the value.
                    form.controls.add(new Control("textarea", name, element.wholeText().replaceFirst("^\n", ""),
                        false, List.of(), List.of(), false));
                    break;
                default:
                    String type = element.attr("type").toLowerCase(java.util.Locale.ROOT);
                    if ("submit".equals(type) || "button".equals(type) || "image".equals(type)
                        || "file".equals(type)) {
                        continue;
                    }
                    form.controls.add(new Control(type.isEmpty() ? "text" : type, name,
                        element.hasAttr("value") ? element.attr("value")
                            : "checkbox".equals(type) || "radio".equals(type) ? "on" : "",
                        element.hasAttr("checked"), List.of(), List.of(), false));
            }
        }
        return form;
    }

    /**
     * @param name a field name
     * @param value what the user types in it (a text input or a text area)
     * @return this form
     */
    public BrowserForm type(String name, String value)
    {
        Control control = only(name, "text", "textarea");
        control.value = value;
        return this;
    }

    /**
     * @param name a select's name
     * @param values the options the user leaves selected (none clears a multiple select)
     * @return this form
     */
    public BrowserForm select(String name, String... values)
    {
        Control control = only(name, "select");
        for (String value : values) {
            if (!control.options.contains(value)) {
                throw new AssertionError("The select " + name + " offers no option " + value + ": " + control.options);
            }
        }
        if (!control.multiple && values.length != 1) {
            throw new AssertionError("The select " + name + " takes one option");
        }
        control.selected.clear();
        control.selected.addAll(List.of(values));
        return this;
    }

    /**
     * What a page or user picker does in the browser: its script fills the select with the chosen values.
     *
     * @param name a picker's name
     * @param values the pages or users chosen (none empties it)
     * @return this form
     */
    public BrowserForm pick(String name, String... values)
    {
        Control control = only(name, "select");
        control.options.clear();
        control.options.addAll(List.of(values));
        control.selected.clear();
        control.selected.addAll(List.of(values));
        return this;
    }

    /**
     * @param name the name of checkboxes (or radios)
     * @param values the values the user leaves checked, the others unchecked
     * @return this form
     */
    public BrowserForm check(String name, String... values)
    {
        List<Control> boxes = this.controls.stream().filter(c -> c.name.equals(name)
            && ("checkbox".equals(c.kind) || "radio".equals(c.kind))).toList();
        if (boxes.isEmpty()) {
            throw new AssertionError("No checkbox named " + name);
        }
        List<String> wanted = List.of(values);
        for (String value : wanted) {
            if (boxes.stream().noneMatch(b -> b.value.equals(value))) {
                throw new AssertionError("No checkbox " + name + " with the value " + value);
            }
        }
        boxes.forEach(box -> box.checked = wanted.contains(box.value));
        return this;
    }

    /**
     * @param name a field the edit template writes around the sheet (title, form token, template...)
     * @param value its value
     * @return this form
     */
    public BrowserForm with(String name, String value)
    {
        this.controls.add(new Control("hidden", name, value, false, List.of(), List.of(), false));
        return this;
    }

    /** @return the entry list the browser sends: each name with its values, in document order */
    public Map<String, List<String>> submit()
    {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (Control control : this.controls) {
            List<String> values = entries.computeIfAbsent(control.name, k -> new ArrayList<>());
            switch (control.kind) {
                case "select":
                    values.addAll(control.selected);
                    break;
                case "checkbox":
                case "radio":
                    if (control.checked) {
                        values.add(control.value);
                    }
                    break;
                default:
                    values.add(control.value);
            }
        }
        entries.values().removeIf(List::isEmpty);
        return entries;
    }

    private Control only(String name, String... kinds)
    {
        List<Control> found = this.controls.stream().filter(c -> c.name.equals(name)
            && List.of(kinds).contains(c.kind)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one field " + name + " of kind " + List.of(kinds) + ", found "
                + found.size());
        }
        return found.get(0);
    }
}
