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
 * Test stand-in for {@code com.xpn.xwiki.web.XWikiResponse} ({@code $response}, the context's response as
 * {@code XWikiScriptContextInitializer} binds it): the content type, the character encoding and the body a page that
 * serves a file writes itself ({@code getWriter}), as XWiki's {@code NotificationRSSService} does. As
 * {@code Utils.parseTemplate} does, every response starts as {@code text/html; charset=UTF-8}.
 *
 * @version $Id$
 */
public class StandInResponse
{
    private final Scenario scenario;

    /**
     * @param scenario the test's scenario, which keeps the content type for the test to read
     */
    public StandInResponse(Scenario scenario)
    {
        this.scenario = scenario;
    }

    /**
     * @param type the content type, e.g. {@code application/atom+xml; charset=UTF-8}
     */
    public void setContentType(String type)
    {
        this.scenario.setContentType(type);
    }

    /** @return the content type */
    public String getContentType()
    {
        return this.scenario.getContentType();
    }

    /**
     * @param encoding the character encoding, e.g. {@code UTF-8}
     */
    public void setCharacterEncoding(String encoding)
    {
        this.scenario.setCharacterEncoding(encoding);
    }

    /**
     * @return the writer of the response's body, which the test reads back ({@code Scenario.getResponseBody()})
     */
    public java.io.PrintWriter getWriter()
    {
        return this.scenario.getResponseWriter();
    }

    /**
     * @param length the body's length in bytes
     */
    public void setContentLength(int length)
    {
        this.scenario.setContentLength(length);
    }

    /** Sends what was written: nothing to do here, the test reads the body. */
    public void flushBuffer()
    {
        this.scenario.getResponseWriter().flush();
    }
}
