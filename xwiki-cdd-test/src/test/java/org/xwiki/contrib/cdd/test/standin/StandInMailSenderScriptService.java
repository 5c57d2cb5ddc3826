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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.mail.sender} ({@code MailSenderScriptService}, 17.x): a message is created
 * for one valid address (else null and the last error, as {@code InternetAddress.parse} refuses it); sending needs
 * the script's author to have programming right (the platform's default permission checker,
 * {@code ProgrammingRightsScriptServicePermissionChecker}; refused: null and the last error), waits till every
 * message is processed, and records each in the scenario; a recipient the scenario says refuses mail gets a
 * {@code send_error} status with its summary, as the platform's status result reports it.
 *
 * @version $Id$
 */
public class StandInMailSenderScriptService implements ScriptService
{
    /** Stricter than JavaMail: one plain address, a domain with a dot. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");

    private final Scenario scenario;

    private Exception lastError;

    StandInMailSenderScriptService(Scenario scenario)
    {
        this.scenario = scenario;
    }

    /**
     * @param to the recipient
     * @param subject the subject
     * @return a message with that recipient and subject, null (and the last error) for an address that does not parse
     */
    public StandInMimeMessage createMessage(String to, String subject)
    {
        if (to == null || !ADDRESS.matcher(to).matches()) {
            this.lastError = new IllegalArgumentException("Illegal address [" + to + "]");
            return null;
        }
        return new StandInMimeMessage(to, subject);
    }

    /**
     * @param messages the messages
     * @param hint the mail listener: {@code memory} or {@code database}
     * @return the result, every message processed; null (and the last error) without programming right or for an
     *     unknown listener
     */
    public StandInMailResult send(Iterable<?> messages, String hint)
    {
        String author = this.scenario.getScriptAuthor();
        if (!this.scenario.hasRight("programming", author, "XWiki.XWikiPreferences")) {
            this.lastError = new SecurityException("Access denied: [" + author + "] has no programming right");
            return null;
        }
        if (!"memory".equals(hint) && !"database".equals(hint)) {
            this.lastError = new IllegalArgumentException("Failed to locate [" + hint + "] Event listener.");
            return null;
        }
        List<StandInMailStatus> statuses = new ArrayList<>();
        for (Object item : messages) {
            StandInMimeMessage message = (StandInMimeMessage) item;
            if (this.scenario.getRefusingRecipients().contains(message.to())) {
                statuses.add(new StandInMailStatus(message.to(), "send_error", "550 Mailbox unavailable"));
            } else {
                this.scenario.getSentMails().add(new Scenario.SentMail(message.to(), message.subject(),
                    message.html(), message.text()));
                statuses.add(new StandInMailStatus(message.to(), "send_success", null));
            }
        }
        return new StandInMailResult(statuses);
    }

    /** @return the last error of this request's calls, null when none */
    public Exception getLastError()
    {
        return this.lastError;
    }
}
