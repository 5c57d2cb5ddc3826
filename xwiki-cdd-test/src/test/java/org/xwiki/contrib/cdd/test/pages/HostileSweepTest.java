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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile sweep: attack strings in every text a member types (titles and every text, list and page property of
 * the objects) and in the request parameters, rendered by every sheet in view and edit and by every home, in French
 * and English. Nothing may run: no script element, no event-handler attribute, no {@code javascript:} link, no
 * Velocity executed from a value, no element the attack tried to inject. The queries run on the test database, so the
 * homes list the attacked pages for real.
 *
 * @version $Id$
 */
class HostileSweepTest extends AbstractPageTest
{
    /** What a Velocity script in a value would print if it ran. */
    private static final String RAN = "SWEEP-RAN";

    private static final String VELOCITY = "{{velocity}}$stringtool.upperCase('sweep-ran'){{/velocity}}";

    /**
     * Wiki syntax closing the surrounding macros, HTML, attribute break-outs (plain, and through the quotes a wiki link
     * generates), links, escapes, an include.
     */
    private static final List<String> ATTACKS = List.of(
        "<script>alert(1)</script>",
        "{{/html}}" + VELOCITY,
        "{{/velocity}}{{html}}<img class=\"sweep\" src=x onerror=alert(1)>{{/html}}",
        "\"><img class=\"sweep\" src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "[[sweep>>javascript:alert(1)]]",
        "[[sweep>>https://e.org/\" onmouseover=\"alert(1)]]",
        "~" + VELOCITY + "~",
        "{{include reference=\"CDD.Code.WorkflowService\"/}}",
        "**b**{{/html}}</textarea><script>alert(2)</script>");

    private static final List<String> HOMES = List.of("CDD.WebHome", "CDD.Code.WebHome", "CDD.Toolbox.WebHome",
        "CDD.Tutorials.WebHome", "CDD.Tools.WebHome", "CDD.Resources.WebHome", "CDD.Saisines.WebHome",
        "CDD.Groups.WebHome", "CDD.Meetings.WebHome", "CDD.Contributions.WebHome", "CDD.Members.WebHome",
        "CDD.Members.Composition", "CDD.SelfEvaluation", "CDD.Public.WebHome", "CDD.Public.FollowUp",
        "CDD.Public.Feed", "CDD.Public.Data", "CDD.Public.DataFile", "CDD.Calendar");

    /** The pages that act on a POST: every parameter they read carries the attack, with a valid token. */
    /** The service pages; after a {@code ?}, a parameter kept sound so that the attack reaches further. */
    private static final List<String> SERVICES = List.of("CDD.Code.WorkflowService", "CDD.Code.FeedbackService",
        "CDD.Code.NeedService", "CDD.Code.MemberPrivateService", "CDD.Code.MemberPrivateService?member=CDD.Members.M2",
        "CDD.Code.DigestService", "CDD.Code.CalendarService");

    /** The types whose value a member types as text (dates and numbers are parsed, so they stay valid). */
    private static final Set<String> TYPED = Set.of("StringClass", "TextAreaClass", "StaticListClass", "PageClass",
        "UsersClass");

    private static final AtomicInteger COMBINATIONS = new AtomicInteger();

    static Stream<Arguments> sheets()
    {
        List<Arguments> arguments = new ArrayList<>();
        for (String className : FictionalCouncil.SHEETS.keySet().stream().sorted().toList()) {
            for (int attack = 0; attack < ATTACKS.size(); attack++) {
                for (String mode : List.of("view", "edit")) {
                    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                        arguments.add(Arguments.of(className, attack, mode, locale));
                    }
                }
            }
        }
        return arguments.stream();
    }

    static Stream<Arguments> homes()
    {
        return pagesByAttackAndLocale(HOMES);
    }

    static Stream<Arguments> services()
    {
        return pagesByAttackAndLocale(SERVICES);
    }

    private static Stream<Arguments> pagesByAttackAndLocale(List<String> pages)
    {
        List<Arguments> arguments = new ArrayList<>();
        for (String page : pages) {
            for (int attack = 0; attack < ATTACKS.size(); attack++) {
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    arguments.add(Arguments.of(page, attack, locale));
                }
            }
        }
        return arguments.stream();
    }

    @AfterAll
    static void printCount()
    {
        System.out.println("HOSTILE SWEEP: " + COMBINATIONS.get() + " combinations (" + ATTACKS.size()
            + " attack strings)");
    }

    /** The object with every typed property set to the attack. */
    private static PageObject attacked(PageObject object, String attack)
    {
        ClassDefinition definition = object.classDefinition() != null ? object.classDefinition()
            : applicationPages().xclass(object.className()).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>(object.values());
        for (PropertyDefinition property : definition.properties().values()) {
            if (TYPED.contains(property.simpleType())) {
                values.put(property.name(), attack);
            }
        }
        return new PageObject(object.className(), object.number(), definition, values);
    }

    private static XarPage attacked(XarPage page, String attack)
    {
        return new XarPage(page.path(), page.reference(), page.locale(), page.defaultLanguage(), attack,
            page.syntax(), page.hidden(), page.content(), page.contentLine(), page.titleLine(), page.xclass(),
            page.objects().stream().map(o -> attacked(o, attack)).toList(), page.parseError());
    }

    private void asAnimatorWithAttackedRequest(Locale locale, String attack)
    {
        this.scenario.setLocale(locale);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        for (String parameter : List.of("text", "audience", "level", "category", "participants", "minutes",
            "format", "objective", "target", "workflow", "to", "object", "months", "year", "rating", "comment",
            "meeting", "action", "description", "need", "tool", "member", "cdd_gender", "cdd_ageClass",
            "cdd_communityCouncillor", "cdd_email", "cdd_phone", "digest")) {
            this.scenario.getParameters().put(parameter, attack);
        }
    }

    /**
     * A form field that shows a typed value must hold it as typed: a value parsed on its way (as wiki syntax, say)
     * changes, and saving the form would store the change.
     */
    private static void assertFieldsKeep(String where, Document html, XarPage page, String attack)
    {
        Set<String> attacked = new java.util.HashSet<>();
        for (PageObject object : page.objects()) {
            object.classDefinition().properties().values().stream().filter(p -> TYPED.contains(p.simpleType()))
                .forEach(p -> attacked.add(object.className() + '_' + object.number() + '_' + p.name()));
        }
        for (Element field : html.select("input[name], textarea[name]")) {
            String type = field.attr("type");
            boolean text = "textarea".equals(field.tagName()) || type.isEmpty() || "text".equals(type)
                || "hidden".equals(type);
            // The empty hidden value beside a multiple select is what lets a user clear it, not a typed value.
            String name = field.attr("name");
            boolean clearing = "hidden".equals(type) && field.attr("value").isEmpty()
                && html.select("select, input[type=checkbox], input[type=radio]").stream()
                    .anyMatch(other -> name.equals(other.attr("name")));
            if (text && !clearing && attacked.contains(field.attr("name"))) {
                // A browser drops the newline XWiki writes right after <textarea>.
                String value = "textarea".equals(field.tagName()) ? field.wholeText().replaceFirst("^\n", "")
                    : field.attr("value");
                assertEquals(attack, value, where + ": the field " + field.attr("name") + " changed the value");
            }
        }
    }

    private static void assertNothingRan(String where, Document html)
    {
        COMBINATIONS.incrementAndGet();
        assertEquals(List.of(), html.select("script").eachText(), where + ": a script element");
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                    where + ": an event handler " + element.outerHtml());
                // XWiki's HTML sanitizer keeps a refused attribute as an inert data-xwiki-translated-attribute-*.
                assertFalse(!attribute.getKey().startsWith("data-xwiki-translated-attribute-")
                    && attribute.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                    where + ": a javascript: address " + element.outerHtml());
            }
        }
        // An image a member put in a text area (wiki syntax, rendered restricted) is content, as in XWiki; one that
        // broke out of an attribute or of an escaped value carries its event handler, caught above, or shows outside
        // the rendered text areas, caught here.
        assertEquals(List.of(), html.select("img.sweep, img[src=x]").stream()
            .filter(img -> img.parents().stream().noneMatch(p -> p.hasClass("cdd-rendered-text")))
            .map(img -> img.attr("src")).toList(), where + ": an injected image");
        assertFalse(html.text().contains(RAN), where + ": Velocity from a value ran");
    }

    @ParameterizedTest(name = "{0} attack {1} {2} {3}")
    @MethodSource("sheets")
    void noSheetRunsWhatAMemberTyped(String className, int attack, String mode, Locale locale) throws Exception
    {
        asAnimatorWithAttackedRequest(locale, ATTACKS.get(attack));
        this.scenario.setAction(mode);
        XarPage data = FictionalCouncil.pages(applicationPages(), this.scenario.getToday()).stream()
            .filter(p -> p.objects().stream().anyMatch(o -> o.className().equals(className))).findFirst()
            .orElseGet(() -> SampleCharter.page(applicationPages()));
        XarPage hostile = attacked(data, ATTACKS.get(attack));
        this.scenario.addPage(hostile);

        Document html = this.renderer.render(hostile, page(FictionalCouncil.SHEETS.get(className)));

        assertNothingRan(className + " " + mode, html);
        assertFieldsKeep(className + " " + mode, html, hostile, ATTACKS.get(attack));
    }

    @ParameterizedTest(name = "{0} attack {1} {2}")
    @MethodSource("homes")
    void noHomeRunsWhatAMemberTyped(String home, int attack, Locale locale) throws Exception
    {
        asAnimatorWithAttackedRequest(locale, ATTACKS.get(attack));
        FictionalCouncil.pages(applicationPages(), this.scenario.getToday()).stream()
            .map(p -> attacked(p, ATTACKS.get(attack))).forEach(this.scenario::addPage);

        Document html = this.renderer.render(page(home));

        assertNothingRan(home, html);
    }

    @ParameterizedTest(name = "{0} attack {1} {2}")
    @MethodSource("services")
    void noServiceRunsWhatARequestCarries(String service, int attack, Locale locale) throws Exception
    {
        asAnimatorWithAttackedRequest(locale, ATTACKS.get(attack));
        FictionalCouncil.pages(applicationPages(), this.scenario.getToday()).forEach(this.scenario::addPage);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().put("form_token", this.scenario.getToken());
        String[] sound = service.split("[?=]");
        if (sound.length == 3) {
            this.scenario.getParameters().put(sound[1], sound[2]);
        }

        Document html = this.renderer.render(page(sound[0]));

        assertNothingRan(service, html);
        assertTrue(html.selectFirst(".errormessage") != null, service + " refuses what it cannot read: "
            + html.text());
    }

    /** A charter page for the article sheet, which the fictional council lacks. */
    private static final class SampleCharter
    {
        static XarPage page(org.xwiki.contrib.cdd.test.page.PageSet pages)
        {
            return org.xwiki.contrib.cdd.test.page.SamplePages.withObject(pages, "CDD.Charter.WebHome", "Charte",
                "CDD.Code.ArticleClass", "number", "1", "title", "Objet", "text", "Le conseil éclaire les élus.",
                "status", "adopted", "adoptedDate", "2019-03-12");
        }
    }
}
