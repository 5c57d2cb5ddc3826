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

/**
 * Test stand-in for {@code com.xpn.xwiki.api.XWiki} ({@code $xwiki}).
 *
 * @version $Id$
 */
public class StandInXWiki
{
    private final Scenario scenario;

    /**
     * @param scenario the test's scenario
     */
    public StandInXWiki(Scenario scenario)
    {
        this.scenario = scenario;
    }

    static String url(String reference, String action, String queryString)
    {
        int dot = reference.lastIndexOf('.');
        String path = reference.substring(0, Math.max(dot, 0)).replace('.', '/') + '/' + reference.substring(dot + 1);
        return "/xwiki/bin/" + action + "/" + path + (queryString == null || queryString.isEmpty() ? ""
            : "?" + queryString);
    }

    /**
     * @param name a plugin name: {@code jsx} or {@code ssx} here
     * @return its API, null for another plugin
     */
    public Object get(String name)
    {
        return "jsx".equals(name) || "ssx".equals(name) ? new StandInSkinExtension(name, this.scenario) : null;
    }

    /**
     * @param reference a page reference
     * @return the page as the user may see it, a new empty page (as XWiki answers) when it does not exist, null when
     *     the user cannot view it
     */
    public StandInDocument getDocument(String reference)
    {
        if (!this.scenario.hasRight("view", reference)) {
            return null;
        }
        StandInDocument document = this.scenario.document(reference);
        return document != null ? document : new StandInDocument(reference, this.scenario);
    }

    /**
     * As {@code XWiki.exists(String)} (see {@code api/XWiki.java}): whether the page is stored, whoever asks; the
     * platform checks no right here, and neither does this.
     *
     * @param reference a page reference
     * @return whether the page exists
     */
    public boolean exists(String reference)
    {
        return this.scenario.document(reference) != null;
    }

    /**
     * As {@code XWiki.getDocumentAsAuthor} (see {@code api/XWiki.java}): the script's author, not the user, needs
     * view right.
     *
     * @param reference a page reference
     * @return the page, a new empty page when it does not exist, null when the script's author cannot view it
     */
    public StandInDocument getDocumentAsAuthor(String reference)
    {
        if (!this.scenario.hasRight("view", this.scenario.getScriptAuthor(), reference)) {
            return null;
        }
        StandInDocument document = this.scenario.document(reference);
        return document != null ? document : new StandInDocument(reference, this.scenario);
    }

    /**
     * @param reference a page reference, as the {@code document} query filter makes them
     * @return the page as the user may see it (the {@code DocumentReference} overload of the platform)
     */
    public StandInDocument getDocument(StandInDocumentReference reference)
    {
        return getDocument(reference.fullName());
    }

    /**
     * @param reference a page reference, as the {@code document} query filter makes them
     * @return its view URL (the {@code DocumentReference} overload of the platform)
     */
    public String getURL(StandInDocumentReference reference)
    {
        return url(reference.fullName(), "view", null);
    }

    /**
     * @param reference a page reference, as the {@code document} query filter makes them
     * @param action an action
     * @param queryString the query string
     * @return its URL for that action (the {@code DocumentReference} overload of the platform)
     */
    public String getURL(StandInDocumentReference reference, String action, String queryString)
    {
        return url(reference.fullName(), action, queryString);
    }

    /** @return whether the current user is a wiki administrator */
    public boolean hasAdminRights()
    {
        return this.scenario.isAdmin();
    }

    /**
     * @param right a right name
     * @param reference a page reference
     * @return whether the current user has that right on that page
     */
    public boolean hasAccessLevel(String right, String reference)
    {
        return this.scenario.hasRight(right, reference);
    }

    /**
     * @param right a right name
     * @param user the user
     * @param reference a page reference
     * @return whether that user has that right on that page
     */
    public boolean hasAccessLevel(String right, String user, String reference)
    {
        return this.scenario.hasRight(right, RightsEvaluator.GUEST.equals(user) ? null : user, reference);
    }

    /**
     * @param reference a page reference
     * @return its view URL
     */
    public String getURL(String reference)
    {
        return url(reference, "view", null);
    }

    /**
     * @param reference a page reference
     * @param action an action
     * @param queryString the query string
     * @return its URL for that action
     */
    public String getURL(String reference, String action, String queryString)
    {
        return url(reference, action, queryString);
    }

    /**
     * @param user a user reference, e.g. {@code XWiki.CamilleMartin}
     * @param link whether to make it a link (the stand-in never does)
     * @return the user's name: here the page name of the reference
     */
    public String getUserName(String user, boolean link)
    {
        return user.substring(user.lastIndexOf('.') + 1);
    }

    /** @return the scenario's "now" */
    public java.util.Date getCurrentDate()
    {
        return this.scenario.getNow();
    }

    /**
     * @param date a date
     * @return it in the wiki's date format (dd/MM/yyyy HH:mm here)
     */
    public String formatDate(java.util.Date date)
    {
        return new java.text.SimpleDateFormat("dd/MM/yyyy HH:mm").format(date);
    }

    /**
     * @param date a date
     * @param format a SimpleDateFormat pattern
     * @return it in that format
     */
    public String formatDate(java.util.Date date, String format)
    {
        return new java.text.SimpleDateFormat(format).format(date);
    }

    /**
     * @param reference a page reference
     * @param action an action
     * @return its URL for that action
     */
    public String getURL(String reference, String action)
    {
        return url(reference, action, null);
    }
}
