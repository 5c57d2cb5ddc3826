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
     * @param memberPage the full name of the member page the data belong to
     * @param values the private values by field name ({@link PrivateDataRules#FIELDS}); other names are ignored
     * @return the sealed text to store in the private data object
     * @throws PrivateDataException when no key can be had or the values are too long
     */
    String seal(String memberPage, Map<String, String> values) throws PrivateDataException;

    /**
     * @param memberPage the full name of the member page the data belong to
     * @param sealed a text {@link #seal} gave for that member
     * @return the values by field name, every field of {@link PrivateDataRules#FIELDS} present (empty when not given)
     * @throws PrivateDataException when the text was sealed with another key, for another member, or was changed
     */
    Map<String, String> open(String memberPage, String sealed) throws PrivateDataException;
}
