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

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.mail}: gives {@code $services.mail.sender} (the platform's script service of
 * hint {@code mail.sender}, which pages reach by that path, as the platform's documentation writes it).
 *
 * @version $Id$
 */
@Component
@Named("mail")
@Singleton
public class StandInMailScriptService implements ScriptService
{
    @Inject
    private Scenario scenario;

    /** One for the test, as the platform keeps the last error in the request's execution context. */
    private StandInMailSenderScriptService sender;

    /**
     * @param name a sub-service name; only {@code sender} exists here
     * @return the sub-service, null for any other name
     */
    public ScriptService get(String name)
    {
        if (!"sender".equals(name)) {
            return null;
        }
        if (this.sender == null) {
            this.sender = new StandInMailSenderScriptService(this.scenario);
        }
        return this.sender;
    }
}
