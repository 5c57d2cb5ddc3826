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

import java.util.List;

import org.xwiki.stability.Unstable;

/**
 * One processing of personal data in the council's register (GDPR article 30): its id names the translations of its
 * purpose, readers and retention ({@code cdd.privacy.<id>…}); its data are the properties that hold them, each named
 * by the translation of the property ({@code CDD.Code.MemberClass_college}) or an application key.
 *
 * @param id the processing's id
 * @param data the translation keys of the data it processes
 * @param legalBasis the id of its legal basis ({@code cdd.privacy.basis.<id>})
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record ProcessingActivity(String id, List<String> data, String legalBasis)
{
    /** Copies the data so that an activity cannot change. */
    public ProcessingActivity
    {
        data = List.copyOf(data);
    }

    /** @return the translation key of its name */
    public String nameKey()
    {
        return "cdd.privacy." + this.id;
    }

    /** @return the translation key of its purpose */
    public String purposeKey()
    {
        return nameKey() + ".purpose";
    }

    /** @return the translation key of who reads the data */
    public String readersKey()
    {
        return nameKey() + ".readers";
    }

    /** @return the translation key of how long the data are kept */
    public String retentionKey()
    {
        return nameKey() + ".retention";
    }

    /** @return the translation key of its legal basis */
    public String legalBasisKey()
    {
        return "cdd.privacy.basis." + this.legalBasis;
    }
}
