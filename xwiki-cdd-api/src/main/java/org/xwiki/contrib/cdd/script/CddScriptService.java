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
package org.xwiki.contrib.cdd.script;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.ApplicationInfo;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * Entry point of the Conseil de développement application for wiki pages: {@code $services.cdd}. It only delegates to
 * the application's components, so that pages stay thin and every rule is tested in Java.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named("cdd")
@Singleton
@Unstable
public class CddScriptService implements ScriptService
{
    @Inject
    private ApplicationInfo applicationInfo;

    /**
     * @return the version of the installed application, e.g. {@code 1.0.0}; the home page shows it so that an
     *     administrator can tell which version answers
     */
    public String getVersion()
    {
        return this.applicationInfo.getVersion();
    }
}
