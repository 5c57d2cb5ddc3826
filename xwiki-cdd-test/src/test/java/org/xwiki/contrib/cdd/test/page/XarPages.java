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
package org.xwiki.contrib.cdd.test.page;

import java.nio.charset.StandardCharsets;

/**
 * Builds pages that are not in the XAR (test fixtures, pages assembled to test macros), through the same reader.
 *
 * @version $Id$
 */
public final class XarPages
{
    private XarPages()
    {
    }

    /**
     * @param reference the page reference
     * @param content its xwiki/2.1 content
     * @return the page
     */
    public static XarPage wikiPage(String reference, String content)
    {
        String xml = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n<xwikidoc version=\"1.5\" reference=\"" + reference
            + "\" locale=\"\">\n  <title>" + reference + "</title>\n  <syntaxId>xwiki/2.1</syntaxId>\n  <content>"
            + content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</content>\n</xwikidoc>\n";
        return XarReader.read(reference + ".xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
