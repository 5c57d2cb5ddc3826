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

import java.util.Map;

/**
 * Test stand-in for {@code ScriptMimeMessage}: its parts as {@code addPart} adds them (an HTML part with its text
 * alternative, as the platform's {@code text/html} body part factory builds a {@code multipart/alternative}).
 *
 * @version $Id$
 */
public class StandInMimeMessage
{
    private final String to;

    private final String subject;

    private String html;

    private String text;

    StandInMimeMessage(String to, String subject)
    {
        this.to = to;
        this.subject = subject;
    }

    /**
     * @param mimeType the part's type; only {@code text/html} (with an {@code alternate} text) and
     *     {@code text/plain} are imitated
     * @param content the part's content
     * @param parameters the part's parameters ({@code alternate}: the text alternative of an HTML part)
     * @return the part (here the message itself), null for another type, as the platform returns null when no body
     *     part factory has that hint
     */
    public Object addPart(String mimeType, Object content, Map<String, Object> parameters)
    {
        if ("text/html".equals(mimeType)) {
            this.html = String.valueOf(content);
            Object alternate = parameters == null ? null : parameters.get("alternate");
            this.text = alternate == null ? this.text : alternate.toString();
            return this;
        }
        if ("text/plain".equals(mimeType)) {
            this.text = String.valueOf(content);
            return this;
        }
        return null;
    }

    String to()
    {
        return this.to;
    }

    String subject()
    {
        return this.subject;
    }

    String html()
    {
        return this.html;
    }

    String text()
    {
        return this.text;
    }
}
