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
 * Test stand-in for {@code MailStatus}: one message's state ({@code send_success}, {@code send_error}…), its
 * recipients and its error summary.
 *
 * @version $Id$
 */
public class StandInMailStatus
{
    private final String recipients;

    private final String state;

    private final String errorSummary;

    StandInMailStatus(String recipients, String state, String errorSummary)
    {
        this.recipients = recipients;
        this.state = state;
        this.errorSummary = errorSummary;
    }

    /** @return the recipients, comma-separated */
    public String getRecipients()
    {
        return this.recipients;
    }

    /** @return the state, lower case */
    public String getState()
    {
        return this.state;
    }

    /** @return the root cause's message of a failure, null when it did not fail */
    public String getErrorSummary()
    {
        return this.errorSummary;
    }
}
