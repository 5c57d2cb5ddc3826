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
package org.xwiki.contrib.cdd.test.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the starter content the XAR ships (methods of the toolbox, tutorials) through its sheets, in French and
 * English, view and edit: what a new council finds on the first day must render, be translated and be usable.
 *
 * @version $Id$
 */
class StarterContentTest extends AbstractPageTest
{
    /**
     * The lists keep to what the reader may view (XWiki's viewable filter): the tests read them as a council member
     * unless they say otherwise.
     */
    @org.junit.jupiter.api.BeforeEach
    void asACouncilMember()
    {
        this.scenario.setGroups("CDD.Code.MembersGroup");
    }

    private static List<XarPage> starters(String className)
    {
        return applicationPages().pages().stream()
            .filter(p -> p.locale().isEmpty() && !p.objectsOf(className).isEmpty()
                && !p.reference().startsWith("CDD.Code."))
            .toList();
    }

    private static Stream<Arguments> languagesAndModes(String className)
    {
        List<Arguments> arguments = new ArrayList<>();
        for (XarPage starter : starters(className)) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                for (String mode : List.of("view", "edit")) {
                    arguments.add(Arguments.of(starter.reference(), locale, mode));
                }
            }
        }
        return arguments.stream();
    }

    static Stream<Arguments> methodsLanguagesModes()
    {
        return languagesAndModes(MethodClass.REFERENCE);
    }

    @Test
    void twelveMethodsEachWithItsFrenchTranslation()
    {
        List<XarPage> methods = starters(MethodClass.REFERENCE);
        assertTrue(methods.size() >= 12, methods.size() + " methods");
        for (XarPage method : methods) {
            XarPage french = applicationPages().page(method.reference(), "fr").orElseThrow(
                () -> new AssertionError(method.reference() + " has no French translation"));
            assertTrue(french.objects().isEmpty(), "a translation carries no object (XWiki shares them)");
            assertTrue(!french.content().equals(method.content()), method.reference());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("methodsLanguagesModes")
    void everyStarterMethodRendersTranslated(String reference, Locale locale, String mode) throws Exception
    {
        this.scenario.setLocale(locale);
        this.scenario.setAction(mode);

        Document html = this.renderer.render(page(reference), page("CDD.Code.MethodSheet"));

        assertTranslated(html);
        assertLabelsBound(html, "label");
        boolean french = locale == Locale.FRENCH;
        if ("view".equals(mode)) {
            Element content = html.selectFirst(".cdd-content");
            assertTrue(content.select(".cdd-steps .cdd-step").size() >= 3, reference + ": at least three steps");
            assertEquals(french ? List.of("Matériel", "Rôles d’animation", "Déroulé", "Conseils et pièges",
                "Accessibilité") : List.of("Materials", "Facilitation roles", "How to run it", "Tips and pitfalls",
                "Accessibility"), content.select("h2").eachText());
            assertTrue(html.select(".cdd-method dd").eachText().contains(french ? "Moyenne" : "Medium")
                || html.select(".cdd-method dd").eachText().contains(french ? "Facile" : "Easy")
                || html.select(".cdd-method dd").eachText().contains(french ? "Difficile" : "Hard"));
        } else {
            String source = html.getElementById("content").text();
            assertTrue(source.startsWith(french ? "== Matériel ==" : "== Materials =="), source);
        }
    }

    @Test
    void theCatalogueAnswersFromTheStarterMethods() throws Exception
    {
        // The catalogue's queries run over the XAR's own method pages (each with its French translation).
        this.scenario.getParameters().put("participants", "12");
        this.scenario.getParameters().put("minutes", "90");
        this.scenario.getParameters().put("format", "in_person");
        this.scenario.getParameters().put("objective", "ideation");

        Document html = this.renderer.render(page("CDD.Toolbox.WebHome"));

        assertEquals(List.of("World café", "Metaplan", "Photo-language", "Mind map", "Phillips 66 (six by six)"),
            html.select(".cdd-toolbox-results li a").eachText(),
            "longest first; 12 people rule out nothing here, the format rules out nothing either ('both')");
    }

    /** Labels of the XWiki platform's own screens that the tutorials name (menus, tabs, buttons). */
    private static final Map<String, List<String>> PLATFORM_LABELS = Map.of(
        "", List.of("Edit", "Save & View", "History", "Attachments", "Notifications", "Create"),
        "fr", List.of("Modifier", "Enregistrer et voir", "Historique", "Pièces jointes", "Notifications", "Créer"));

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    static Stream<Arguments> tutorialsLanguagesModes()
    {
        return languagesAndModes(TutorialClass.REFERENCE);
    }

    @Test
    void sixPublishedTutorialsEachWithItsFrenchTranslation()
    {
        List<XarPage> tutorials = starters(TutorialClass.REFERENCE);
        assertTrue(tutorials.size() >= 6, tutorials.size() + " tutorials");
        for (XarPage tutorial : tutorials) {
            assertEquals("published", tutorial.objectsOf(TutorialClass.REFERENCE).get(0).values()
                .get(TutorialClass.STATUS), tutorial.reference());
            assertTrue(applicationPages().page(tutorial.reference(), "fr").isPresent(), tutorial.reference());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("tutorialsLanguagesModes")
    void everyStarterTutorialRendersTranslated(String reference, Locale locale, String mode) throws Exception
    {
        this.scenario.setLocale(locale);
        this.scenario.setAction(mode);

        Document html = this.renderer.render(page(reference), page("CDD.Code.TutorialSheet"));

        assertTranslated(html);
        assertLabelsBound(html, "label");
        if ("view".equals(mode)) {
            assertTrue(html.select(".cdd-content .cdd-steps .cdd-step").size() >= 3, reference);
            assertTrue(html.select(".cdd-tutorial-review[role=status]").isEmpty(),
                "checked on the day it shipped, which is the harness's default day");
        } else {
            assertTrue(html.getElementById("content").text().startsWith("{{cdd-steps}}"));
        }
    }

    /**
     * The starter tutorials were checked on the day the release was made (a fact of the release, in the XAR): on any
     * later day, each says "to be checked" exactly when the council's review period (12 months) has run out since.
     */
    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void starterTutorialsAskForACheckOnlyOnceTheReviewPeriodHasRunOut(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        this.scenario.setLocale(Locale.FRENCH);
        for (XarPage tutorial : starters(TutorialClass.REFERENCE)) {
            String shipped = tutorial.objectsOf(TutorialClass.REFERENCE).get(0).values()
                .get(TutorialClass.LAST_REVIEWED);
            LocalDate checked = LocalDate.parse(shipped.substring(0, 10));
            boolean due = !today.isBefore(checked.plusMonths(12));

            Document html = this.renderer.render(tutorial, page("CDD.Code.TutorialSheet"));

            assertEquals(due, !html.select(".cdd-tutorial-review[role=status]").isEmpty(),
                tutorial.reference() + " checked on " + checked + ", today " + today);
        }
    }

    /**
     * A tutorial that names a button the application does not have sends the reader looking for it: every name in
     * bold must be a label of this application (its translations, in the tutorial's language) or of XWiki's own
     * screens.
     */
    @Test
    void theTutorialsNameRealButtonsAndFields()
    {
        List<String> unknown = new ArrayList<>();
        for (XarPage tutorial : starters(TutorialClass.REFERENCE)) {
            for (String locale : List.of("", "fr")) {
                XarPage text = locale.isEmpty() ? tutorial : applicationPages().page(tutorial.reference(), locale)
                    .orElseThrow();
                Collection<String> labels = new ArrayList<>(applicationPages().translations(locale).values());
                labels.addAll(applicationPages().jarBundles().get(locale).values());
                Matcher bold = BOLD.matcher(text.content());
                while (bold.find()) {
                    String name = bold.group(1).toLowerCase(Locale.ROOT);
                    boolean known = labels.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(name))
                        || PLATFORM_LABELS.get(locale).stream().anyMatch(l -> l.equalsIgnoreCase(name));
                    if (!known) {
                        unknown.add(tutorial.reference() + (locale.isEmpty() ? "" : "." + locale) + ": "
                            + bold.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), unknown);
    }
}
