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

import org.xwiki.stability.Unstable;

/**
 * Women and men among the active members. The law asks that their numbers differ by at most one; members who did not
 * disclose their gender are counted apart and never guessed.
 *
 * @param women members who declared {@code f}
 * @param men members who declared {@code m}
 * @param other members who declared another gender
 * @param undisclosed members who declared nothing or {@code undisclosed}
 * @param difference |women − men|
 * @param compliant whether the difference is at most one
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public record Parity(int women, int men, int other, int undisclosed, int difference, boolean compliant)
{
}
