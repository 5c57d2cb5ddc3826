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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Test stand-in for {@code ScriptMailResult}: a synchronous send's result, every message processed. Its batch id is a
 * UUID, as the platform's; made of the recipients here (not random, as the platform's is) so
 * that a test reads the same one each time.
 *
 * @version $Id$
 */
public class StandInMailResult
{
    private final List<StandInMailStatus> statuses;

    StandInMailResult(List<StandInMailStatus> statuses)
    {
        this.statuses = List.copyOf(statuses);
    }

    /** @return the id under which the mail service stores the batch's statuses */
    public String getBatchId()
    {
        StringBuilder recipients = new StringBuilder();
        this.statuses.forEach(status -> recipients.append(status.getRecipients()).append(','));
        return UUID.nameUUIDFromBytes(recipients.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @return the status of each message */
    public StandInMailStatusResult getStatusResult()
    {
        return new StandInMailStatusResult(this.statuses);
    }
}
