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
package org.xwiki.contrib.cdd.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.page.XarReader;
import org.xwiki.contrib.cdd.test.standin.HarnessPrivateDataKey;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

/**
 * Base of the page tests: every component on the class path (XWiki's Velocity and rendering, our {@code xwiki-cdd-api}
 * with the real {@code $services.cdd}, and the test stand-ins), the pages of the built XAR, a fresh scenario. The
 * system clock is replaced by the scenario's fixed one ({@code HarnessClockProvider}): no test reads the real day.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
public abstract class AbstractPageTest
{
    /** The system property naming the built XAR (set by Surefire). */
    public static final String XAR_PROPERTY = "cdd.xar";

    private static PageSet applicationPages;

    @InjectComponentManager
    protected MockitoComponentManager componentManager;

    protected Scenario scenario;

    protected PageRenderer renderer;

    @BeforeComponent
    void registerConfiguration() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
        HarnessPrivateDataKey.register(this.componentManager);
    }

    @BeforeEach
    void setUpScenario() throws Exception
    {
        this.scenario = this.componentManager.getInstance(Scenario.class);
        this.scenario.reset(applicationPages());
        this.renderer = new PageRenderer(this.componentManager);
    }

    /**
     * @return the pages of the built XAR, with the jar's translation bundles
     */
    public static synchronized PageSet applicationPages()
    {
        if (applicationPages == null) {
            String xar = System.getProperty(XAR_PROPERTY);
            if (xar == null) {
                throw new IllegalStateException("The system property " + XAR_PROPERTY + " must name the built XAR");
            }
            try {
                applicationPages = new PageSet(XarReader.readXar(Path.of(xar)), jarBundles());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return applicationPages;
    }

    /**
     * @param reference a page reference
     * @return that page of the XAR (default locale)
     */
    protected static XarPage page(String reference)
    {
        return applicationPages().page(reference, "")
            .orElseThrow(() -> new AssertionError("The XAR has no page " + reference));
    }

    /**
     * Submits a form to a service page as a browser does: a POST with the user's CSRF token and the given parameters;
     * the request is a plain GET again afterwards.
     *
     * @param service the service page
     * @param parameters names and values, in turn
     * @return the service's answer
     * @throws Exception when the page cannot be rendered or shows a rendering error
     */
    protected org.jsoup.nodes.Document submit(String service, String... parameters) throws Exception
    {
        this.scenario.setMethod("POST");
        this.scenario.getParameters().clear();
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        for (int i = 0; i < parameters.length; i += 2) {
            this.scenario.getParameters().put(parameters[i], parameters[i + 1]);
        }
        org.jsoup.nodes.Document answer = this.renderer.render(page(service));
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        return answer;
    }

    /**
     * Fails when the page shows a translation key instead of its text (a key missing from a bundle).
     *
     * @param html a rendered page
     */
    protected static void assertTranslated(org.jsoup.nodes.Document html)
    {
        // The harness's server, cdd.example.org, is in the addresses a page writes out (a post's link): not a key.
        String text = html.text().replace("cdd.example.org", "");
        org.junit.jupiter.api.Assertions.assertEquals(-1, text.indexOf("CDD.Code."), "an untranslated key: " + text);
        org.junit.jupiter.api.Assertions.assertEquals(-1, text.indexOf("cdd."), "an untranslated key: " + text);
    }

    /**
     * Fails when a label is bound to no field: a screen reader would announce a field without its name.
     *
     * @param html a rendered page
     * @param selector the labels to check, e.g. {@code label} or {@code form label}
     */
    protected static void assertLabelsBound(org.jsoup.nodes.Document html, String selector)
    {
        for (org.jsoup.nodes.Element label : html.select(selector)) {
            org.junit.jupiter.api.Assertions.assertNotNull(html.getElementById(label.attr("for")),
                "no field for the label " + label.attr("for") + " (" + label.text() + ")");
        }
    }

    private static Map<String, Map<String, String>> jarBundles()
    {
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        bundles.put("", readBundle("ApplicationResources.properties"));
        bundles.put("fr", readBundle("ApplicationResources_fr.properties"));
        return bundles;
    }

    private static Map<String, String> readBundle(String resource)
    {
        // XWiki's rendering jars ship bundles of the same name: read only the one of xwiki-cdd-api.
        Map<String, String> result = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(AbstractPageTest.class.getClassLoader().getResources(resource))) {
                if (url.toString().contains("xwiki-cdd-api")) {
                    try (InputStream stream = url.openStream()) {
                        Properties properties = new Properties();
                        properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
                        properties.stringPropertyNames().forEach(key -> result.put(key, properties.getProperty(key)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
