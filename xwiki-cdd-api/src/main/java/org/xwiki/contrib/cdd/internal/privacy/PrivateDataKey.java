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
package org.xwiki.contrib.cdd.internal.privacy;

import javax.crypto.SecretKey;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;

/**
 * The council's key for private data. It never lives in the wiki's documents, which every endpoint can query: it comes
 * from {@code xwiki.properties} or from a file of the permanent directory.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Role
public interface PrivateDataKey
{
    /**
     * @param create whether to create the key when none is configured nor kept yet (only to seal: reading without
     *     a key means the key was lost, and a new one would open nothing)
     * @return the key, 256 bits for AES
     * @throws PrivateDataException when none is configured and none is kept (or can be, when creating)
     */
    SecretKey get(boolean create) throws PrivateDataException;
}
