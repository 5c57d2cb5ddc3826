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
package org.xwiki.contrib.cdd.internal.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.SaisineClass;

/**
 * When each referral got its opinion: the first adoption of a contribution linked to it, whether the contribution
 * names the referral or the referral lists the contribution. The indicators and the activity report share it.
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class OpinionDates
{
    private OpinionDates()
    {
    }

    /**
     * @param saisines the referrals
     * @param contributions the contributions
     * @return the first adoption date of an opinion for each referral page that has one
     */
    public static Map<String, LocalDate> firstAdoptions(List<EntityRecord> saisines,
        List<EntityRecord> contributions)
    {
        Map<String, LocalDate> firstAdoption = new HashMap<>();
        Map<String, LocalDate> adoptionByContribution = new HashMap<>();
        for (EntityRecord contribution : contributions) {
            LocalDate adopted = contribution.date(ContributionClass.ADOPTION_DATE);
            if (adopted != null) {
                adoptionByContribution.put(contribution.page(), adopted);
                String saisine = contribution.string(ContributionClass.SAISINE);
                if (saisine != null) {
                    firstAdoption.merge(saisine, adopted, OpinionDates::earliest);
                }
            }
        }
        for (EntityRecord saisine : saisines) {
            saisine.strings(SaisineClass.CONTRIBUTIONS).stream().map(adoptionByContribution::get)
                .filter(Objects::nonNull)
                .forEach(adopted -> firstAdoption.merge(saisine.page(), adopted, OpinionDates::earliest));
        }
        return firstAdoption;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b)
    {
        return a.isBefore(b) ? a : b;
    }
}
