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

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.MethodFeedbackClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the toolbox catalogue {@code CDD.Toolbox.WebHome} and {@code CDD.Code.MethodSheet}: a facilitator says
 * how many, how long, which format and what for, and gets the methods that fit.
 *
 * @version $Id$
 */
class ToolboxTest extends AbstractPageTest
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

    private static final String CATALOGUE = "CDD.Toolbox.WebHome";

    private void method(String name, String title, String objectives, String min, String max, String minutes,
        String format)
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Toolbox." + name, title,
            MethodClass.REFERENCE, MethodClass.OBJECTIVES, objectives, MethodClass.PARTICIPANTS_MIN, min,
            MethodClass.PARTICIPANTS_MAX, max, MethodClass.DURATION_MINUTES, minutes, MethodClass.FORMAT, format));
    }

    /**
     * Four methods of a wiki where the starter ones were removed, and one just created from the template, with no
     * objective yet (XWiki joins the objectives per value: selected with the rest, it would vanish).
     */
    @BeforeEach
    void methods()
    {
        this.scenario.withoutApplicationPages();
        method("VoteGommettes", "Vote par gommettes", "prioritisation|decision", "3", "60", "20", "both");
        method("Metaplan", "Métaplan", "ideation|prioritisation", "6", "25", "40", "online");
        method("WorldCafe", "World café <b>", "ideation|prioritisation", "12", "100", "90", "in_person");
        method("Bocal", "Bocal à poissons", "debate", "8", "", "45", "in_person");
        method("Nouvelle", "Nouvelle méthode", "", "", "", "", "");
    }

    private Document search(String participants, String minutes, String format, String objective) throws Exception
    {
        this.scenario.getParameters().put("participants", participants);
        this.scenario.getParameters().put("minutes", minutes);
        this.scenario.getParameters().put("format", format);
        this.scenario.getParameters().put("objective", objective);
        return this.renderer.render(page(CATALOGUE));
    }

    @Test
    void twelvePeopleFortyFiveMinutesOnlineToPrioritiseInFrench() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = search("12", "45", "online", "prioritisation");

        assertEquals(List.of("Métaplan", "Vote par gommettes"), html.select(".cdd-toolbox-results li a").eachText());
        assertEquals("/xwiki/bin/view/CDD/Toolbox/Metaplan",
            html.selectFirst(".cdd-toolbox-results li a").attr("href"));
        assertTrue(html.selectFirst(".cdd-toolbox-results li").text().endsWith("40 min"));
        assertEquals("12", html.getElementById("cdd-toolbox-participants").attr("value"), "what was typed stays");
        assertEquals("online", html.selectFirst("#cdd-toolbox-format option[selected]").attr("value"));
        assertEquals("Prioriser", html.selectFirst("#cdd-toolbox-objective option[selected]").text());
        assertLabelsBound(html, "form label");
        assertEquals("Boîte à outils", this.renderer.renderTitle(page(CATALOGUE)));
        assertTrue(html.selectFirst(".livedata-standin").attr("data-properties").contains("objectives,format"));
        assertEquals(4, this.scenario.getExecutedQueries().size(), "one query for every method, one for their "
            + "objectives, one for the ratings, one for the meetings' methods");
        assertEquals("Aucune méthode n’a encore reçu de note.", html.selectFirst(".cdd-toolbox-best p").text());
    }

    @Test
    void anEmptyFormListsEveryMethodLongestFirst() throws Exception
    {
        Document html = this.renderer.render(page(CATALOGUE));

        assertEquals(List.of("World café <b>", "Bocal à poissons", "Métaplan", "Vote par gommettes",
            "Nouvelle méthode"), html.select(".cdd-toolbox-results li a").eachText(), "titles are text, never "
            + "markup; each method once, whatever its number of objectives, and the new one without any");
        assertTrue(html.select(".cdd-toolbox-results b").isEmpty());
    }

    @Test
    void aWrongNumberIsExplainedAndKept() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = search("douze\"><script>alert(1)</script>", "45", "radio", "<img src=x>");

        assertEquals("« douze\"><script>alert(1)</script> » n’est pas un nombre.",
            html.selectFirst(".cdd-toolbox-results [role=alert]").text());
        assertEquals("douze\"><script>alert(1)</script>",
            html.getElementById("cdd-toolbox-participants").attr("value"));
        assertTrue(html.select("script, img").isEmpty());
        assertTrue(html.select("#cdd-toolbox-format option[selected], #cdd-toolbox-objective option[selected]")
            .isEmpty(), "values outside the lists are dropped");
    }

    @Test
    void nothingFitsSaysWhatToDo() throws Exception
    {
        Document html = search("200", "10", "", "debate");

        assertEquals("No method fits: widen a criterion, or add the method that is missing.",
            html.selectFirst(".cdd-toolbox-results p").text());
    }

    @Test
    void aNewMethodOpensOnAThreeStepOutlineInTheAuthorsLanguage() throws Exception
    {
        XarPage method = SamplePages.withObject(applicationPages(), "CDD.Toolbox.Nouvelle", "Nouvelle méthode",
            MethodClass.REFERENCE, MethodClass.FORMAT, "both");
        XarPage sheet = page("CDD.Code.MethodSheet");
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setAction("edit");

        Document html = this.renderer.render(method, sheet);

        String content = html.getElementById("content").text();
        assertTrue(content.startsWith("== Matériel =="), content);
        assertTrue(content.contains("== Déroulé ==\n\n{{cdd-steps}}\n{{cdd-step title=\"Présenter la consigne\"}}"),
            content);
        assertTrue(content.contains("{{/cdd-steps}}\n\n== Conseils et pièges =="), content);
        assertTrue(content.trim().endsWith("et à celles qui écrivent difficilement."), content);
        assertLabelsBound(html, "label");

        this.scenario.setAction("view");
        XarPage written = SamplePages.withObject(applicationPages(), "CDD.Toolbox.Bocal", "Bocal à poissons",
            MethodClass.REFERENCE, MethodClass.OBJECTIVES, "debate|inclusion", MethodClass.FORMAT, "in_person",
            MethodClass.DURATION_MINUTES, "45");
        Document view = this.renderer.render(written, sheet);
        assertTrue(view.select(".cdd-method dd").eachText().containsAll(List.of("Débattre, Inclure tout le monde",
            "En présentiel", "45")), view.select(".cdd-method dd").eachText().toString());
        assertEquals("Aucune réunion ne l’a encore utilisée : indiquez-la dans les méthodes d’une réunion.",
            view.selectFirst(".cdd-method-uses p").text());
    }

    @Test
    void aMethodListsTheMeetingsThatUsedIt() throws Exception
    {
        // A meeting that used three methods, Bocal among them: listed once, not once per method.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Meetings.Mobilite3",
            "Groupe mobilité <3>", MeetingClass.REFERENCE, MeetingClass.START, "2026-11-20 18:00",
            MeetingClass.METHODS, "CDD.Toolbox.Metaplan|CDD.Toolbox.Bocal|CDD.Toolbox.WorldCafe"));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Meetings.Mobilite4", "Sans bocal",
            MeetingClass.REFERENCE, MeetingClass.START, "2026-11-27 18:00", MeetingClass.METHODS,
            "CDD.Toolbox.Metaplan"));
        XarPage written = SamplePages.withObject(applicationPages(), "CDD.Toolbox.Bocal", "Bocal à poissons",
            MethodClass.REFERENCE, MethodClass.FORMAT, "in_person");
        XarPage sheet = page("CDD.Code.MethodSheet");

        Document view = this.renderer.render(written, sheet);

        assertEquals(1, view.select(".cdd-method-uses li").size(), view.select(".cdd-method-uses li").eachText()
            .toString());
        Element use = view.selectFirst(".cdd-method-uses li");
        assertEquals("Groupe mobilité <3>", use.selectFirst("a").text());
        assertEquals("/xwiki/bin/view/CDD/Meetings/Mobilite3", use.selectFirst("a").attr("href"));
        assertEquals("2026-11-20", use.selectFirst("time").attr("datetime"));
    }

    @Test
    void feedbackIsAveragedAndShownAsText() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        XarPage method = SamplePages.withObjects("CDD.Toolbox.Bocal", "Bocal à poissons", List.of(
            SamplePages.object(applicationPages(), MethodClass.REFERENCE, 0, MethodClass.FORMAT, "in_person"),
            SamplePages.object(applicationPages(), MethodFeedbackClass.REFERENCE, 0, MethodFeedbackClass.RATING, "4",
                MethodFeedbackClass.COMMENT, "Très vivant <script>alert(1)</script>"),
            SamplePages.object(applicationPages(), MethodFeedbackClass.REFERENCE, 2, MethodFeedbackClass.RATING, "3",
                MethodFeedbackClass.MEETING, "CDD.Meetings.Mobilite3")));
        XarPage sheet = page("CDD.Code.MethodSheet");

        Document view = this.renderer.render(method, sheet);

        assertEquals("2 retour(s), note moyenne 3,5 sur 5", view.selectFirst(".cdd-method-rating").text());
        assertEquals(2, view.select(".cdd-method-feedback").size());
        assertTrue(view.text().contains("Très vivant <script>alert(1)</script>"));
        assertTrue(view.select("script").isEmpty());
        assertTrue(view.select("a:contains(Donner mon retour)").isEmpty(), "no edit link: the author is never typed");
    }

    @Test
    void theHomeShowsTheBestRatedMethods() throws Exception
    {
        this.scenario.addPage(SamplePages.withObjects("CDD.Toolbox.Metaplan", "Métaplan", List.of(
            SamplePages.object(applicationPages(), MethodClass.REFERENCE, 0, MethodClass.OBJECTIVES, "ideation"),
            SamplePages.object(applicationPages(), MethodFeedbackClass.REFERENCE, 0, MethodFeedbackClass.RATING, "4"),
            SamplePages.object(applicationPages(), MethodFeedbackClass.REFERENCE, 1, MethodFeedbackClass.RATING,
                "5"))));
        this.scenario.addPage(SamplePages.withObjects("CDD.Toolbox.Bocal", "Bocal à poissons", List.of(
            SamplePages.object(applicationPages(), MethodClass.REFERENCE, 0, MethodClass.OBJECTIVES, "debate"),
            SamplePages.object(applicationPages(), MethodFeedbackClass.REFERENCE, 0, MethodFeedbackClass.RATING,
                "5"))));

        Document html = this.renderer.render(page(CATALOGUE));

        assertEquals(List.of("Bocal à poissons — 1 feedback(s), average rating 5 out of 5",
            "Métaplan — 2 feedback(s), average rating 4.5 out of 5"),
            html.select(".cdd-toolbox-best li").eachText());
    }

    @Test
    void theHomeShowsTheMostUsedMethods() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Meetings.M1", "M1",
            MeetingClass.REFERENCE, MeetingClass.METHODS, "CDD.Toolbox.Metaplan|CDD.Toolbox.Bocal"));
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Meetings.M2", "M2",
            MeetingClass.REFERENCE, MeetingClass.METHODS, "CDD.Toolbox.Metaplan"));

        Document html = this.renderer.render(page(CATALOGUE));

        assertEquals(List.of("Métaplan — utilisée dans 2 réunion(s)", "Bocal à poissons — utilisée dans 1 réunion(s)"),
            html.select(".cdd-toolbox-used li").eachText());
    }

    @Test
    void noUseYetSaysWhereToRecordIt() throws Exception
    {
        Document html = this.renderer.render(page(CATALOGUE));

        assertEquals("No meeting lists a method yet: say which methods you used in the meeting page.",
            html.selectFirst(".cdd-toolbox-used p").text());
    }
}
