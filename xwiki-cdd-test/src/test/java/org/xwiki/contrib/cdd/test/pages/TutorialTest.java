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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.entity.ToolClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executes the tutorial home {@code CDD.Tutorials.WebHome} and {@code CDD.Code.TutorialSheet}: who finds which
 * tutorial, the "to be checked" badge, publishing.
 *
 * @version $Id$
 */
class TutorialTest extends AbstractPageTest
{
    private static final String HOME = "CDD.Tutorials.WebHome";

    private static final String SHEET = "CDD.Code.TutorialSheet";

    /** Reviewed 44 months before today: due whatever the day, the council reviews every 12 months. */
    private static final int OLD_MONTHS = 44;

    @BeforeEach
    void aCouncilMember()
    {
        // Someone outside the council may not open the council's pages: these tests read them as a member.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    private void tutorial(String name, String title, String creator, String... values)
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Tutorials." + name, title,
            TutorialClass.REFERENCE, values), creator, this.scenario.getNow());
    }

    /**
     * Four tutorials of a wiki where the starter ones were removed: two published (one for two audiences, one due for
     * a check), an animators' draft by Camille and a draft by Dominique without audience; the tool they name.
     */
    private void council(String group)
    {
        this.scenario.setGroups(group);
        this.scenario.withoutApplicationPages();
        LocalDate today = this.scenario.getToday();
        tutorial("CompteRendu", "Écrire le compte rendu d’une réunion", "XWiki.Admin", TutorialClass.AUDIENCE,
            "member|referent", TutorialClass.LEVEL, "beginner", TutorialClass.STATUS, "published",
            TutorialClass.LAST_REVIEWED, today.minusMonths(1).toString(), TutorialClass.DURATION_MINUTES, "15");
        tutorial("Suivre", "Suivre un groupe <de travail>", "XWiki.Admin", TutorialClass.AUDIENCE, "member",
            TutorialClass.LEVEL, "beginner", TutorialClass.STATUS, "published", TutorialClass.LAST_REVIEWED,
            today.minusMonths(OLD_MONTHS).toString(), TutorialClass.DURATION_MINUTES, "5");
        tutorial("Visio", "Animer une visio", "XWiki.Camille", TutorialClass.AUDIENCE, "animator",
            TutorialClass.LEVEL, "intermediate", TutorialClass.TOOL, "CDD.Tools.Visio", TutorialClass.STATUS, "draft",
            TutorialClass.DURATION_MINUTES, "20");
        tutorial("Sondage", "Créer un sondage", "XWiki.Dominique", TutorialClass.TOOL_NAME, "Framadate",
            TutorialClass.STATUS, "draft");
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Tools.Visio", "BigBlueButton",
            ToolClass.REFERENCE, ToolClass.CATEGORY, "video"));
    }

    private Document sheet(String status, String lastReviewed, String action) throws Exception
    {
        return sheet(status, lastReviewed, action, "");
    }

    private Document sheet(String status, String lastReviewed, String action, String content) throws Exception
    {
        List<String> values = new ArrayList<>(List.of(TutorialClass.AUDIENCE, "member", TutorialClass.LEVEL,
            "beginner", TutorialClass.STATUS, status, TutorialClass.TOOL_NAME, "Ce wiki"));
        if (lastReviewed != null) {
            values.addAll(List.of(TutorialClass.LAST_REVIEWED, lastReviewed));
        }
        XarPage tutorial = SamplePages.withObject(applicationPages(), "CDD.Tutorials.Suivre", "Suivre un groupe",
            TutorialClass.REFERENCE, values.toArray(new String[0]));
        XarPage sheet = page(SHEET);
        this.scenario.setAction(action);
        return this.renderer.render(new XarPage(tutorial.path(), tutorial.reference(), "", "", tutorial.title(),
            "xwiki/2.1", false, content, 1, 1, null, tutorial.objects(), null), sheet);
    }

    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void aMemberFindsPublishedTutorialsByAudienceAndToolInFrench(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setUser("XWiki.Lou");
        council("CDD.Code.MembersGroup");

        Document html = this.renderer.render(page(HOME));

        assertEquals("Tutoriels", this.renderer.renderTitle(page(HOME)));
        assertEquals(List.of("Membres", "Référents de groupe"), html.select(".cdd-tutorials-list h2").eachText(),
            "no animator section: the only animator tutorial is someone else's draft");
        Element members = html.selectFirst(".cdd-tutorials");
        assertEquals(List.of("Écrire le compte rendu d’une réunion", "Suivre un groupe <de travail>"),
            members.select("a").eachText(), "titles are text, never markup");
        assertEquals("Ce wiki et le conseil en général", html.selectFirst(".cdd-tutorials-list h3").text());
        assertEquals("Écrire le compte rendu d’une réunion — Débutant — 15 min", members.child(0).text());
        assertEquals("À vérifier", members.child(1).selectFirst(".cdd-badge-review").text(),
            "reviewed 44 months ago, the council reviews every 12 months");
        assertTrue(members.child(0).select(".badge").isEmpty());
        assertFalse(html.text().contains("Créer un sondage"), "someone else's draft");
        assertEquals(5, this.scenario.getExecutedQueries().size(), "groups, tutorials, their confirmed states, their "
            + "audiences, tool titles");
        assertLabelsBound(html, "form label");
    }

    @Test
    void anAuthorSeesTheirDraftAndAnAnimatorSeesEveryDraft() throws Exception
    {
        council("CDD.Code.MembersGroup");
        Document camille = this.renderer.render(page(HOME));
        Element visio = camille.selectFirst("a:contains(Animer une visio)").parent();
        assertEquals("Draft", visio.selectFirst(".cdd-badge-draft").text());
        assertEquals("BigBlueButton", camille.selectFirst("h3 a[href=/xwiki/bin/view/CDD/Tools/Visio]").text(),
            "the tool heading links to the tool page");
        assertFalse(camille.text().contains("Créer un sondage"));

        council("CDD.Code.AnimatorsGroup");
        Document animator = this.renderer.render(page(HOME));
        assertEquals(List.of("Members", "Group referents", "Animators", "Drafts not yet given an audience"),
            animator.select(".cdd-tutorials-list h2").eachText());
        assertTrue(camille.select(".livedata-standin").isEmpty(), "the table shows drafts: animators only");
        Element table = animator.selectFirst(".livedata-standin");
        assertTrue(table.attr("data-properties").contains("status,lastReviewed"), table.toString());
        assertTrue(table.attr("data-sourceparameters").contains("className=CDD.Code.TutorialClass&"),
            table.attr("data-sourceparameters"));
        assertEquals("Framadate", animator.select(".cdd-tutorials-list h3").last().text());
    }

    @Test
    void filtersKeepWhatWasTypedAndNeverRunIt() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        council("CDD.Code.MembersGroup");
        this.scenario.getParameters().put("text", "compte RENDU");
        this.scenario.getParameters().put("audience", "referent");
        this.scenario.getParameters().put("level", "<script>");

        Document html = this.renderer.render(page(HOME));

        assertEquals(List.of("Référents de groupe"), html.select(".cdd-tutorials-list h2").eachText());
        assertEquals(List.of("Écrire le compte rendu d’une réunion"), html.select(".cdd-tutorials a").eachText());
        assertEquals("compte RENDU", html.getElementById("cdd-tutorials-text").attr("value"));
        assertEquals("referent", html.selectFirst("#cdd-tutorials-audience option[selected]").attr("value"));
        assertTrue(html.select("#cdd-tutorials-level option[selected]").isEmpty(), "a level outside the list");

        this.scenario.getParameters().put("text", "\"><script>alert(1)</script>");
        Document none = this.renderer.render(page(HOME));
        assertEquals("Aucun tutoriel ne correspond : retirez un filtre, ou écrivez le tutoriel qui manque.",
            none.selectFirst(".cdd-tutorials-list p").text());
        assertEquals("\"><script>alert(1)</script>", none.getElementById("cdd-tutorials-text").attr("value"));
        assertTrue(none.select("script").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("org.xwiki.contrib.cdd.test.HarnessDays#todays")
    void aPublishedTutorialDueForACheckSaysSoAndOffersToRecordIt(LocalDate today) throws Exception
    {
        this.scenario.setToday(today);
        LocalDate reviewed = today.minusMonths(OLD_MONTHS);
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups("CDD.Code.MembersGroup");

        Document html = sheet("published", reviewed.toString(), "view");

        Element review = html.selectFirst(".cdd-tutorial-review[role=status]");
        assertTrue(review.text().startsWith("À vérifier : ce tutoriel a été vérifié pour la dernière fois le "
            + reviewed.format(french) + ", il y a plus de 12 mois"), review.text());
        // The check is a move of the workflow, posted to its service: the date and the reviewer are never typed.
        Element check = review.selectFirst("form.cdd-tutorial-check");
        assertEquals("post", check.attr("method"));
        assertEquals("/xwiki/bin/view/CDD/Code/WorkflowService", check.attr("action"));
        assertEquals("tutorial", check.selectFirst("input[name=workflow]").attr("value"));
        assertEquals("published", check.selectFirst("button[name=to]").attr("value"));
        assertEquals("Je l’ai vérifié aujourd’hui", check.selectFirst("button").text());
        assertTrue(review.select("a[href*=lastReviewed]").isEmpty());
        assertEquals("Publié", html.selectFirst(".cdd-tutorial-summary .cdd-status").text());

        Document fresh = sheet("published", today.minusMonths(12).plusDays(1).toString(), "view");
        assertTrue(fresh.select(".cdd-tutorial-review[role=status]").isEmpty());
        Document never = sheet("published", null, "view");
        assertEquals("À vérifier : personne n’a encore vérifié ce tutoriel sur les vraies pages.",
            never.selectFirst(".cdd-tutorial-review[role=status] p").text());
    }

    @Test
    void aDraftIsPublishedByAnAnimatorOnly() throws Exception
    {
        council("CDD.Code.MembersGroup");
        Document member = sheet("draft", null, "view");
        assertTrue(member.selectFirst(".cdd-tutorial-draft").text().startsWith("Draft: only its author"));
        assertTrue(member.select(".cdd-workflow-buttons").isEmpty());

        council("CDD.Code.AnimatorsGroup");
        Document animator = sheet("draft", null, "view");
        assertEquals(List.of("Publish"), animator.select(".cdd-workflow-buttons button").eachText());
        assertEquals("published", animator.selectFirst(".cdd-workflow-buttons button").attr("value"));
    }

    @Test
    void aNewTutorialOpensOnAThreeStepOutlineInTheAuthorsLanguage() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);

        Document html = sheet("draft", null, "edit");

        String steps = html.getElementById("content").text();
        assertTrue(steps.startsWith("{{cdd-steps}}"), steps);
        assertTrue(steps.contains("{{cdd-step title=\"Ouvrir la bonne page\"}}"), steps);
        assertTrue(steps.endsWith("{{/cdd-steps}}"), steps);
        assertLabelsBound(html, "label");
        assertTrue(html.text().contains("insérez-la dans l’étape avec le bouton image"), "the screenshot hint");
    }

    @Test
    void theStepsAreThePageContentRenderedWithoutScripts() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        String steps = "{{cdd-steps}}\n{{cdd-step title=\"Ouvrir le groupe\"}}\nCliquez sur **Groupes de travail**."
            + "\n{{/cdd-step}}\n{{/cdd-steps}}\n\nUn texte avec {{/html}} dedans et <script>alert(1)</script>.";

        Document view = sheet("published", this.scenario.getToday().toString(), "view", steps);

        Element content = view.selectFirst(".cdd-tutorial-steps .cdd-content");
        assertEquals("Ouvrir le groupe", content.selectFirst("h3, h2, .cdd-step-title, summary, strong").text());
        assertTrue(content.text().contains("Un texte avec {{/html}} dedans et <script>alert(1)</script>."),
            content.text());
        assertTrue(view.select("script").isEmpty());
        assertEquals("Dernière vérification sur les vraies pages", view.select(".cdd-tutorial-review dt").eachText()
            .get(0), "the rest of the sheet is still there");

        Document edit = sheet("published", null, "edit", steps);
        assertEquals(steps, edit.getElementById("content").text().replace("\r", ""), "the edit form keeps it");

        Document refused = sheet("published", null, "view", "{{velocity}}$xcontext.user{{/velocity}}");
        assertTrue(refused.select(".cdd-tutorial-steps .xwikirenderingerror").text()
            .contains("not allowed in restricted mode"), refused.text());
        assertFalse(refused.text().contains(Scenario.DEFAULT_USER), refused.text());
    }
}
