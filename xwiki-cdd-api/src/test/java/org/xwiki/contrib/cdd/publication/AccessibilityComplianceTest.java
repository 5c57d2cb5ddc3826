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

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The status an accessibility statement announces, from the audit's result (RGAA 4.1).
 *
 * @version $Id$
 */
class AccessibilityComplianceTest
{
    @Test
    void theStatusFollowsTheShareOfCriteriaRespected()
    {
        assertEquals("full", AccessibilityCompliance.status(100));
        assertEquals("partial", AccessibilityCompliance.status(99));
        assertEquals("partial", AccessibilityCompliance.status(50));
        assertEquals("none", AccessibilityCompliance.status(49));
        assertEquals("none", AccessibilityCompliance.status(0));
        assertEquals("none", AccessibilityCompliance.status(null), "no audit: not compliant");
        assertEquals("none", AccessibilityCompliance.status(101), "a share that cannot be");
        assertEquals("none", AccessibilityCompliance.status(-3));
    }
}
