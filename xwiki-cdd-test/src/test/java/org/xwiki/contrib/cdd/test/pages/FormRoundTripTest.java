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
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.PublicationClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.BrowserForm;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction.Outcome;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form of the application, filled as a browser fills it and saved as XWiki saves it (the harness's save
 * action): what a user sees in the form is what is stored, a field they clear is cleared, and nothing they did not
 * touch changes.
 *
 * @version $Id$
 */
class FormRoundTripTest extends AbstractPageTest
{
    private static final String TITLE = "title";

    private static final String FORM_TOKEN = "form_token";

    private static final String TEMPLATE = "template";

    private StandInSaveAction saveAction()
    {
        return new StandInSaveAction(this.scenario);
    }

    private void asAnimatorInTheCouncil(Locale locale)
    {
        this.scenario.setLocale(locale);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
    }

    /** The sheet that displays the page: the one of its first object with a sheet. */
    private static XarPage sheetOf(XarPage data)
    {
        if ("CDD.Charter.WebHome".equals(data.reference())) {
            // The charter's page holds no object until an article is proposed: its sheet is bound to the page.
            return page("CDD.Code.CharterSheet");
        }
        String className = data.objects().stream().map(PageObject::className)
            .filter(FictionalCouncil.SHEETS::containsKey).findFirst().orElseThrow();
        return page(FictionalCouncil.SHEETS.get(className));
    }

    private BrowserForm editForm(XarPage data) throws Exception
    {
        return editForm(data, Map.of());
    }

    /**
     * The edit form as the browser has it: the sheet's fields, then the hidden fields XWiki's inline edit template
     * ({@code editinline.vm}, {@code editactions.vm}) writes after them: the form token, the template and the title
     * of the request when it has them, the version comment. It writes no title field in inline mode and does not
     * pass {@code objectPolicy} on.
     */
    private BrowserForm editForm(XarPage data, Map<String, List<String>> request) throws Exception
    {
        this.scenario.setAction("edit");
        this.scenario.getParameters().clear();
        request.forEach((name, values) -> this.scenario.getParameters().put(name, values.get(0)));
        Document html = this.renderer.render(data, sheetOf(data));
        BrowserForm form = BrowserForm.of(html).with(FORM_TOKEN, this.scenario.getToken());
        for (String name : List.of(TEMPLATE, TITLE)) {
            List<String> values = request.getOrDefault(name, List.of());
            if (!values.isEmpty() && !values.get(0).isEmpty()) {
                form.with(name, values.get(0));
            }
        }
        return form.with("comment", "");
    }

    static Stream<Arguments> councilPages()
    {
        List<Arguments> arguments = new ArrayList<>();
        for (XarPage page : FictionalCouncil.pages(applicationPages())) {
            // A public copy has no form: only the workflow service writes it (PublicSpaceTest).
            if (page.objects().stream().anyMatch(o -> FictionalCouncil.SHEETS.containsKey(o.className())
                && !PublicationClass.REFERENCE.equals(o.className()))) {
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    arguments.add(Arguments.of(page.reference(), locale));
                }
            }
        }
        return arguments.stream();
    }

    /**
     * Opening a page's form and saving it untouched stores the very same values: the form shows each value in a
     * form XWiki reads back (dates in their format, lists with their separators, numbers, booleans).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("councilPages")
    void savingAnUntouchedFormChangesNoValue(String reference, Locale locale) throws Exception
    {
        asAnimatorInTheCouncil(locale);
        XarPage before = this.scenario.storedPage(reference).orElseThrow();

        StandInSaveAction.Result result = saveAction().save(reference, editForm(before).submit());

        assertEquals(Outcome.SAVED, result.outcome());
        Map<String, Map<String, Object>> expected = values(before);
        Map<String, Map<String, Object>> saved = values(result.page());
        // Empty minutes are offered the council's outline in the form (MeetingSheet): saving stores it, as intended.
        Map<String, Object> meeting = expected.get(MeetingClass.REFERENCE + "_0");
        if (meeting != null && !meeting.containsKey(MeetingClass.MINUTES)) {
            assertTrue(String.valueOf(saved.get(MeetingClass.REFERENCE + "_0").remove(MeetingClass.MINUTES))
                .startsWith(this.scenario.getLocalization().render("cdd.meeting.minutes.skeleton").substring(0, 10)));
        }
        assertEquals(expected, saved);
        assertEquals(before.title(), result.page().title());
    }

    /** The objects' values by class and number, lists as lists and dates as instants, as XWiki compares them. */
    private static Map<String, Map<String, Object>> values(XarPage page)
    {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        for (PageObject object : page.objects()) {
            Map<String, Object> typed = new LinkedHashMap<>();
            object.values().forEach((name, raw) -> {
                if (raw != null && !raw.isEmpty()) {
                    typed.put(name, org.xwiki.contrib.cdd.test.standin.StandInValues.typedForTests(object, name,
                        raw));
                }
            });
            values.put(object.className() + '_' + object.number(), typed);
        }
        return values;
    }

    @Test
    void aClearedMultipleSelectAndUncheckedBoxesAreStoredEmpty() throws Exception
    {
        asAnimatorInTheCouncil(Locale.FRENCH);
        XarPage method = this.scenario.storedPage("CDD.Toolbox.Fictif").orElseThrow();
        BrowserForm form = editForm(method);

        form.check("CDD.Code.MethodClass_0_objectives");

        XarPage saved = saveAction().save(method.reference(), form.submit()).page();
        assertEquals("", saved.firstObject("CDD.Code.MethodClass").orElseThrow().values()
            .getOrDefault("objectives", ""), "no box checked: the hidden empty value clears the list");
    }

    @Test
    void aRecommendationAddedAfterADeletionIsANewObject() throws Exception
    {
        asAnimatorInTheCouncil(Locale.ENGLISH);
        XarPage opinion = this.scenario.storedPage("CDD.Contributions.AvisPCAET").orElseThrow();
        List<PageObject> recommendations = opinion.objectsOf(RecommendationClass.REFERENCE);
        assertTrue(recommendations.size() >= 2, "the fictional opinion has recommendations");
        // Delete the first recommendation, as the object editor would.
        int deleted = recommendations.get(0).number();
        Map<String, List<String>> deletion = new LinkedHashMap<>();
        deletion.put(FORM_TOKEN, List.of(this.scenario.getToken()));
        deletion.put("deletedObjects", List.of(RecommendationClass.REFERENCE + '_' + deleted));
        XarPage afterDeletion = saveAction().save(opinion.reference(), deletion).page();
        int remaining = afterDeletion.objectsOf(RecommendationClass.REFERENCE).size();

        // The sheet's "Add a recommendation" link of the edit form, followed, then the form saved.
        this.scenario.setAction("edit");
        Document view = this.renderer.render(afterDeletion, sheetOf(afterDeletion));
        String link = view.select("a[href*=objectPolicy=updateOrCreate]").attr("href");
        Map<String, List<String>> request = query(link);
        XarPage edited = saveAction().edit(opinion.reference(), request);
        BrowserForm form = editForm(edited, request);
        String newText = request.keySet().stream().filter(n -> n.endsWith("_followUpStatus")).findFirst()
            .orElseThrow().replace("_followUpStatus", "_text");
        form.type(newText, "Créer une ligne de bus entre Arles et Tarascon.");

        XarPage saved = saveAction().save(opinion.reference(), form.submit()).page();

        List<PageObject> after = saved.objectsOf(RecommendationClass.REFERENCE);
        assertEquals(remaining + 1, after.size(), "a new recommendation, none overwritten");
        assertEquals(1, after.stream().filter(r -> "Créer une ligne de bus entre Arles et Tarascon."
            .equals(r.values().get(RecommendationClass.TEXT))).count());
        Map<String, Map<String, Object>> keptValues = values(saved);
        values(afterDeletion).forEach((object, kept) -> assertEquals(kept, keptValues.get(object), object));
    }

    @Test
    void aMeetingCreatedFromItsTemplateTakesTheTitleTypedInTheForm() throws Exception
    {
        asAnimatorInTheCouncil(Locale.FRENCH);
        String reference = "CDD.Meetings.Mobilite-2026-12-10";
        Map<String, List<String>> request = new LinkedHashMap<>();
        request.put(TEMPLATE, List.of("CDD.Code.MeetingTemplate"));
        request.put(TITLE, List.of("Réunion du groupe Mobilité"));
        XarPage edited = saveAction().edit(reference, request);
        BrowserForm form = editForm(edited, request);
        form.type("CDD.Code.MeetingClass_0_" + MeetingClass.START, "10/12/2026 18:00");

        StandInSaveAction.Result result = saveAction().save(reference, form.submit());

        assertEquals(Outcome.SAVED, result.outcome());
        assertEquals("Réunion du groupe Mobilité", result.page().title());
        assertNotEquals(page("CDD.Code.MeetingTemplate").title(), result.page().title());
        assertTrue(result.page().firstObject(MeetingClass.REFERENCE).orElseThrow().values().get(MeetingClass.START)
            .startsWith("2026-12-10 18:00"), result.page().objects().toString());
    }

    @Test
    void aSaveWithoutTheTokenOrTheRightChangesNothing() throws Exception
    {
        asAnimatorInTheCouncil(Locale.ENGLISH);
        XarPage method = this.scenario.storedPage("CDD.Toolbox.Fictif").orElseThrow();
        Map<String, List<String>> form = editForm(method).submit();
        form.put(FORM_TOKEN, List.of("stolen"));

        assertEquals(Outcome.CSRF_REFUSED, saveAction().save(method.reference(), form).outcome());

        form.put(FORM_TOKEN, List.of(this.scenario.getToken()));
        this.scenario.setGroups();
        assertEquals(Outcome.ACCESS_DENIED, saveAction().save(method.reference(), form).outcome());
        assertEquals(method, this.scenario.storedPage(method.reference()).orElseThrow());
    }

    /** The stored values of the first object of a class after the user changed the form of a page and saved. */
    private Map<String, String> saveAfter(String reference, String className,
        java.util.function.Consumer<BrowserForm> change) throws Exception
    {
        XarPage before = this.scenario.storedPage(reference).orElseThrow();
        BrowserForm form = editForm(before);
        change.accept(form);
        StandInSaveAction.Result result = saveAction().save(reference, form.submit());
        assertEquals(Outcome.SAVED, result.outcome());
        return result.page().firstObject(className).orElseThrow().values();
    }

    @Test
    void everyKindOfFieldIsStoredAsTypedAndCanBeCleared() throws Exception
    {
        asAnimatorInTheCouncil(Locale.FRENCH);
        String saisine = "CDD.Saisines.PCAET";
        String prefix = SaisineClass.REFERENCE + "_0_";

        Map<String, String> typed = saveAfter(saisine, SaisineClass.REFERENCE, form -> form
            .type(prefix + SaisineClass.REQUESTER, "Présidente du PETR")
            .type(prefix + SaisineClass.QUESTION, "Quel avis sur le PCAET ?\n**Deux** lignes.")
            .select(prefix + SaisineClass.KIND, "self")
            .type(prefix + SaisineClass.DUE_DATE, "15/01/2027")
            .pick(prefix + SaisineClass.GROUP, "CDD.Groups.Eau.WebHome")
            .pick(prefix + SaisineClass.CONTRIBUTIONS, "CDD.Contributions.AvisPCAET", "CDD.Contributions.NoteEau"));
        assertEquals("Présidente du PETR", typed.get(SaisineClass.REQUESTER));
        assertEquals("Quel avis sur le PCAET ?\n**Deux** lignes.", typed.get(SaisineClass.QUESTION));
        assertEquals("self", typed.get(SaisineClass.KIND));
        assertTrue(typed.get(SaisineClass.DUE_DATE).startsWith("2027-01-15 00:00"), typed.toString());
        assertEquals("CDD.Groups.Eau.WebHome", typed.get(SaisineClass.GROUP));
        assertEquals("CDD.Contributions.AvisPCAET|CDD.Contributions.NoteEau", typed.get(SaisineClass.CONTRIBUTIONS));

        // A date XWiki cannot read keeps the old one; an emptied date, list or page is cleared.
        Map<String, String> cleared = saveAfter(saisine, SaisineClass.REFERENCE, form -> form
            .type(prefix + SaisineClass.RECEIVED_DATE, "le 3 mars")
            .type(prefix + SaisineClass.DUE_DATE, "")
            .select(prefix + SaisineClass.KIND, "")
            .select(prefix + SaisineClass.THEMES)
            .pick(prefix + SaisineClass.CONTRIBUTIONS));
        assertEquals(typed.get(SaisineClass.RECEIVED_DATE), cleared.get(SaisineClass.RECEIVED_DATE));
        assertFalse(cleared.containsKey(SaisineClass.DUE_DATE), cleared.toString());
        assertEquals("", cleared.get(SaisineClass.KIND));
        assertEquals("", cleared.get(SaisineClass.CONTRIBUTIONS));
        assertEquals("", cleared.get(SaisineClass.THEMES), "a multiple select left empty clears the list");

        // Numbers and checkbox lists (a method), booleans (a tool), users (a group).
        String method = MethodClass.REFERENCE + "_0_";
        Map<String, String> methodValues = saveAfter("CDD.Toolbox.Fictif", MethodClass.REFERENCE, form -> form
            .type(method + MethodClass.PARTICIPANTS_MIN, "12")
            .type(method + MethodClass.PARTICIPANTS_MAX, "douze")
            .check(method + MethodClass.OBJECTIVES, "ideation", "decision"));
        assertEquals("12", methodValues.get(MethodClass.PARTICIPANTS_MIN));
        assertEquals("ideation|decision", methodValues.get(MethodClass.OBJECTIVES));
        Map<String, String> methodCleared = saveAfter("CDD.Toolbox.Fictif", MethodClass.REFERENCE, form -> form
            .type(method + MethodClass.PARTICIPANTS_MIN, ""));
        assertFalse(methodCleared.containsKey(MethodClass.PARTICIPANTS_MIN), methodCleared.toString());

        String tool = ToolClass.REFERENCE + "_0_";
        assertEquals("0", saveAfter("CDD.Tools.Pad", ToolClass.REFERENCE, form -> form
            .select(tool + ToolClass.OPEN_SOURCE, "0")).get(ToolClass.OPEN_SOURCE));
        assertFalse(saveAfter("CDD.Tools.Pad", ToolClass.REFERENCE, form -> form
            .select(tool + ToolClass.OPEN_SOURCE, "")).containsKey(ToolClass.OPEN_SOURCE));

        String group = GroupClass.REFERENCE + "_0_";
        assertEquals("XWiki.Camille|XWiki.Dominique", saveAfter("CDD.Groups.Eau.WebHome", GroupClass.REFERENCE,
            form -> form.pick(group + GroupClass.REFERENTS, "XWiki.Camille", "XWiki.Dominique"))
            .get(GroupClass.REFERENTS));
    }

    static Stream<Arguments> templateProviders()
    {
        return applicationPages().pages().stream()
            .filter(p -> p.firstObject("XWiki.TemplateProviderClass").isPresent())
            .flatMap(p -> Stream.of(Locale.FRENCH, Locale.ENGLISH).map(l -> Arguments.of(p.reference(), l)));
    }

    /**
     * Creating a page from each template provider, as XWiki's create action then edit action do: the page takes the
     * title typed in the create form (not the template's) and the template's objects, and the sheet's form saves.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("templateProviders")
    void aPageCreatedFromEachTemplateTakesTheTypedTitleAndTheTemplatesObjects(String provider, Locale locale)
        throws Exception
    {
        asAnimatorInTheCouncil(locale);
        Map<String, String> settings = page(provider).firstObject("XWiki.TemplateProviderClass").orElseThrow()
            .values();
        String template = settings.get("template");
        String space = settings.get("creationRestrictions").split("[,|]")[0].trim();
        String reference = space + ".Nouvelle" + ("1".equals(settings.get("terminal")) ? "" : ".WebHome");
        Map<String, List<String>> request = new LinkedHashMap<>();
        request.put(TEMPLATE, List.of(template));
        request.put(TITLE, List.of("Ma nouvelle page"));

        XarPage edited = saveAction().edit(reference, request);
        Map<String, List<String>> submitted = editForm(edited, request).submit();
        StandInSaveAction.Result result = saveAction().save(reference, submitted);

        assertEquals(Outcome.SAVED, result.outcome());
        assertEquals("Ma nouvelle page", result.page().title());
        assertEquals(page(template).objects().stream().map(PageObject::className).distinct().toList(),
            result.page().objects().stream().map(PageObject::className).distinct().toList());
        // The content is the template's, or the outline the sheet's content field offers.
        assertEquals(submitted.getOrDefault("content", List.of(page(template).content())).get(0),
            result.page().content());
        this.scenario.setAction("view");
        assertFalse(this.renderer.render(result.page(), sheetOf(result.page())).text().contains("$services"));
    }

    @Test
    void anActionAndACharterWordingAreAddedByTheirLinks() throws Exception
    {
        asAnimatorInTheCouncil(Locale.FRENCH);
        assertEquals(1, addedByLink("CDD.Meetings.R1", "ActionItemClass", "description", "Envoyer le compte rendu."));
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        assertEquals(1, addedByLink("CDD.Charter.WebHome", "ArticleClass", "text",
            "Chaque membre peut proposer un sujet d’autosaisine."));
    }

    /** Follows the sheet's "add" link of the class from the edit form, fills the new object's field and saves. */
    private int addedByLink(String reference, String simpleClass, String field, String text) throws Exception
    {
        XarPage before = this.scenario.storedPage(reference).orElseThrow();
        String link = "";
        for (String mode : List.of("edit", "view")) {
            this.scenario.setAction(mode);
            this.scenario.getParameters().clear();
            Document html = this.renderer.render(before, sheetOf(before));
            link = link.isEmpty() ? html.select("a[href*=objectPolicy=updateOrCreate][href*=" + simpleClass + "]")
                .attr("href") : link;
        }
        assertFalse(link.isEmpty(), "no add link for " + simpleClass + " on " + reference);
        Map<String, List<String>> request = query(link);
        BrowserForm form = editForm(saveAction().edit(reference, request), request);
        String name = request.keySet().stream().filter(n -> n.contains(simpleClass + "_")).findFirst().orElseThrow();
        form.type(name.substring(0, name.lastIndexOf('_') + 1) + field, text);
        XarPage saved = saveAction().save(reference, form.submit()).page();
        return (int) saved.objects().stream().filter(o -> o.className().endsWith(simpleClass)
            && text.equals(o.values().get(field))).count();
    }

    private static Map<String, List<String>> query(String url)
    {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = url.substring(url.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(pair.substring(0, equals), java.nio.charset.StandardCharsets.UTF_8);
            String value = java.net.URLDecoder.decode(pair.substring(equals + 1),
                java.nio.charset.StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
