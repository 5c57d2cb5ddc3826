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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.ReportClass;
import org.xwiki.contrib.cdd.entity.ReportSnapshotClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.StandInSaveAction;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 3: the yearly activity report. An animator prepares {@code CDD.Reports.2026} in one action
 * ({@code CDD.Code.ReportService}); while it is a draft its figures follow the records; validating it (through
 * {@code CDD.Code.WorkflowService}) freezes them on its state page; the date of the debate in each configured body is
 * recorded before it counts as debated. The fictional council on its fixed day, 2026-11-28: in 2026 it received PCAET
 * (mandatory, 2 October, due 25 November, no opinion: unanswered and called out) and PAT (optional, 20 November, due
 * 7 January: in progress); the self-referral Eau has no received date and belongs to no year.
 *
 * @version $Id$
 */
class ReportPageTest extends AbstractPageTest
{
    private static final String REPORT = "CDD.Reports.2026";

    private static final String STATE_PAGE = "CDD.States.Reports.2026";

    private static final String SERVICE = "CDD.Code.ReportService";

    private static final String BODIES = "Comité syndical du PETR du Pays d’Arles";

    @BeforeEach
    void theFictionalCouncil()
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
    }

    private Document prepare() throws Exception
    {
        return submit(SERVICE, "action", "prepare", "year", "2026");
    }

    private Document move(String to) throws Exception
    {
        return submit("CDD.Code.WorkflowService", "workflow", "report", "target", REPORT, "to", to);
    }

    private Document report() throws Exception
    {
        return report(REPORT);
    }

    private Document report(String reference) throws Exception
    {
        return this.renderer.render(this.scenario.storedPage(reference).orElseThrow(), page("CDD.Code.ReportSheet"));
    }

    // Every cell's text, an empty cell included (jsoup's eachText leaves them out).
    private static List<String> cells(Document html, String selector)
    {
        return html.select(selector).stream().map(org.jsoup.nodes.Element::text).toList();
    }

    private static List<String> referrals(Document html)
    {
        return html.select("table.cdd-report-referrals-table tbody tr").eachText();
    }

    private String frozenFigures()
    {
        return this.scenario.storedPage(STATE_PAGE).orElseThrow().firstObject(ReportSnapshotClass.REFERENCE)
            .orElseThrow().values().getOrDefault(ReportSnapshotClass.FIGURES, "");
    }

    @Test
    void anAnimatorPreparesTheReportInOneActionAndItsFiguresComeFromTheRecords() throws Exception
    {
        Document home = this.renderer.render(page("CDD.Reports.WebHome"));
        assertEquals(List.of("Préparer le rapport 2026"), home.select("form.cdd-report-prepare button").eachText(),
            "last year's report is there already");

        Document answer = prepare();

        assertTrue(answer.selectFirst(".successmessage").text().contains("préparé en brouillon"), answer.text());
        assertEquals(List.of("Rapport d’activité 2026 préparé"), this.scenario.getSavedComments());
        Map<String, String> stored = this.scenario.storedPage(REPORT).orElseThrow()
            .firstObject(ReportClass.REFERENCE).orElseThrow().values();
        assertEquals("2026", stored.get(ReportClass.YEAR));
        assertEquals("draft", stored.get(ReportClass.STATUS));
        assertEquals("Rapport d’activité 2026", this.scenario.storedPage(REPORT).orElseThrow().title());

        Document again = prepare();
        assertEquals(List.of("Le rapport 2026 existe déjà : ouvrez-le plutôt que de le préparer de nouveau."),
            again.select(".cdd-workflow-errors li").eachText());
        assertEquals(1, this.scenario.getSavedComments().size(), "nothing saved over the report");

        home = this.renderer.render(page("CDD.Reports.WebHome"));
        assertTrue(home.select("form.cdd-report-prepare button").isEmpty());
        assertEquals(List.of("Rapport d’activité 2026 Brouillon", "Rapport d’activité 2025 Brouillon"),
            home.select("table.cdd-reports tbody tr").eachText());

        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document html = report();
        assertTranslated(html);
        assertTrue(html.selectFirst(".cdd-report-live").text().startsWith("Brouillon : les chiffres"));
        // Hand computation: PCAET, mandatory, requested by nobody named, group Mobilité, received 2 October, due 25
        // November, no opinion: unanswered. PAT, optional, received 20 November, due 7 January 2027: in progress.
        assertEquals(List.of(
            "PCAET Consultation obligatoire Mobilité 2 octobre 2026 25 novembre 2026 Sans avis, échéance dépassée",
            "PAT Saisine facultative Mobilité 20 novembre 2026 7 janvier 2027 En cours"), referrals(html));
        assertEquals(10, html.select("table.cdd-report-referrals-table thead th[scope=col]").size());
        assertEquals(List.of("PCAET — sans avis, échéance dépassée du 25 novembre 2026"),
            html.select("ul.cdd-called-out li").eachText());
        // Eau's opinion went to "PETR" on 2026-06-21; its contribution NoteEau, still in review (never adopted), makes
        // recommendations that count for no body.
        assertEquals(List.of(BODIES + " 0 0 0 0", "Conseil communautaire ACCM 0 0 0 0",
            "Conseil communautaire Terre de Provence 0 0 0 0", "Conseil communautaire CCVBA 0 0 0 0", "PETR 0 1 0 0",
            "Total 2 1 0 0"), html.select("table.cdd-bodies tbody tr").eachText());
        // Meetings of 2026: R1 (group, 19 October), R2 (plenary, 23 November), R3 (bureau, 8 December).
        assertEquals(3, html.select("table.cdd-report-meetings-table tbody tr").size());
        // Every indicator but the two computed from private data, which a report never shows.
        assertEquals(21, html.select("table.cdd-selfevaluation tbody tr").size());
        assertFalse(html.html().contains("indicator-attendance_by_gender"));
        assertTrue(html.select("form.cdd-workflow-move").isEmpty(), "a member moves nothing");
    }

    @Test
    void validatingFreezesTheFiguresAndOnlyADraftFollowsTheRecordsAgain() throws Exception
    {
        prepare();
        Document validated = move("validated");
        assertTrue(validated.selectFirst(".successmessage") != null, validated.text());
        assertTrue(frozenFigures().contains("CDD.Saisines.PCAET"), "frozen on the state page");

        // A referral registered afterwards, received in 2026, and PCAET renamed: the validated report keeps its
        // figures and its titles.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Saisines.SCoT", "SCoT",
            SaisineClass.REFERENCE, SaisineClass.KIND, "mandatory", SaisineClass.STATUS, "received",
            SaisineClass.RECEIVED_DATE, "2026-11-02", SaisineClass.DUE_DATE, "2027-01-02"));
        int queries = this.scenario.getExecutedQueries().size();
        Document frozen = report();
        assertEquals(3, this.scenario.getExecutedQueries().size() - queries,
            "the role, the confirmed state and the frozen figures: " + this.scenario.getExecutedQueries());
        assertEquals(2, referrals(frozen).size(), referrals(frozen).toString());
        assertTrue(frozen.selectFirst(".cdd-report-frozen").text().startsWith("Validé par le bureau"));

        // A plain save of the report page that puts its copy of the state back to draft unfreezes nothing: the state
        // that counts and the figures live on the state page.
        Map<String, List<String>> forged = new LinkedHashMap<>();
        forged.put("form_token", List.of(this.scenario.getToken()));
        forged.put(ReportClass.REFERENCE + "_0_" + ReportClass.STATUS, List.of("draft"));
        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save(REPORT, forged)
            .outcome());
        Document forgedDraft = report();
        assertEquals(2, referrals(forgedDraft).size(), "still the frozen figures");
        assertTrue(forgedDraft.selectFirst(".cdd-report-frozen") != null);

        move("draft");
        Document live = report();
        assertEquals(3, referrals(live).size(), "back to draft, the figures follow the records");
        assertTrue(referrals(live).get(1).startsWith("SCoT"), "in order of receipt: " + referrals(live));
        assertEquals("", frozenFigures(), "nothing frozen while it is a draft");

        move("validated");
        assertTrue(frozenFigures().contains("CDD.Saisines.SCoT"), "frozen again, with the new referral");
    }

    @Test
    void theReportCountsAsDebatedOnlyOnceEveryBodyDebatedIt() throws Exception
    {
        prepare();
        Document tooEarly = submit(SERVICE, "action", "debates", "report", REPORT, "debate_0", "2026-11-20");
        assertEquals(List.of("Les dates des débats s’enregistrent une fois le rapport validé par le bureau."),
            tooEarly.select(".cdd-workflow-errors li").eachText());
        move("validated");
        int saves = this.scenario.getSavedComments().size();

        Document form = report();
        assertEquals(4, form.select("form.cdd-report-debates-form input[type=date]").size(), "one per body");
        assertLabelsBound(form, "form.cdd-report-debates-form label");

        Document future = submit(SERVICE, "action", "debates", "report", REPORT, "debate_0", "2026-12-15");
        assertEquals(List.of("La date du débat à " + BODIES + " doit être comprise entre le 1er janvier 2026 et "
            + "aujourd’hui."), future.select(".cdd-workflow-errors li").eachText());
        assertEquals(saves, this.scenario.getSavedComments().size(), "nothing saved when refused");

        submit(SERVICE, "action", "debates", "report", REPORT, "debate_0", "2026-11-20", "debate_2", "2026-11-24");
        assertEquals(saves + 1, this.scenario.getSavedComments().size());
        Document missing = move("debated");
        assertTrue(missing.select(".cdd-workflow-errors li").text().contains(
            "Date du débat dans chaque organe délibérant"), missing.text());
        assertEquals(saves + 1, this.scenario.getSavedComments().size(), "the refused move saves nothing");

        submit(SERVICE, "action", "debates", "report", REPORT, "debate_0", "2026-11-20", "debate_1", "2026-11-21",
            "debate_2", "2026-11-24", "debate_3", "2026-11-25");
        Document debated = move("debated");
        assertTrue(debated.selectFirst(".successmessage") != null, debated.text());
        this.scenario.setLocale(Locale.ENGLISH);
        Document english = report();
        assertTranslated(english);
        assertEquals(List.of(BODIES + " — November 20, 2026", "Conseil communautaire ACCM — November 21, 2026",
            "Conseil communautaire Terre de Provence — November 24, 2026",
            "Conseil communautaire CCVBA — November 25, 2026"),
            english.select("ul.cdd-report-debate-dates li").eachText());
        assertEquals(List.of("Publish"), english.select("form.cdd-workflow-move button").eachText());

        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document member = submit(SERVICE, "action", "debates", "report", REPORT, "debate_0", "2026-11-01");
        assertEquals(List.of("Only the council’s animators can prepare a report or record its debates."),
            member.select(".cdd-workflow-errors li").eachText());
        int before = this.scenario.getSavedComments().size();
        Document memberPrepares = submit(SERVICE, "action", "prepare", "year", "2026");
        assertFalse(memberPrepares.select(".cdd-workflow-errors li").isEmpty());
        assertEquals(before, this.scenario.getSavedComments().size(), "a member prepares nothing");
    }

    @Test
    void onlyAnimatorsWriteTheReportAndAYearWithoutFiguresIsNotValidated() throws Exception
    {
        prepare();
        // A member may read the report but not save it: neither its debates nor its year (CDD.Reports.WebPreferences
        // gives edit to the animators only), nor a report of another year.
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Map<String, List<String>> forged = new LinkedHashMap<>();
        forged.put("form_token", List.of(this.scenario.getToken()));
        forged.put(ReportClass.REFERENCE + "_0_" + ReportClass.DEBATES, List.of(BODIES + "=2026-01-01"));
        forged.put(ReportClass.REFERENCE + "_0_" + ReportClass.YEAR, List.of("1899"));
        assertEquals(StandInSaveAction.Outcome.ACCESS_DENIED, new StandInSaveAction(this.scenario).save(REPORT, forged)
            .outcome());
        assertEquals(StandInSaveAction.Outcome.ACCESS_DENIED, new StandInSaveAction(this.scenario)
            .save("CDD.Reports.2019", forged).outcome());
        assertFalse(report().text().isEmpty(), "the member still reads it");

        // An animator who types a year the application does not accept cannot validate: nothing is frozen or saved.
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        forged.remove(ReportClass.REFERENCE + "_0_" + ReportClass.DEBATES);
        assertEquals(StandInSaveAction.Outcome.SAVED, new StandInSaveAction(this.scenario).save(REPORT, forged)
            .outcome());
        int saves = this.scenario.getSavedComments().size();
        Document refused = move("validated");
        assertEquals(List.of("Les chiffres de ce rapport ne peuvent pas être calculés (vérifiez son année) : il n’a "
            + "pas été validé."), refused.select(".cdd-workflow-errors li").eachText());
        assertEquals(saves, this.scenario.getSavedComments().size());
        assertTrue(this.scenario.storedPage(STATE_PAGE).isEmpty(), "no state, no frozen figures");
        assertTrue(report().selectFirst(".cdd-report-unreadable").text().contains("vérifiez son année"));
    }

    @Test
    void badInputIsRefusedInEnglishAndSavesNothing() throws Exception
    {
        this.scenario.setLocale(Locale.ENGLISH);
        assertEquals(List.of("Choose the year of the report: 2025 or 2026."),
            submit(SERVICE, "action", "prepare", "year", "1999").select(".cdd-workflow-errors li").eachText());
        assertEquals(List.of("Choose the year of the report: 2025 or 2026."),
            submit(SERVICE, "action", "prepare", "year", "99999999999999999999").select(".cdd-workflow-errors li")
                .eachText());
        this.scenario.setMethod("GET");
        assertTrue(this.renderer.render(page(SERVICE)).text().contains("only acts on a form"));
        assertEquals(List.of(), this.scenario.getSavedComments());
        assertTrue(this.scenario.storedPage("CDD.Reports.1999").isEmpty());
    }

    /**
     * The report of a full year, {@link FictionalYear} (2025), against a hand computation. Referrals, by received
     * date, with the days from receipt to the first adopted opinion: PLUArles 15 January → 10 March (16 + 28 + 10 =
     * 54), transmitted 12 March, due 16 March: in time; Nappe 20 January → 15 June (11 + 28 + 31 + 30 + 31 + 15 =
     * 146), no due date: in time; SCoT 3 February → 20 April (25 + 31 + 20 = 76), transmitted 22 April, due 4 April:
     * late; Velo 1 March → 10 May (30 + 30 + 10 = 70); PCAETACCM, due 4 July, no opinion: unanswered; Tourisme 10 June
     * → 1 September (20 + 31 + 31 + 1 = 83); Jeunesse, no due date: in progress; Culture declined; Agriculture 20
     * October → 10 December (11 + 30 + 10 = 51); Sante, due 31 December, no opinion: unanswered. Mandatory ones called
     * out: SCoT (late) and PCAETACCM (unanswered).
     */
    @Test
    void aFullYearInFrenchAndEnglish() throws Exception
    {
        FictionalYear.pages(applicationPages(), this.scenario.getToday()).forEach(this.scenario::addPage);
        // The colleges and communes the fictional members name, and the four bodies.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Code.Configuration", "Configuration",
            "CDD.Code.ConfigurationClass", "colleges", "citizens\nassociations\neconomy\nunions", "communes",
            "Arles=ACCM\nTarascon=TPA", "deliberativeBodies", String.join("\n", FictionalYear.PETR, FictionalYear.ACCM,
                FictionalYear.TPA, FictionalYear.CCVBA)));
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document html = report("CDD.Reports.2025");

        List<String> referrals = referrals(html);
        assertEquals(List.of("PLUArles", "Nappe", "SCoT", "Velo", "PCAETACCM", "Tourisme", "Jeunesse", "Culture",
            "Agriculture", "Sante"), html.select("table.cdd-report-referrals-table tbody th").eachText());
        assertEquals("PLUArles Consultation obligatoire Conseil communautaire ACCM Mobilité 15 janvier 2025 16 mars 2025 "
            + "10 mars 2025 54 jours Conseil communautaire ACCM Avis rendu dans les délais", referrals.get(0));
        assertEquals(List.of("54 jours", "146 jours", "76 jours", "70 jours", "", "83 jours", "", "", "51 jours", ""),
            cells(html, "table.cdd-report-referrals-table tbody tr td:nth-of-type(7)"));
        assertEquals(List.of("Avis rendu dans les délais", "Avis rendu dans les délais", "Avis rendu en retard",
            "Avis rendu dans les délais", "Sans avis, échéance dépassée", "Avis rendu dans les délais", "En cours",
            "Déclinée", "Avis rendu dans les délais", "Sans avis, échéance dépassée"),
            cells(html, "table.cdd-report-referrals-table tbody tr td:nth-of-type(9)"));
        assertEquals(List.of("SCoT — avis rendu après l’échéance du 4 avril 2025",
            "PCAETACCM — sans avis, échéance dépassée du 4 juillet 2025"),
            html.select("ul.cdd-called-out li").eachText());
        // Per body: referrals received from it; opinions transmitted to it in 2025; the recommendations of those
        // opinions and how many the body answered. PETR: SCoT and Sante received; SCoT and Nappe transmitted, 2 + 3
        // recommendations, 1 (not taken) + 2 (taken) answered. ACCM: PLUArles, PCAETACCM, Velo received; PLUArles
        // and Velo transmitted, 2 + 1, all answered. Terre de Provence: Tourisme, no recommendation. CCVBA: Culture
        // and Agriculture received; Nappe and Agriculture transmitted, 3 + 1, 2 + 1 answered. Total: 10 received, 6
        // transmitted, 9 recommendations, 7 answered.
        assertEquals(List.of(BODIES + " 2 2 5 3", "Conseil communautaire ACCM 3 2 3 3",
            "Conseil communautaire Terre de Provence 1 1 0 0", "Conseil communautaire CCVBA 2 2 4 3",
            "Total 10 6 9 7"), html.select("table.cdd-bodies tbody tr").eachText());
        // Contributions by adoption date, with the follow-up of their recommendations.
        assertEquals(List.of("Avis PLUArles", "Avis SCoT", "Avis Velo", "Avis Nappe", "Avis Tourisme",
            "Avis Agriculture"), html.select("table.cdd-report-contributions-table tbody th").eachText());
        assertEquals(List.of("Prise en compte : 1, Prise en compte en partie : 1", "En attente : 1, Non retenue : 1",
            "Prise en compte : 1", "En attente : 1, Prise en compte : 2", "aucune recommandation",
            "Prise en compte en partie : 1"),
            cells(html, "table.cdd-report-contributions-table tbody td:nth-of-type(7)"));
        assertEquals("Ensemble des recommandations de l’année : En attente : 2, Prise en compte : 4, Prise en compte "
            + "en partie : 2, Non retenue : 1", html.selectFirst(".cdd-report-followup").text());
        // Groups: Alimentation (PCAETACCM, Agriculture; AvisAgriculture; G05), Eau (Tourisme, Nappe; two opinions;
        // G03, G04), Mobilité (PLUArles, SCoT, Velo; three opinions; G01, G02).
        assertEquals(List.of("Alimentation 2 1 1", "Eau 2 2 2", "Mobilité 3 3 2"),
            html.select("table.cdd-report-groups-table tbody tr").eachText());
        assertEquals(List.of("Bureau 3", "Réunion de groupe de travail 5", "Plénière 3", "Événement public 1"),
            html.select("table.cdd-report-meetings-table tbody tr").eachText());
        // The fictitious method in P01, G01, P02 and E01; the other one in P02 and G03.
        assertEquals(List.of("Méthode fictive 4", "Méthode sans objectif 2"),
            html.select("table.cdd-report-methods-table tbody tr").eachText());
        assertEquals(List.of("Avis PLUArles — 20 mars 2025", "Avis Velo — 25 mai 2025", "Avis Nappe — 1 juillet 2025"),
            html.select("ul.cdd-report-published li").eachText());
        assertTrue(html.selectFirst(".cdd-report-publications").text().contains("Événements publics tenus cette "
            + "année : 1."));
        assertTrue(html.select("form").isEmpty(), "a member moves nothing and records no debate");
        // The council on 31 December 2025: the six members (mandates from 2022), three women and two men (a gap of
        // one: parity respected), per college as configured; all from Arles, one of the two configured communes.
        assertEquals("6 membres en mandat au 31 décembre 2025", html.selectFirst(".cdd-report-members").text());
        assertTrue(html.selectFirst(".cdd-report-parity").text().startsWith("La parité est respectée : l’écart entre "
            + "femmes et hommes est de 1"), html.selectFirst(".cdd-report-parity").text());
        assertEquals(List.of("citizens 2", "associations 2", "economy 1", "unions 1"),
            html.select("table.cdd-report-colleges tbody tr").eachText());
        assertTrue(html.selectFirst(".cdd-report-council").text().contains("Communes représentées : 1 sur 2"));
        assertFalse(html.selectFirst(".cdd-report-council").text().contains("femmes : 3"), "no private count");
        // Three charts, each with its data table: referrals by kind (4 mandatory, 4 optional, 2 self), the follow-up
        // of the nine recommendations, the two methods.
        assertEquals(3, html.select("svg[role=img]").size());
        String tables = html.select("table").text();
        assertTrue(tables.contains("Consultation obligatoire 4") && tables.contains("Auto-saisine 2"), tables);

        this.scenario.setLocale(Locale.ENGLISH);
        Document english = report("CDD.Reports.2025");
        assertTranslated(english);
        assertEquals("SCoT Mandatory consultation " + BODIES + " Mobilité February 3, 2025 April 4, 2025 April 20, "
            + "2025 76 days " + BODIES + " Answered late", referrals(english).get(2));
        assertEquals("All the recommendations of the year: Pending: 2, Taken into account: 4, Partly taken into "
            + "account: 2, Not taken into account: 1", english.selectFirst(".cdd-report-followup").text());
        assertEquals("Total 10 6 9 7", english.select("table.cdd-bodies tbody tr").last().text());
    }
}
