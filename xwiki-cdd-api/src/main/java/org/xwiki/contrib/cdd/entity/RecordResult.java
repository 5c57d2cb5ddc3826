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
package org.xwiki.contrib.cdd.entity;

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * A record and the values that could not be read into it.
 *
 * @param record the record (its unreadable values are absent)
 * @param errors what could not be read; empty when everything was
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record RecordResult(EntityRecord record, List<RecordError> errors)
{
    /**
     * Copies the errors so that a result cannot change.
     */
    public RecordResult
    {
        errors = List.copyOf(errors);
    }

    /**
     * @return whether every value was read
     */
    public boolean isValid()
    {
        return this.errors.isEmpty();
    }
}
