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
package org.xwiki.contrib.cdd.internal.macro;

import java.lang.reflect.Method;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.cdd.macro.CurrentLocale;

/**
 * Asks XWiki's {@code org.xwiki.localization.LocalizationContext} for the current locale. That component belongs to
 * XWiki Platform, which is not on Maven Central: it is looked up by name, so that this jar builds without it and
 * still follows the user's language in a wiki.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class PlatformCurrentLocale implements CurrentLocale
{
    static final String LOCALIZATION_CONTEXT = "org.xwiki.localization.LocalizationContext";

    @Inject
    @Named("context")
    private Provider<ComponentManager> componentManager;

    @Inject
    private Logger logger;

    @Override
    public Locale get()
    {
        try {
            Class<?> role = Class.forName(LOCALIZATION_CONTEXT, true, getClass().getClassLoader());
            ComponentManager manager = this.componentManager.get();
            if (manager.hasComponent(role)) {
                Object context = manager.getInstance(role);
                Method getCurrentLocale = role.getMethod("getCurrentLocale");
                Object locale = getCurrentLocale.invoke(context);
                if (locale instanceof Locale current) {
                    return current;
                }
            }
        } catch (ClassNotFoundException e) {
            // Not in a wiki (tests, tools): English.
        } catch (Exception e) {
            this.logger.debug("Cannot read the current locale, using English", e);
        }
        return Locale.ENGLISH;
    }
}
