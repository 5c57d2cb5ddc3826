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

import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * What XWiki does with an edit form: the {@code /edit/} action prepares the page the sheet shows (template, title,
 * objects named in the request) and the {@code /save/} action applies a submitted form to the stored page and saves
 * a new version. It follows {@code SaveAction}, {@code EditAction}, {@code EditForm},
 * {@code XWikiDocument.readFromTemplate}/{@code readFromForm}, {@code BaseClass.fromMap}, the {@code fromString}/
 * {@code fromStringArray} of the property classes and {@code RightsFilterListener} (see {@code docs/harness.md}).
 *
 * @version $Id$
 */
public final class StandInSaveAction
{
    /** How a save ended. */
    public enum Outcome
    {
        /** A new version was saved. */
        SAVED,
        /** The user may not edit the page: nothing saved. */
        ACCESS_DENIED,
        /** The form token was missing or wrong: the user is sent to the resubmission page, nothing saved. */
        CSRF_REFUSED,
        /** A template was given for a page that already has content: nothing saved. */
        DOCUMENT_NOT_EMPTY
    }

    /**
     * @param outcome how it ended
     * @param page the page as saved, or as it stayed
     */
    public record Result(Outcome outcome, XarPage page)
    {
    }

    private static final String RIGHTS_CLASS = "XWiki.XWikiRights";

    /** EditForm.setUpdateOrCreateMap: a class name holds at least one dot. */
    private static final Pattern OBJECT_PARAMETER = Pattern.compile("^((?:[\\S ]+\\.)+[\\S ]+?)_([0-9]+)_(.+)$");

    private static final Pattern ADDED_OBJECT = Pattern.compile("^(.+)_([0-9]+)$");

    private static final String STORED_DATE = "yyyy-MM-dd HH:mm:ss.S";

    private final Scenario scenario;

    /**
     * @param scenario the test's scenario: user, rights, token, pages
     */
    public StandInSaveAction(Scenario scenario)
    {
        this.scenario = scenario;
    }

    /**
     * The {@code /edit/} action: the page the sheet is rendered for, with the request applied to it (template,
     * title, objects named by {@code objectPolicy=updateOrCreate}); nothing is saved.
     *
     * @param reference the page
     * @param parameters the request parameters, each with its values in request order
     * @return the page as the edit form shows it
     */
    public XarPage edit(String reference, Map<String, List<String>> parameters)
    {
        XarPage stored = stored(reference);
        Edited edited = new Edited(reference, stored);
        applyTemplate(edited, stored == null, parameters);
        readFromForm(edited, parameters);
        return edited.toPage();
    }

    /**
     * The {@code /save/} action.
     *
     * @param reference the page
     * @param parameters the submitted form, each name with its values in request order
     * @return how it ended and the page as it is now
     */
    public Result save(String reference, Map<String, List<String>> parameters)
    {
        XarPage stored = stored(reference);
        if (!this.scenario.hasRight("edit", reference)) {
            return new Result(Outcome.ACCESS_DENIED, stored);
        }
        if (!this.scenario.getToken().equals(first(parameters, "form_token"))) {
            return new Result(Outcome.CSRF_REFUSED, stored);
        }
        Edited edited = new Edited(reference, stored);
        if (!applyTemplate(edited, stored == null, parameters)) {
            return new Result(Outcome.DOCUMENT_NOT_EMPTY, stored);
        }
        readFromForm(edited, parameters);
        keepRightsTheUserCannotGive(edited, stored);
        XarPage saved = edited.toPage();
        String comment = first(parameters, "comment");
        this.scenario.store(saved, comment == null ? "" : comment);
        return new Result(Outcome.SAVED, saved);
    }

    private XarPage stored(String reference)
    {
        return this.scenario.storedPage(reference).orElse(null);
    }

    /** readFromTemplate: only for a new page or one without content; objects of the classes the page lacks. */
    private boolean applyTemplate(Edited edited, boolean isNew, Map<String, List<String>> parameters)
    {
        String templateReference = first(parameters, "template");
        if (templateReference == null || templateReference.isEmpty()
            || !this.scenario.hasRight("view", templateReference)) {
            return true;
        }
        if (!isNew && !edited.content.isEmpty() && !"\n".equals(edited.content)) {
            return false;
        }
        Optional<XarPage> template = this.scenario.storedPage(templateReference);
        if (template.isEmpty()) {
            return true;
        }
        edited.title = template.get().title();
        edited.content = template.get().content();
        edited.syntax = template.get().syntax();
        if (isNew) {
            edited.objects.clear();
        }
        Map<String, List<PageObject>> byClass = new LinkedHashMap<>();
        template.get().objects().forEach(o -> byClass.computeIfAbsent(o.className(), k -> new ArrayList<>()).add(o));
        byClass.forEach((className, objects) -> {
            if (edited.objects.keySet().stream().noneMatch(key -> key.className().equals(className))) {
                int number = 0;
                for (PageObject object : objects.stream().sorted(Comparator.comparingInt(PageObject::number))
                    .toList()) {
                    edited.objects.put(new ObjectKey(className, number++), new LinkedHashMap<>(object.values()));
                }
            }
        });
        return true;
    }

    /** readFromForm: title, content, then the objects (added, updated or created, deleted). */
    private void readFromForm(Edited edited, Map<String, List<String>> parameters)
    {
        String title = first(parameters, "title");
        if (title != null) {
            edited.title = title;
        }
        String content = first(parameters, "content");
        if (content != null) {
            edited.content = content;
        }
        for (String added : parameters.getOrDefault("addedObjects", List.of())) {
            Matcher matcher = ADDED_OBJECT.matcher(added);
            if (matcher.matches() && definition(matcher.group(1)) != null) {
                edited.objects.putIfAbsent(new ObjectKey(matcher.group(1), Integer.parseInt(matcher.group(2))),
                    new LinkedHashMap<>());
            }
        }
        boolean updateOrCreate = "updateOrCreate".equals(first(parameters, "objectPolicy"));
        Map<ObjectKey, Map<String, List<String>>> submitted = objectParameters(parameters);
        submitted.forEach((key, values) -> {
            ClassDefinition definition = definition(key.className());
            if (definition == null) {
                return;
            }
            Map<String, List<String>> known = new LinkedHashMap<>(values);
            known.keySet().retainAll(definition.properties().keySet());
            if (known.isEmpty() || !edited.objects.containsKey(key) && !updateOrCreate) {
                // The default policy reads the existing objects only.
                return;
            }
            Map<String, String> object = edited.objects.computeIfAbsent(key, k -> new LinkedHashMap<>());
            known.forEach((name, strings) -> fromStringArray(definition.properties().get(name), strings)
                .ifPresent(value -> {
                    if (value.isEmpty() && clearsToNull(definition.properties().get(name))) {
                        object.remove(name);
                    } else {
                        object.put(name, value);
                    }
                }));
        });
        for (String deleted : parameters.getOrDefault("deletedObjects", List.of())) {
            Matcher matcher = ADDED_OBJECT.matcher(deleted);
            if (matcher.matches()) {
                edited.objects.remove(new ObjectKey(matcher.group(1), Integer.parseInt(matcher.group(2))));
            }
        }
    }

    private static Map<ObjectKey, Map<String, List<String>>> objectParameters(Map<String, List<String>> parameters)
    {
        Map<ObjectKey, Map<String, List<String>>> objects = new TreeMap<>();
        parameters.forEach((name, values) -> {
            Matcher matcher = OBJECT_PARAMETER.matcher(name);
            if (matcher.matches()) {
                objects.computeIfAbsent(new ObjectKey(matcher.group(1), Integer.parseInt(matcher.group(2))),
                    k -> new LinkedHashMap<>()).put(matcher.group(3), values);
            }
        });
        return objects;
    }

    /** Numbers, booleans and dates that receive an empty value hold no value any more. */
    private static boolean clearsToNull(PropertyDefinition property)
    {
        return List.of("NumberClass", "BooleanClass", "DateClass").contains(property.simpleType());
    }

    /**
     * The value the property class makes of the submitted strings, as stored text; empty when it cannot parse them,
     * which keeps the old value.
     */
    private Optional<String> fromStringArray(PropertyDefinition property, List<String> strings)
    {
        String firstValue = strings.isEmpty() ? "" : strings.get(0);
        Map<String, String> attributes = property.attributes();
        switch (property.simpleType()) {
            case "NumberClass":
                if (firstValue.isEmpty()) {
                    return Optional.of("");
                }
                try {
                    return Optional.of(String.valueOf(Integer.valueOf(firstValue)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            case "BooleanClass":
                if (firstValue.matches("[0-9]{1,9}")) {
                    return Optional.of(String.valueOf(Integer.valueOf(firstValue)));
                }
                return Optional.of("yes".equalsIgnoreCase(firstValue) || "true".equalsIgnoreCase(firstValue) ? "1"
                    : "no".equalsIgnoreCase(firstValue) || "false".equalsIgnoreCase(firstValue) ? "0" : "");
            case "DateClass":
                return date(firstValue, attributes);
            case "StaticListClass":
            case "PageClass":
            case "DBListClass":
            case "UsersClass":
                if (!"1".equals(attributes.get("multiSelect"))) {
                    return Optional.of(firstValue);
                }
                return Optional.of(String.join("|", list(strings, attributes.getOrDefault("separators",
                    "StaticListClass".equals(property.simpleType()) ? "|, " : "|,"))));
            default:
                return Optional.of(firstValue);
        }
    }

    private Optional<String> date(String text, Map<String, String> attributes)
    {
        if (text.isEmpty()) {
            return "0".equals(attributes.getOrDefault("emptyIsToday", "1")) ? Optional.of("")
                : Optional.of(new SimpleDateFormat(STORED_DATE).format(this.scenario.getNow()));
        }
        // Lenient, in the server's zone, with the user's locale: as DateClass.fromString parses.
        SimpleDateFormat format = new SimpleDateFormat(attributes.getOrDefault("dateFormat", "dd/MM/yyyy HH:mm:ss"),
            this.scenario.getLocale());
        Date date = format.parse(text, new ParsePosition(0));
        return date == null ? Optional.empty() : Optional.of(new SimpleDateFormat(STORED_DATE).format(date));
    }

    /** ListClass.fromStringArray: one value is split on the separators, several are kept, blanks dropped. */
    private static List<String> list(List<String> strings, String separators)
    {
        List<String> values = new ArrayList<>();
        if (strings.size() == 1) {
            for (String value : strings.get(0).split("[" + Pattern.quote(separators) + "]")) {
                if (!value.isBlank()) {
                    values.add(value);
                }
            }
        } else {
            strings.stream().filter(s -> !s.trim().isEmpty()).forEach(values::add);
        }
        return values;
    }

    /**
     * RightsFilterListener: a change of the page's rights objects stands only if the user holds every right they
     * name; otherwise all of them go back to what they were, and the rest of the save goes through.
     */
    private void keepRightsTheUserCannotGive(Edited edited, XarPage stored)
    {
        Map<ObjectKey, Map<String, String>> before = new TreeMap<>();
        if (stored != null) {
            stored.objectsOf(RIGHTS_CLASS).forEach(o -> before.put(new ObjectKey(RIGHTS_CLASS, o.number()),
                o.values()));
        }
        Map<ObjectKey, Map<String, String>> after = new TreeMap<>();
        edited.objects.forEach((key, values) -> {
            if (RIGHTS_CLASS.equals(key.className())) {
                after.put(key, values);
            }
        });
        if (before.equals(after)) {
            return;
        }
        String reference = edited.reference;
        boolean allowed = true;
        for (Map<String, String> rule : List.of(before, after).stream().flatMap(m -> m.values().stream()).toList()) {
            for (String level : rule.getOrDefault("levels", "").split("[ ,|]+")) {
                allowed &= level.isBlank() || RightsEvaluator.Right.of(level).isPresent()
                    && this.scenario.hasRight(level.trim(), reference);
            }
        }
        if (!allowed) {
            edited.objects.keySet().removeIf(key -> RIGHTS_CLASS.equals(key.className()));
            edited.objects.putAll(before);
        }
    }

    private ClassDefinition definition(String className)
    {
        return this.scenario.getPages().xclass(className).orElse(null);
    }

    private static String first(Map<String, List<String>> parameters, String name)
    {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** An object of the page: its class and number. */
    private record ObjectKey(String className, int number) implements Comparable<ObjectKey>
    {
        @Override
        public int compareTo(ObjectKey other)
        {
            int byClass = this.className.compareTo(other.className);
            return byClass != 0 ? byClass : Integer.compare(this.number, other.number);
        }
    }

    /** The page being edited: a copy of the stored one (or a new one). */
    private final class Edited
    {
        private final String reference;

        private final XarPage stored;

        private String title;

        private String content;

        private String syntax;

        private final Map<ObjectKey, Map<String, String>> objects = new TreeMap<>();

        Edited(String reference, XarPage stored)
        {
            this.stored = stored;
            this.reference = reference;
            this.title = stored == null ? "" : stored.title();
            this.content = stored == null ? "" : stored.content();
            this.syntax = stored == null ? "xwiki/2.1" : stored.syntax();
            if (stored != null) {
                stored.objects().forEach(o -> this.objects.put(new ObjectKey(o.className(), o.number()),
                    new LinkedHashMap<>(o.values())));
            }
        }

        XarPage toPage()
        {
            List<PageObject> pageObjects = new ArrayList<>();
            this.objects.forEach((key, values) -> pageObjects.add(new PageObject(key.className(), key.number(),
                definition(key.className()), Map.copyOf(values))));
            XarPage base = this.stored;
            if (base == null) {
                return new XarPage(this.reference.replace('.', '/') + ".xml", this.reference, "", "", this.title,
                    this.syntax, false, this.content, 1, 1, null, pageObjects, null);
            }
            return new XarPage(base.path(), base.reference(), base.locale(), base.defaultLanguage(), this.title,
                this.syntax, base.hidden(), this.content, base.contentLine(), base.titleLine(), base.xclass(),
                pageObjects, base.parseError());
        }
    }
}
