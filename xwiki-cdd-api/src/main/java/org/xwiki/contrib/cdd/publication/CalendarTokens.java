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
package org.xwiki.contrib.cdd.publication;

import org.xwiki.component.annotation.Role;
import org.xwiki.stability.Unstable;

/**
 * The secret a member puts in the address of their calendar feeds, for calendar applications that cannot log in. Only
 * its hash is stored: the address is shown once, and a member revokes it by creating another one or deleting it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
@Unstable
public interface CalendarTokens
{
    /**
     * @return a new secret: 32 random bytes, Base64 for URLs
     */
    String create();

    /**
     * @param token a secret
     * @return what is stored of it (SHA-256, hexadecimal); empty for no secret
     */
    String hash(String token);

    /**
     * @param token the secret of a request
     * @param hash the stored hash
     * @return whether they match, compared in constant time
     */
    boolean matches(String token, String hash);
}
