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

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.FictionalYear;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 4: the open datasets at their stable addresses, read by a guest: the CSV read back by Apache Commons
 * CSV, the JSON checked against the Table Schema the application publishes (types, required values, allowed values,
 * unique identifiers), and no personal value in any file. The fictional council on its fixed day (2026-11-28) with its
 * year 2025: 13 referrals (PCAET, PAT, Eau, then the year's ten), and two published texts (AvisMobilite, published by
 * the fixture, and AvisSCoT, published in the test).
 *
 * @version $Id$
 */
class OpenDataTest extends AbstractPageTest
{
    private static final String PRIVATE_REQUESTER = "Mme Claire Dupuis, maire";

    private static final String PRIVATE_QUESTION = "Monsieur Martin a-t-il raison ?";

    @BeforeEach
    void theFictionalCouncilWithAPublishedText() throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        FictionalYear.pages(applicationPages(), this.scenario.getToday()).forEach(this.scenario::addPage);
        // A referral whose requester and question name people, and a text with authors: none of it is published.
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Saisines.Marche", "Marché",
            SaisineClass.REFERENCE, SaisineClass.KIND, "optional", SaisineClass.STATUS, "received",
            SaisineClass.REQUESTER, PRIVATE_REQUESTER, SaisineClass.QUESTION, PRIVATE_QUESTION,
            SaisineClass.RECEIVED_DATE, "2026-11-02", SaisineClass.ORIGIN_BODY, FictionalYear.ACCM));
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        this.scenario.setMethod("POST");
        this.scenario.getParameters().putAll(Map.of("form_token", this.scenario.getToken(), "workflow",
            "contribution", "target", "CDD.Contributions.AvisSCoT", "to", "published"));
        assertTrue(this.renderer.render(page("CDD.Code.WorkflowService")).selectFirst(".successmessage") != null);
        this.scenario.setMethod("GET");
        this.scenario.getParameters().clear();
        this.scenario.setUser(null);
        this.scenario.setGroups();
    }

    private String file(String dataset, String format) throws Exception
    {
        this.scenario.getParameters().clear();
        this.scenario.getParameters().putAll(Map.of("dataset", dataset, "format", format, "outputSyntax", "plain"));
        this.scenario.setAction("get");
        this.renderer.render(page("CDD.Public.DataFile"));
        this.scenario.setAction("view");
        this.scenario.getParameters().clear();
        // The page wrote the file to the response itself, in UTF-8, and finished it.
        assertTrue(this.scenario.isFinished());
        assertEquals("UTF-8", this.scenario.getCharacterEncoding());
        String body = this.scenario.getResponseBody();
        assertEquals(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, this.scenario.getContentLength());
        return body;
    }

    static List<CSVRecord> csv(String text) throws Exception
    {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void theReferralsAreReadBackByAStandardCsvParser() throws Exception
    {
        String text = file("saisines", "csv");
        assertEquals("text/csv; header=present", this.scenario.getContentType());
        List<CSVRecord> rows = csv(text);
        assertEquals(List.of("identifiant", "titre", "nature", "organe_demandeur", "themes", "date_reception",
            "date_echeance", "etat", "groupe_de_travail", "date_transmission", "transmise_a"),
            rows.get(0).getParser().getHeaderNames());
        assertEquals(14, rows.size(), "PCAET, PAT, Eau, the ten of 2025 and Marché");
        // Hand reading of PLUArles in FictionalYear: mandatory, from ACCM, received 15 January 2025, due 16 March,
        // transmitted on 12 March to ACCM, by the Mobilité group.
        CSVRecord plu = rows.stream().filter(r -> r.get("identifiant").equals("CDD.Saisines.PLUArles")).findFirst()
            .orElseThrow();
        assertEquals(List.of("CDD.Saisines.PLUArles", "PLUArles", "consultation_obligatoire", FictionalYear.ACCM, "",
            "2025-01-15", "2025-03-16", "transmise", "Mobilité", "2025-03-12", FictionalYear.ACCM), plu.toList());
        CSVRecord nappe = rows.stream().filter(r -> r.get("identifiant").equals("CDD.Saisines.Nappe")).findFirst()
            .orElseThrow();
        assertEquals("autosaisine", nappe.get("nature"));
        assertEquals(FictionalYear.PETR + " | " + FictionalYear.CCVBA, nappe.get("transmise_a"));
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void theJsonFilesFollowTheTableSchemaThePagePublishes() throws Exception
    {
        ObjectMapper mapper = new ObjectMapper();
        for (String dataset : List.of("saisines", "avis")) {
            JsonNode schema = mapper.readTree(file(dataset, "schema"));
            assertEquals("application/json", this.scenario.getContentType());
            assertEquals("etalab-2.0", schema.path("licenses").get(0).path("name").asText());
            assertTrue(schema.path("path").asText().startsWith("https://cdd.example.org/"), schema.toString());
            JsonNode data = mapper.readTree(file(dataset, "json"));
            assertTrue(data.isArray() && data.size() > 0, dataset);
            List<String> problems = validate(schema, data);
            assertEquals(List.of(), problems, dataset);
            // The CSV holds the same rows.
            assertEquals(data.size(), csv(file(dataset, "csv")).size(), dataset);
        }
        JsonNode texts = mapper.readTree(file("avis", "json"));
        assertEquals(2, texts.size());
        // In the order of their pages: AvisMobilite, then AvisSCoT.
        JsonNode scot = texts.get(1);
        // AvisSCoT: adopted 20 April 2025 by the plenary, 24 for, 2 against, 3 abstentions; recommendation 1 not
        // taken (with a reply), 2 pending; neither follow-up made public.
        assertEquals("CDD.Contributions.AvisSCoT", scot.path("identifiant").asText());
        assertEquals("consultation_obligatoire", scot.path("origine").asText());
        assertEquals("pleniere", scot.path("instance_adoption").asText());
        assertEquals(24, scot.path("votes_pour").asInt());
        assertEquals(2, scot.path("recommandations").asInt());
        assertEquals(2, scot.path("suivi_non_publie").asInt());
        assertEquals("https://cdd.example.org/xwiki/bin/view/CDD/Public/Opinions/AvisSCoT", scot.path("url").asText());
        assertEquals(1, texts.get(0).path("non_retenues").asInt(), "AvisMobilite's public follow-up");
    }

    @Test
    void noFileHoldsAPersonAndABadRequestIsAnswered() throws Exception
    {
        for (String dataset : List.of("saisines", "avis")) {
            for (String format : List.of("csv", "json", "schema")) {
                String text = file(dataset, format);
                for (String personal : List.of(PRIVATE_REQUESTER, PRIVATE_QUESTION, "@exemple.fr", "XWiki.",
                    "CDD.Members", "Membre M")) {
                    assertFalse(text.contains(personal), dataset + "." + format + " holds " + personal);
                }
            }
        }
        String unknown = file("membres", "csv");
        assertEquals("text/plain", this.scenario.getContentType());
        assertTrue(unknown.startsWith("Jeu de données ou format inconnu"), unknown);
        assertTrue(file("saisines", "xlsx").startsWith("Jeu de données ou format inconnu"));

        Document index = this.renderer.render(page("CDD.Public.Data"));
        assertTranslated(index);
        assertEquals(9, index.select(".cdd-public-dataset a[href*=DataFile]").size());
        assertEquals(List.of("Saisines du conseil de développement", "Textes publiés par le conseil de développement",
            "Indicateurs du conseil de développement"), index.select(".cdd-public-dataset h2").eachText());
        this.scenario.setLocale(Locale.ENGLISH);
        JsonNode english = new ObjectMapper().readTree(file("avis", "schema"));
        assertEquals("Texts published by the development council", english.path("title").asText());
        assertEquals("Votes for", english.path("fields").get(9).path("title").asText());
    }

    /** Checks rows against a Table Schema: every column, its type, required values, allowed values, unique keys. */
    static List<String> validate(JsonNode schema, JsonNode rows)
    {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String primaryKey = schema.path("primaryKey").asText();
        for (JsonNode row : rows) {
            if (row.size() != schema.path("fields").size()) {
                problems.add("columns: " + row);
            }
            for (JsonNode field : schema.path("fields")) {
                String name = field.path("name").asText();
                JsonNode value = row.get(name);
                JsonNode constraints = field.path("constraints");
                if (value == null || value.isNull()) {
                    if (constraints.path("required").asBoolean()) {
                        problems.add(name + " required: " + row);
                    }
                    continue;
                }
                problems.addAll(typeProblems(field.path("type").asText(), name, value));
                if (constraints.has("enum") && !constraints.path("enum").toString().contains("\"" + value.asText()
                    + "\"")) {
                    problems.add(name + " not allowed: " + value);
                }
            }
            if (!keys.add(row.path(primaryKey).asText())) {
                problems.add("duplicate key " + row.path(primaryKey));
            }
        }
        return problems;
    }

    private static List<String> typeProblems(String type, String name, JsonNode value)
    {
        boolean ok = switch (type) {
            case "integer" -> value.isInt();
            case "number" -> value.isNumber();
            case "date" -> value.isTextual() && parses(value.asText());
            default -> value.isTextual();
        };
        return ok ? List.of() : List.of(name + " is not a " + type + ": " + value);
    }

    private static boolean parses(String date)
    {
        try {
            LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
