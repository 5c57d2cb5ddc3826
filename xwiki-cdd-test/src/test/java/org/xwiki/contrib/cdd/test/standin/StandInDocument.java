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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Test stand-in for {@code com.xpn.xwiki.api.Document} ({@code $doc}): the page being rendered, with its objects.
 *
 * @version $Id$
 */
public class StandInDocument
{
    /** The server the harness's requests come to. */
    public static final String SERVER = "https://cdd.example.org";

    private final XarPage page;

    private final Scenario scenario;

    private boolean isNew;

    /** The title, which {@link #setTitle} changes until the page is saved (the API edits a copy of the document). */
    private String title;

    private final Map<String, List<StandInObject>> objects = new LinkedHashMap<>();

    private final Map<String, ClassDefinition> classes = new LinkedHashMap<>();

    private String currentClass;

    private String parent;

    /** XWiki gives a page a Date for a date property, a list for a multiple list: so does the stand-in. */
    private static Map<String, Object> typed(PageObject object)
    {
        Map<String, Object> values = new LinkedHashMap<>();
        object.values().forEach((name, raw) -> {
            PropertyDefinition property = object.classDefinition() == null ? null
                : object.classDefinition().properties().get(name);
            values.put(name, property == null ? raw : StandInValues.typed(property, raw));
        });
        return values;
    }

    /**
     * A page that does not exist yet, as {@code $xwiki.getDocument} returns it: no object, {@code isNew()} true.
     *
     * @param reference its reference
     * @param scenario the scenario
     */
    public StandInDocument(String reference, Scenario scenario)
    {
        this(new XarPage(reference.replace('.', '/') + ".xml", reference, "", "", "", "xwiki/2.1", false, "", 1, 1,
            null, List.of(), null), scenario);
        this.isNew = true;
    }

    /**
     * @param page the page
     * @param scenario the test's scenario, which records saves
     */
    public StandInDocument(XarPage page, Scenario scenario)
    {
        this.page = page;
        this.title = page.title();
        this.scenario = scenario;
        for (PageObject object : page.objects()) {
            this.objects.computeIfAbsent(object.className(), k -> new ArrayList<>())
                .add(new StandInObject(object.number(), typed(object), object.classDefinition()));
            if (object.classDefinition() != null) {
                this.classes.put(object.className(), object.classDefinition());
            }
        }
    }

    /** @return the page reference, e.g. {@code CDD.WebHome} */
    public String getFullName()
    {
        return this.page.reference();
    }

    /** @return the space reference, e.g. {@code CDD.Code} */
    public String getSpace()
    {
        String reference = this.page.reference();
        return reference.substring(0, Math.max(reference.lastIndexOf('.'), 0));
    }

    /** @return the page's reference; its {@code name} is the last part */
    public StandInReference getDocumentReference()
    {
        return new StandInReference(this.page.name());
    }

    /** @return the raw title */
    public String getTitle()
    {
        return this.title;
    }

    /**
     * As {@code Document.setTitle}: the title the page is saved with.
     *
     * @param title the new title
     */
    public void setTitle(String title)
    {
        this.title = title == null ? "" : title;
    }

    /** @return the title as plain text, or the page name when it has none (as XWiki shows it) */
    public String getPlainTitle()
    {
        return this.title.isEmpty() ? this.page.name() : this.title;
    }

    /** @return the page's own content (for a sheet: the content of the page it displays) */
    public String getContent()
    {
        return this.page.content();
    }

    /**
     * @return the syntax of the page's content
     * @throws org.xwiki.rendering.parser.ParseException when the XAR names an unknown syntax
     */
    public org.xwiki.rendering.syntax.Syntax getSyntax() throws org.xwiki.rendering.parser.ParseException
    {
        return org.xwiki.rendering.syntax.Syntax.valueOf(this.page.syntax());
    }

    /**
     * @param content wiki content
     * @param syntaxId its syntax (xwiki/2.1 here)
     * @return it rendered to XHTML in restricted mode (no script macro runs), in the context of this page
     * @throws Exception when it cannot be rendered
     */
    public String getRenderedContentRestricted(String content, String syntaxId) throws Exception
    {
        if (!"xwiki/2.1".equals(syntaxId)) {
            throw new IllegalArgumentException("The harness renders xwiki/2.1 only, not " + syntaxId);
        }
        return this.scenario.renderContent(content, true);
    }

    /** @return whether the page does not exist yet */
    public boolean isNew()
    {
        return this.isNew;
    }

    /**
     * @param className a class reference
     * @return the first object of that class, null when none
     */
    public StandInObject getObject(String className)
    {
        List<StandInObject> found = this.objects.getOrDefault(className, List.of());
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * @param className a class reference
     * @param number an object number
     * @return that object, null when none
     */
    public StandInObject getObject(String className, int number)
    {
        return this.objects.getOrDefault(className, List.of()).stream().filter(o -> o.getNumber() == number)
            .findFirst().orElse(null);
    }

    /**
     * As {@code Document.getObject(classname, key, value)}: no fallback to another object.
     *
     * @param className a class reference
     * @param key a property name
     * @param value the value it must have (compared as text)
     * @return the first object of that class whose property has that value, null when none
     */
    public StandInObject getObject(String className, String key, String value)
    {
        return this.objects.getOrDefault(className, List.of()).stream()
            .filter(o -> value != null && value.equals(String.valueOf(o.getValue(key)))).findFirst().orElse(null);
    }

    /**
     * As {@code Document.newObject}: a new object of a class of the application (or of a platform class whose objects
     * the XAR holds), numbered after the highest one
     * (numbers of removed objects are not reused); it is stored when the page is saved.
     *
     * @param className a class of the application
     * @return the new object
     */
    public StandInObject newObject(String className)
    {
        // A platform class (XWiki.XWikiRights) has no page in the XAR: its definition travels with its objects.
        ClassDefinition definition = this.scenario.getPages().xclass(className)
            .or(() -> this.scenario.getPages().inlineClass(className))
            .orElseThrow(() -> new IllegalArgumentException("No class " + className + " in the XAR"));
        List<StandInObject> list = this.objects.computeIfAbsent(className, k -> new ArrayList<>());
        int number = list.stream().mapToInt(StandInObject::getNumber).max().orElse(-1) + 1;
        StandInObject object = new StandInObject(number, new LinkedHashMap<>(), definition);
        list.add(object);
        this.classes.put(className, definition);
        return object;
    }

    /**
     * As {@code Document.removeObject}: the object is gone from the page when it is saved.
     *
     * @param object one of this page's objects
     * @return whether it was one of them
     */
    public boolean removeObject(StandInObject object)
    {
        return this.objects.values().stream().anyMatch(list -> list.remove(object));
    }

    /**
     * @param className a class reference
     * @return the objects of that class
     */
    public Vector<StandInObject> getObjects(String className)
    {
        return new Vector<>(this.objects.getOrDefault(className, List.of()));
    }

    /**
     * @param className the class whose first object {@link #getValue(String)} reads
     */
    public void use(String className)
    {
        this.currentClass = className;
    }

    /**
     * @param property a property of the class chosen with {@link #use(String)}, or of the first object
     * @return its value
     */
    public Object getValue(String property)
    {
        StandInObject object = this.currentClass != null ? getObject(this.currentClass)
            : this.objects.values().stream().flatMap(List::stream).findFirst().orElse(null);
        return object == null ? null : object.getValue(property);
    }

    /**
     * @param property a property of the class chosen with {@link #use(String)} (or of the first object)
     * @return its value, or its form field in edit mode, as XWiki displays it
     */
    public String display(String property)
    {
        return display(property, "edit".equals(this.scenario.getAction()) ? "edit" : "view");
    }

    /**
     * @param property a property of the class chosen with {@link #use(String)} (or of the first object)
     * @param mode {@code view} or {@code edit}
     * @return its value, or its form field, as XWiki displays it
     */
    public String display(String property, String mode)
    {
        String className = this.currentClass != null ? this.currentClass
            : this.objects.keySet().stream().findFirst().orElse(null);
        StandInObject object = className == null ? null : getObject(className);
        ClassDefinition definition = className == null ? null : this.classes.get(className);
        if (object == null || definition == null || !definition.properties().containsKey(property)) {
            return "";
        }
        return new PropertyDisplayer(this.scenario).display(className, object.getNumber(),
            definition.properties().get(property), object.getValue(property), "edit".equals(mode));
    }

    /**
     * @param property a property of the object's class
     * @param mode {@code view} or {@code edit}
     * @param object one of this page's objects
     * @return its value, or its form field, as XWiki displays it
     */
    public String display(String property, String mode, Object object)
    {
        if (!(object instanceof StandInObject standIn)) {
            return "";
        }
        for (Map.Entry<String, List<StandInObject>> entry : this.objects.entrySet()) {
            ClassDefinition definition = this.classes.get(entry.getKey());
            if (entry.getValue().contains(standIn) && definition != null
                && definition.properties().containsKey(property)) {
                return new PropertyDisplayer(this.scenario).display(entry.getKey(), standIn.getNumber(),
                    definition.properties().get(property), standIn.getValue(property), "edit".equals(mode));
            }
        }
        return "";
    }

    /**
     * As {@code Document.save}: the current user must have edit right on the page (then the script's author too,
     * an administrator for the application's scripts); the page and its objects as changed are stored as a new
     * version with the comment, which later renders and queries see.
     *
     * @param comment the version comment
     */
    public void save(String comment)
    {
        if (!this.scenario.hasRight("edit", this.page.reference())) {
            throw new IllegalStateException("Access denied in edit mode on document " + this.page.reference());
        }
        store(comment, this.scenario.getUser());
    }

    /**
     * As {@code Document.saveAsAuthor} (see {@code api/Document.java}): only the script's author (the content author
     * of the page running the script, see {@link Scenario#getScriptAuthor()}) needs edit right, not the current
     * user; refused, it throws; the author is recorded as the page's author, and as its creator when it is new.
     *
     * @param comment the version comment
     */
    public void saveAsAuthor(String comment)
    {
        String author = this.scenario.getScriptAuthor();
        if (!this.scenario.hasRight("edit", author, this.page.reference())) {
            throw new IllegalStateException("Access denied; user " + author + ", acting through script, cannot save "
                + "document " + this.page.reference());
        }
        store(comment, author);
    }

    /**
     * As {@code Document.delete} (see {@code api/Document.java}): the current user needs delete right on the page;
     * the page then goes to the recycle bin ({@link Scenario#delete}).
     */
    public void delete()
    {
        if (!this.scenario.hasRight("delete", this.page.reference())) {
            throw new IllegalStateException("Access denied in edit mode on document " + this.page.reference());
        }
        this.scenario.delete(this.page.reference(), this.scenario.getUser());
    }

    /**
     * As {@code Document.deleteAsAuthor}: the script's author needs delete right on the page, and is the deleter.
     */
    public void deleteAsAuthor()
    {
        String author = this.scenario.getScriptAuthor();
        if (!this.scenario.hasRight("delete", author, this.page.reference())) {
            throw new IllegalStateException("Access denied; user " + author + ", acting through script, cannot delete "
                + "document " + this.page.reference());
        }
        this.scenario.delete(this.page.reference(), author);
    }

    private void store(String comment, String author)
    {
        List<PageObject> stored = new ArrayList<>();
        this.objects.forEach((className, list) -> list.forEach(object -> {
            Map<String, String> raw = new LinkedHashMap<>();
            ClassDefinition definition = this.classes.get(className);
            if (definition != null) {
                definition.properties().keySet().forEach(name -> {
                    Object value = object.getValue(name);
                    if (value != null) {
                        raw.put(name, StandInValues.stored(value));
                    }
                });
            } else {
                // A class the XAR does not define (rights, groups): its values as they were.
                this.page.objects().stream().filter(o -> o.className().equals(className)
                    && o.number() == object.getNumber()).findFirst().ifPresent(o -> raw.putAll(o.values()));
            }
            stored.add(new PageObject(className, object.getNumber(), definition, raw));
        }));
        XarPage saved = new XarPage(this.page.path(), this.page.reference(), this.page.locale(),
            this.page.defaultLanguage(), this.title, this.page.syntax(), this.page.hidden(),
            this.page.content(), this.page.contentLine(), this.page.titleLine(), this.page.xclass(), stored,
            this.page.parseError());
        this.scenario.store(saved, comment, author);
        this.isNew = false;
    }

    /**
     * As {@code Document.getURL()}: the page's view URL, relative to the server, as {@link #getURL(String)} gives it
     * for {@code view}.
     *
     * @return the view URL of the page
     */
    public String getURL()
    {
        return StandInXWiki.url(this.page.reference(), "view", null);
    }

    /**
     * As {@code Document.setParent}: the parent page shown in the breadcrumb. Kept by this document only, not in the
     * stored page: no page or query of the application reads a parent.
     *
     * @param parent the parent page's reference
     */
    public void setParent(String parent)
    {
        this.parent = parent;
    }

    /** @return the parent set by {@link #setParent}, else empty, as {@code Document.getParent} of a page without one */
    public String getParent()
    {
        return this.parent == null ? "" : this.parent;
    }

    /**
     * As {@code Document.getExternalURL()}: the page's view URL, absolute, on the server the request came to (here
     * {@value #SERVER}), the same path as {@link #getURL(String)} gives.
     *
     * @return the absolute URL of the page
     */
    public String getExternalURL()
    {
        return SERVER + StandInXWiki.url(this.page.reference(), "view", null);
    }

    /**
     * As {@code Document.getExternalURL(action)}: absolute, on {@value #SERVER}.
     *
     * @param action an action such as {@code view}
     * @return the absolute URL of the page for that action
     */
    public String getExternalURL(String action)
    {
        return SERVER + StandInXWiki.url(this.page.reference(), action, null);
    }

    /**
     * As {@code Document.getExternalURL(action, queryString)}: absolute, on {@value #SERVER}.
     *
     * @param action an action such as {@code get}
     * @param queryString the query string
     * @return the absolute URL of the page for that action
     */
    public String getExternalURL(String action, String queryString)
    {
        return SERVER + StandInXWiki.url(this.page.reference(), action, queryString);
    }

    /**
     * @param action an action such as {@code view}
     * @return the URL of the page for that action
     */
    public String getURL(String action)
    {
        return StandInXWiki.url(this.page.reference(), action, null);
    }

    /**
     * @param action an action such as {@code view}
     * @param queryString the query string
     * @return the URL of the page for that action
     */
    public String getURL(String action, String queryString)
    {
        return StandInXWiki.url(this.page.reference(), action, queryString);
    }
}
