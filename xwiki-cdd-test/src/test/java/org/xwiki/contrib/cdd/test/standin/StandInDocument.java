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

import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Test stand-in for {@code com.xpn.xwiki.api.Document} ({@code $doc}): the page being rendered, with its objects.
 *
 * @version $Id$
 */
public class StandInDocument
{
    private final XarPage page;

    private final Scenario scenario;

    private final Map<String, List<StandInObject>> objects = new LinkedHashMap<>();

    private String currentClass;

    /**
     * @param page the page
     * @param scenario the test's scenario, which records saves
     */
    public StandInDocument(XarPage page, Scenario scenario)
    {
        this.page = page;
        this.scenario = scenario;
        for (PageObject object : page.objects()) {
            this.objects.computeIfAbsent(object.className(), k -> new ArrayList<>())
                .add(new StandInObject(object.number(), new LinkedHashMap<>(object.values())));
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

    /** @return the raw title */
    public String getTitle()
    {
        return this.page.title();
    }

    /** @return false: rendered pages exist */
    public boolean isNew()
    {
        return false;
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
     * @param comment the version comment
     */
    public void save(String comment)
    {
        this.scenario.getSavedComments().add(comment);
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
