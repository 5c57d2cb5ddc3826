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
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.privacy.PrivateDataRules;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 2: a member downloads everything the council holds about them (their right of access), as JSON and
 * CSV; an animator may do it for anyone, another member may not. The fictional council's M1 (the test's default user,
 * XWiki.Camille): in two working groups, present at three meetings, owner of three actions, with private data.
 *
 * @version $Id$
 */
class MemberDataExportTest extends AbstractPageTest
{
    private static final String M1 = "CDD.Members.M1";

    private static final List<String> LISTS = List.of("groupsAsMember", "groupsAsReferent", "meetingsExpected",
        "meetingsAttended", "meetingsExcused", "actions", "methodFeedback", "emailChoices", "calendarAddress");

    @BeforeEach
    void theFictionalCouncil()
    {
        this.scenario.setLocale(Locale.FRENCH);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.setUser(Scenario.DEFAULT_USER);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
    }

    private String export(String member, String format) throws Exception
    {
        this.scenario.getParameters().clear();
        this.scenario.getParameters().putAll(Map.of("member", member, "format", format, "outputSyntax", "plain"));
        this.scenario.setAction("get");
        this.renderer.render(page("CDD.Code.MemberDataExport"));
        this.scenario.setAction("view");
        this.scenario.getParameters().clear();
        return this.scenario.getResponseBody();
    }

    @Test
    void aMemberDownloadsEverythingTheCouncilHoldsAboutThem() throws Exception
    {
        JsonNode data = new ObjectMapper().readTree(export(M1, "json"));
        assertEquals("application/json", this.scenario.getContentType());
        // Complete: every property of the member page, every private field, every list, even empty.
        for (String property : MemberClass.DEFINITION.properties().keySet()) {
            assertTrue(data.path("member").has(property), property);
        }
        for (String field : PrivateDataRules.FIELDS) {
            assertTrue(data.path("privateData").has(field), field);
        }
        for (String list : LISTS) {
            assertTrue(data.path(list).isArray(), list);
        }
        assertEquals("Membre M1", data.path("member").path("title").asText());
        assertEquals("citizens", data.path("member").path("college").asText());
        assertEquals(Scenario.DEFAULT_USER, data.path("member").path("user").asText());
        assertEquals("f", data.path("privateData").path("gender").asText());
        assertEquals("15-29", data.path("privateData").path("ageClass").asText());
        assertEquals("m1@exemple.fr", data.path("privateData").path("email").asText());
        List<String> groups = new ArrayList<>();
        data.path("groupsAsMember").forEach(group -> groups.add(group.path("title").asText()));
        assertEquals(List.of("Eau", "Mobilité"), groups.stream().sorted().toList());
        List<String> meetings = new ArrayList<>();
        data.path("meetingsAttended").forEach(meeting -> meetings.add(meeting.path("page").asText()));
        assertEquals(List.of("CDD.Meetings.R1", "CDD.Meetings.R2", "CDD.Meetings.R3"), meetings.stream().sorted()
            .toList());
        assertEquals(3, data.path("actions").size());
        assertEquals("Action R1.", data.path("actions").get(0).path("description").asText());
        assertTrue(data.path("meetingsAttended").get(0).path("start").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*"));

        // The CSV holds the same values, one per line.
        List<CSVRecord> rows = OpenDataTest.csv(export(M1, "csv"));
        assertEquals("text/csv; header=present", this.scenario.getContentType());
        assertEquals(List.of("section", "item", "field", "value"), rows.get(0).getParser().getHeaderNames());
        assertEquals(leaves(data), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("privateData") && r.get("field").equals("email")
            && r.get("value").equals("m1@exemple.fr")));
    }

    private static int leaves(JsonNode node)
    {
        if (node.isObject() || node.isArray()) {
            int count = 0;
            for (JsonNode child : node) {
                count += leaves(child);
            }
            return count;
        }
        return 1;
    }

    @Test
    void onlyTheMemberAndTheAnimatorsMayDownloadIt() throws Exception
    {
        // Another member asks for M1's data.
        this.scenario.setUser("XWiki.M2");
        assertEquals("Seuls le membre lui-même et les animateurs du conseil peuvent télécharger ces données.",
            export(M1, "json"));
        assertEquals("text/plain", this.scenario.getContentType());
        Document sheet = this.renderer.render(this.scenario.storedPage(M1).orElseThrow(), page("CDD.Code.MemberSheet"));
        assertNull(sheet.selectFirst(".cdd-member-export"), "no link on another member's page");

        // An animator asks for it.
        this.scenario.setUser("XWiki.Animatrice");
        this.scenario.setGroups(CouncilRole.ANIMATORS_GROUP);
        assertEquals("m1@exemple.fr", new ObjectMapper().readTree(export(M1, "json")).path("privateData")
            .path("email").asText());
        assertTrue(export("XWiki.Camille", "json").startsWith("Seuls"), "not a member page");
        assertTrue(export(M1, "xml").startsWith("Format inconnu"));

        // The member sees the links on their own page, in French and English.
        this.scenario.setUser(Scenario.DEFAULT_USER);
        this.scenario.setGroups(CouncilRole.MEMBERS_GROUP);
        Document own = this.renderer.render(this.scenario.storedPage(M1).orElseThrow(), page("CDD.Code.MemberSheet"));
        assertNotNull(own.selectFirst(".cdd-member-export"));
        assertEquals(List.of("JSON", "CSV"), own.select(".cdd-member-export a").eachText());
        assertTrue(own.select(".cdd-member-export a").attr("href").contains("member=CDD.Members.M1"));
        assertTranslated(own);

        // A guest cannot reach the page at all.
        this.scenario.setUser(null);
        this.scenario.setGroups();
        assertFalse(this.scenario.hasRight("view", "CDD.Code.MemberDataExport"));
    }
}
