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

import org.xwiki.stability.Unstable;

/**
 * What the reader of the tutorial home asked for, and who they are.
 *
 * @param text words to find in the title or the tool (blank: any; case and accents ignored)
 * @param audience {@code member}, {@code referent}, {@code animator} or blank
 * @param level {@code beginner}, {@code intermediate}, {@code advanced} or blank
 * @param reviewMonths the review period configured by the council
 * @param user the reader, who sees their own drafts
 * @param animator whether the reader is an animator, who sees every draft
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record TutorialQuestion(String text, String audience, String level, int reviewMonths, String user,
    boolean animator)
{
}
