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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.contrib.cdd.macro.MacroMessages;

/**
 * Reads this jar's own {@code ApplicationResources} bundles (XWiki reads the same files for pages), applying
 * MessageFormat only when there are parameters, as XWiki does. Other jars ship bundles of the same name, so the files
 * are taken from the location of this class. They are read once: they cannot change while the jar is loaded.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class BundleMacroMessages implements MacroMessages
{
    /** The languages this jar has bundles for; the default bundle is English. */
    static final List<String> LANGUAGES = List.of("", "fr");

    private static final String BUNDLE = "ApplicationResources";

    private final Map<String, Properties> bundles;

    @Inject
    private CurrentLocale currentLocale;

    /**
     * Loads the bundles.
     */
    public BundleMacroMessages()
    {
        Map<String, Properties> loaded = new HashMap<>();
        for (String language : LANGUAGES) {
            loaded.put(language, load(BUNDLE + (language.isEmpty() ? "" : "_" + language) + ".properties"));
        }
        this.bundles = Collections.unmodifiableMap(loaded);
    }

    private static Properties load(String name)
    {
        Properties properties = new Properties();
        String location = BundleMacroMessages.class.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            for (URL url : Collections.list(BundleMacroMessages.class.getClassLoader().getResources(name))) {
                if (url.toString().contains(location)) {
                    try (InputStream stream = url.openStream()) {
                        properties.load(stream);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return properties;
    }

    @Override
    public String get(String key, Object... parameters)
    {
        Locale locale = locale();
        String message = this.bundles.getOrDefault(locale.getLanguage(), this.bundles.get("")).getProperty(key);
        if (message == null) {
            message = this.bundles.get("").getProperty(key);
        }
        if (message == null) {
            return key;
        }
        return parameters == null || parameters.length == 0 ? message
            : new MessageFormat(message, locale).format(parameters);
    }

    @Override
    public Locale locale()
    {
        return this.currentLocale.get();
    }
}
