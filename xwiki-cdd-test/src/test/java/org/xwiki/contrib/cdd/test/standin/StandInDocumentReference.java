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
package org.xwiki.contrib.cdd.test.standin;

/**
 * What the {@code document} query filter turns a page name into: a {@code DocumentReference} (XWiki Platform, not on
 * Maven Central). Its text carries the wiki, as the platform's does, so that code which would take it for a page name
 * shows the difference.
 *
 * @param fullName the page's full name, e.g. {@code CDD.Saisines.PCAET}
 * @version $Id$
 */
public record StandInDocumentReference(String fullName)
{
    /** @return the last part of the reference (Velocity's {@code $reference.name}) */
    public String getName()
    {
        return this.fullName.substring(this.fullName.lastIndexOf('.') + 1);
    }

    @Override
    public String toString()
    {
        return "xwiki:" + this.fullName;
    }
}
