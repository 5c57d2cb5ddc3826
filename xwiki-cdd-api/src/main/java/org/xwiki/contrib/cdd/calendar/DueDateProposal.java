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
package org.xwiki.contrib.cdd.calendar;

import java.time.LocalDate;

import org.xwiki.stability.Unstable;

/**
 * A due date computed from a start date and a delay, with what a page needs to say how: "30 jours calendaires à
 * compter du jeudi 12 mars 2026, reporté au lundi 13 avril 2026".
 *
 * @param start the start date (e.g. the day the referral was received)
 * @param amount how many days or months
 * @param rule how they are counted
 * @param dueDate the due date, moved to the next business day when the delay ended on a weekend or holiday
 * @param moved whether it was moved
 * @param startText the start date written out in the reader's language
 * @param dueText the due date written out in the reader's language
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record DueDateProposal(LocalDate start, int amount, DeadlineRule rule, LocalDate dueDate, boolean moved,
    String startText, String dueText)
{
    /**
     * @return the translation key of the sentence that says how it was computed; its parameters are the amount, the
     *     start date and the due date as text
     */
    public String explanationKey()
    {
        return "cdd.deadline.proposal." + this.rule.id() + (this.moved ? ".moved" : "");
    }
}
