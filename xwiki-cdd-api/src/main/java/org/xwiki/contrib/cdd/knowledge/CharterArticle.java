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
package org.xwiki.contrib.cdd.knowledge;

import java.time.LocalDate;

import org.xwiki.stability.Unstable;

/**
 * One version of a charter article, as the charter page places it.
 *
 * @param number the article number
 * @param object the number of its object on the charter page, to display its title and text
 * @param status proposed, adopted or repealed
 * @param adoptedDate when it was adopted, or null
 * @param repealedDate when it was repealed, or null
 * @param replacedDate for an adopted wording that a later one replaced, the adoption day of that later one; else null
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record CharterArticle(int number, int object, String status, LocalDate adoptedDate, LocalDate repealedDate,
    LocalDate replacedDate)
{
    /**
     * @return for an older wording, the day it stopped being in force: replaced, else repealed (null if neither)
     */
    public LocalDate endedDate()
    {
        return this.replacedDate != null ? this.replacedDate : this.repealedDate;
    }

    /**
     * @return the translation key saying how an older wording ended: replaced or repealed
     */
    public String endedKey()
    {
        return this.replacedDate != null ? "cdd.charter.replacedOn" : "cdd.charter.repealedOn";
    }
}
