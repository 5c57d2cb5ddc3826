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

import java.util.Iterator;
import java.util.List;

/**
 * Test stand-in for {@code MailStatusResult}: the statuses of a batch.
 *
 * @version $Id$
 */
public class StandInMailStatusResult
{
    private final List<StandInMailStatus> statuses;

    StandInMailStatusResult(List<StandInMailStatus> statuses)
    {
        this.statuses = statuses;
    }

    /** @return how many messages the batch holds */
    public long getTotalMailCount()
    {
        return this.statuses.size();
    }

    /** @return how many were processed */
    public long getProcessedMailCount()
    {
        return this.statuses.size();
    }

    /** @return whether all were processed */
    public boolean isProcessed()
    {
        return true;
    }

    /** @return the statuses of every message */
    public Iterator<StandInMailStatus> getAll()
    {
        return this.statuses.iterator();
    }

    /** @return the statuses of the messages that failed to be prepared or sent */
    public Iterator<StandInMailStatus> getAllErrors()
    {
        return this.statuses.stream().filter(s -> s.getState().endsWith("error")).iterator();
    }
}
