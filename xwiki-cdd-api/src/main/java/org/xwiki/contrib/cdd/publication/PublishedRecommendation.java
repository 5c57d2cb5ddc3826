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

import java.time.LocalDate;

import org.xwiki.stability.Unstable;

/**
 * One recommendation of a published opinion, as the public sees it: the follow-up (what the elected body did, its
 * reply, when the council will look at it again) only when the animators chose to publish it.
 *
 * @param number the number of its object on the council's page, which a follow-up move names
 * @param text the recommendation, as adopted (plain text)
 * @param addressee the id of the deliberative body it is addressed to; empty for none in particular
 * @param followUpPublic whether the animators published its follow-up; when not, the next four are empty
 * @param status what the elected body did with it (a {@code followUpStatus} state), empty when not public
 * @param reply the elected body's reply, as published
 * @param replyDate when the body replied
 * @param reviewDate when the council will look at it again
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record PublishedRecommendation(int number, String text, String addressee, boolean followUpPublic, String status,
    String reply, LocalDate replyDate, LocalDate reviewDate)
{
}
