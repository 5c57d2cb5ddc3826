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

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.script.service.ScriptService;

/**
 * Test stand-in for {@code $services.localization}: translations come from the application's own bundles (wiki
 * {@code Translations} pages and jar {@code ApplicationResources}) for the scenario's locale, with XWiki's behaviour for
 * a missing key (the key itself) and MessageFormat only when parameters are given.
 *
 * @version $Id$
 */
@Component
@Named("localization")
@Singleton
public class StandInLocalizationScriptService implements ScriptService
{
    @Inject
    private Scenario scenario;

    /**
     * @param key a translation key
     * @return the translation for the current locale, or the key when no bundle has it
     */
    public String render(String key)
    {
        return render(key, null, getCurrentLocale());
    }

    /**
     * @param key a translation key
     * @param parameters the MessageFormat parameters
     * @return the translation for the current locale with its parameters, or the key when no bundle has it
     */
    public String render(String key, Collection<?> parameters)
    {
        return render(key, parameters, getCurrentLocale());
    }

    /**
     * @param key a translation key
     * @param locale the language to render it in, whatever the current one
     * @return the translation for that locale, or the key when no bundle has it
     */
    public String render(String key, Locale locale)
    {
        return render(key, null, locale);
    }

    /**
     * @param key a translation key
     * @param parameters the MessageFormat parameters
     * @param locale the language to render it in, whatever the current one (the platform's
     *     {@code LocalizationScriptService#render(String, Collection, Locale)})
     * @return the translation for that locale with its parameters, or the key when no bundle has it
     */
    public String render(String key, Collection<?> parameters, Locale locale)
    {
        String message = bundle(locale).get(key);
        if (message == null) {
            return key;
        }
        if (parameters == null || parameters.isEmpty()) {
            return message;
        }
        return new MessageFormat(message, locale).format(parameters.toArray());
    }

    /**
     * @param keys translation keys, the first one found wins
     * @return its translation, or the first key when none is found
     */
    public String render(Collection<String> keys)
    {
        Map<String, String> bundle = bundle(getCurrentLocale());
        return keys.stream().filter(bundle::containsKey).findFirst().map(bundle::get)
            .orElse(keys.isEmpty() ? null : keys.iterator().next());
    }

    /**
     * @param key a translation key
     * @return the translation (here its text) when a bundle has the key, null otherwise
     */
    public String get(String key)
    {
        return bundle(getCurrentLocale()).get(key);
    }

    /** @return the current locale */
    public Locale getCurrentLocale()
    {
        return this.scenario.getLocale();
    }

    private Map<String, String> bundle(Locale locale)
    {
        Map<String, String> english = this.scenario.getPages().translations("");
        String language = locale.getLanguage();
        if (Locale.ENGLISH.getLanguage().equals(language)) {
            return english;
        }
        Map<String, String> localized = new java.util.HashMap<>(english);
        localized.putAll(this.scenario.getPages().translations(language));
        return localized;
    }
}
