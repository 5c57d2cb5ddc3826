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
package org.xwiki.contrib.cdd.script;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.internal.calendar.SystemClockProvider;
import org.xwiki.contrib.cdd.publication.OpenDataset;
import org.xwiki.contrib.cdd.publication.OpenRows;
import org.xwiki.script.service.ScriptService;
import org.xwiki.test.annotation.AllComponents;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data files: CSV as RFC 4180 writes it, JSON with every column, a Table Schema for each dataset, and rows
 * that keep only the dataset's columns.
 *
 * @version $Id$
 */
@ComponentTest
@AllComponents(excludes = SystemClockProvider.class)
class OpenDataScriptServiceTest
{
    @InjectComponentManager
    private MockitoComponentManager componentManager;

    private OpenDataScriptService openData;

    @BeforeEach
    void setUp() throws Exception
    {
        this.componentManager.registerMemoryConfigurationSource();
        this.openData = (OpenDataScriptService) this.componentManager.<ScriptService>getInstance(ScriptService.class,
            OpenDataScriptService.HINT);
    }

    private static EntityRecord referral(String page, Map<String, Object> values)
    {
        return new EntityRecord(SaisineClass.DEFINITION, page, values);
    }

    @Test
    void referralsKeepOnlyTheirColumnsAndTheCsvQuotesWhatItMust()
    {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SaisineClass.KIND, "mandatory");
        values.put(SaisineClass.STATUS, "transmitted");
        values.put(SaisineClass.ORIGIN_BODY, "Conseil \"ACCM\", Arles");
        values.put(SaisineClass.THEMES, List.of("Eau", "Mobilité"));
        values.put(SaisineClass.RECEIVED_DATE, LocalDate.of(2026, 3, 2));
        values.put(SaisineClass.REQUESTER, "Mme Dupuis");
        values.put(SaisineClass.QUESTION, "Une question\nsur deux lignes");
        List<Map<String, Object>> rows = OpenRows.referrals(List.of(referral("CDD.Saisines.PLU", values),
            referral("CDD.Saisines.Unknown", Map.of(SaisineClass.KIND, "other", SaisineClass.STATUS, "received"))),
            Map.of("CDD.Saisines.PLU", "PLU, révision"));

        assertEquals(1, rows.size(), "a referral of an unknown kind is left out");
        String csv = this.openData.file(OpenDataset.REFERRALS, "csv", rows, "");
        assertEquals("identifiant,titre,nature,organe_demandeur,themes,date_reception,date_echeance,etat,"
            + "groupe_de_travail,date_transmission,transmise_a\r\n"
            + "CDD.Saisines.PLU,\"PLU, révision\",consultation_obligatoire,\"Conseil \"\"ACCM\"\", Arles\","
            + "Eau | Mobilité,2026-03-02,,transmise,,,\r\n", csv);
        assertTrue(!csv.contains("Dupuis") && !csv.contains("question"), "no requester, no question");
    }

    @Test
    void theJsonHasEveryColumnAndTheSchemaDescribesThem() throws Exception
    {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(this.openData.file(OpenDataset.TEXTS, "json", List.of(Map.of("identifiant",
            "CDD.Contributions.A", "type", "avis", "origine", "autosaisine", "votes_pour", 12)), ""));
        assertEquals(OpenDataset.TEXTS.fields().size(), json.get(0).size());
        assertEquals(12, json.get(0).path("votes_pour").asInt());
        assertTrue(json.get(0).path("date_adoption").isNull());

        JsonNode schema = mapper.readTree(this.openData.file(OpenDataset.TEXTS, "schema", List.of(),
            "https://w.example/data.csv"));
        assertEquals("identifiant", schema.path("primaryKey").asText());
        assertEquals("https://w.example/data.csv", schema.path("path").asText());
        assertEquals(OpenDataset.TEXTS.fields().size(), schema.path("fields").size());
        assertTrue(schema.path("fields").get(0).path("constraints").path("unique").asBoolean());
        assertEquals("[\"avis\",\"contribution\",\"note\",\"rapport\"]",
            schema.path("fields").get(2).path("constraints").path("enum").toString());

        assertNull(this.openData.file(OpenDataset.TEXTS, "xlsx", List.of(), ""));
        assertNull(this.openData.file("avis", "csv", List.of(), ""), "a dataset, not its name");
        assertEquals(OpenDataset.TEXTS, this.openData.dataset("avis"));
        assertNull(this.openData.dataset("membres"));
    }
}
