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
package org.xwiki.contrib.cdd.composition;

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * Something that prevented part of the composition check, as a translation key and its parameters.
 *
 * @param key the translation key, e.g. {@code cdd.composition.error.censusSum}
 * @param parameters its MessageFormat parameters
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record CompositionMessage(String key, List<Object> parameters)
{
    /** The census shares do not add up to 100 %. Parameter: their sum. */
    public static final String CENSUS_SUM = "cdd.composition.error.censusSum";

    /** Members have an age class the census does not have. Parameters: the class, how many members. */
    public static final String UNKNOWN_AGE_CLASS = "cdd.composition.error.unknownAgeClass";

    /** No census shares are configured: the age check is skipped. */
    public static final String NO_CENSUS = "cdd.composition.error.noCensus";

    /**
     * Copies the parameters so that a message cannot change.
     */
    public CompositionMessage
    {
        parameters = List.copyOf(parameters);
    }
}
