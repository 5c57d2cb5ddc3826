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

import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.contrib.cdd.privacy.PrivateDataSeal;

/**
 * Seals with the council's key ({@link PrivateDataKey}, read on each call; only a seal may create it) by
 * {@link SealCipher}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultPrivateDataSeal implements PrivateDataSeal
{
    @Inject
    private PrivateDataKey key;

    @Override
    public String seal(String privatePage, Map<String, String> values) throws PrivateDataException
    {
        return SealCipher.seal(this.key.get(true), privatePage, values);
    }

    @Override
    public Map<String, String> open(String privatePage, String sealed) throws PrivateDataException
    {
        if (sealed == null || sealed.length() > SealCipher.MAX_SEALED) {
            throw new PrivateDataException(PrivateDataException.Reason.DAMAGED, null);
        }
        // Opening never creates a key: a missing key means the seals' key was lost, not that none exists yet.
        return SealCipher.open(this.key.get(false), privatePage, sealed);
    }
}
