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
package org.xwiki.contrib.cdd.report;

import org.xwiki.stability.Unstable;

/**
 * What the council exchanged with one deliberative body in the report's year.
 *
 * @param body the body, as configured (or as a referral names it); empty for the total
 * @param configured whether the council's settings name it (frozen with the report, whatever the settings become)
 * @param referrals the referrals received from it in the year
 * @param opinionsTransmitted the opinions transmitted to it in the year
 * @param recommendations the recommendations addressed to it (or to nobody in particular) of the opinions on the
 *     referrals transmitted to it in the year; for the total, every recommendation of those opinions
 * @param answered how many of them were answered (taken into account, partly, or not)
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ReportBody(String body, boolean configured, int referrals, int opinionsTransmitted, int recommendations,
    int answered)
{
    /** @return whether this line is the total of every body */
    public boolean isTotal()
    {
        return this.body.isEmpty();
    }
}
