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

import java.util.Locale;

/**
 * Test stand-in for {@code com.xpn.xwiki.api.Context} ({@code $xcontext}).
 *
 * @version $Id$
 */
public class StandInContext
{
    private final Scenario scenario;

    private final StandInRequest request;

    /**
     * @param scenario the test's scenario
     * @param request the request stand-in
     */
    public StandInContext(Scenario scenario, StandInRequest request)
    {
        this.scenario = scenario;
        this.request = request;
    }

    /** @return the action, e.g. {@code view} or {@code edit} */
    public String getAction()
    {
        return this.scenario.getAction();
    }

    /** @return the user's locale */
    public Locale getLocale()
    {
        return this.scenario.getLocale();
    }

    /** @return the current user's reference as a string, {@code XWiki.XWikiGuest} for a guest */
    public String getUser()
    {
        return this.scenario.getUser() == null ? "XWiki.XWikiGuest" : this.scenario.getUser();
    }

    /** @return whether the current user is a wiki administrator */
    public boolean hasAdminRights()
    {
        return this.scenario.isAdmin();
    }

    /** @return the request */
    public StandInRequest getRequest()
    {
        return this.request;
    }

    /**
     * As {@code Context.setFinished}: the page wrote the response itself; XWiki writes nothing more.
     *
     * @param finished whether the response is complete
     */
    public void setFinished(boolean finished)
    {
        this.scenario.setFinished(finished);
    }
}
