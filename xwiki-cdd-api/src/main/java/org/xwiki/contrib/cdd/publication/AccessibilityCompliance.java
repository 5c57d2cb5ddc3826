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

import org.xwiki.stability.Unstable;

/**
 * The conformity status an accessibility statement must announce (RGAA 4.1, "Obligations d'accessibilité"): fully
 * compliant when an audit found every criterion respected, partially when it found at least half of them, not
 * compliant below half or when no audit was made.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class AccessibilityCompliance
{
    /** Every criterion respected. */
    public static final String FULL = "full";

    /** At least half of the criteria respected. */
    public static final String PARTIAL = "partial";

    /** Less than half, or no audit. */
    public static final String NONE = "none";

    /** The whole of the criteria, in percent. */
    public static final int ALL = 100;

    private static final int HALF = 50;

    private AccessibilityCompliance()
    {
    }

    /**
     * @param rate the share of the criteria respected in the last audit, in percent; null when there was no audit
     * @return {@link #FULL}, {@link #PARTIAL} or {@link #NONE}; {@link #NONE} for a share outside 0 to 100
     */
    public static String status(Integer rate)
    {
        String status = NONE;
        if (rate != null && rate >= HALF && rate <= ALL) {
            status = rate == ALL ? FULL : PARTIAL;
        }
        return status;
    }
}
