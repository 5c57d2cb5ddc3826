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
package org.xwiki.contrib.cdd.privacy;

import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * Seals a member's private data before they reach a page, and opens them again. XWiki's generic endpoints (Live Data's
 * live table source, Solr, REST, queries) filter and count objects by their property values, even on pages the user
 * may not view; sealed values give them nothing to filter on: each is encrypted with the council's key and a fresh
 * nonce, bound to the member it belongs to, and padded so that its length tells nothing either.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface PrivateDataSeal
{
    /**
     * @param privatePage the member's private page, which holds the sealed text
     *     ({@code MemberPrivateClass#privatePage})
     * @param values the private values by field name ({@link PrivateDataRules#FIELDS}); other names are ignored
     * @return the sealed text to store in the private data object of that page
     * @throws PrivateDataException when the page is not a private page, no key can be had (the first seal creates
     *     the key when none is configured) or the values are too long
     */
    String seal(String privatePage, Map<String, String> values) throws PrivateDataException;

    /**
     * @param privatePage the page that holds the sealed text: it opens only on the private page it was sealed for,
     *     so a text copied to any other page (one a member may edit, say) gives nothing
     * @param sealed a text {@link #seal} gave for that page
     * @return the values by field name, every field of {@link PrivateDataRules#FIELDS} present (empty when not given)
     * @throws PrivateDataException when the page is not that private page, the text was sealed with another key, or
     *     was changed; never creates a key
     */
    Map<String, String> open(String privatePage, String sealed) throws PrivateDataException;
}
