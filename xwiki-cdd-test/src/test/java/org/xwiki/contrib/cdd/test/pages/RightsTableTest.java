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
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.standin.RightsEvaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may view and edit what, as the platform decides it from the rights objects of the XAR: the expected answers
 * are the README's rights table, written out for every space of the application.
 *
 * @version $Id$
 */
class RightsTableTest extends AbstractPageTest
{
    private static final String MEMBERS = "CDD.Code.MembersGroup";

    private static final String REFERENTS = "CDD.Code.ReferentsGroup";

    private static final String ANIMATORS = "CDD.Code.AnimatorsGroup";

    private static final List<String> PEOPLE = List.of("guest", "member", "referent", "animator", "administrator");

    /** A page, and the people (by the order of {@link #PEOPLE}) who may view it and who may edit it. */
    private record Expected(String page, String view, String edit)
    {
    }

    // "-" no, "v"/"e" yes, per person: guest, member, referent, animator, administrator.
    private static final List<Expected> TABLE = List.of(
        // The council's home and the space homes hold scripts: administrators alone edit them. The home shows guests
        // the public space.
        new Expected("CDD.WebHome", "vvvvv", "----e"),
        // The public space: read by everyone, written by the workflow service (an administrator's script) alone.
        new Expected("CDD.Public.WebHome", "vvvvv", "----e"),
        new Expected("CDD.Public.Opinions.AvisPCAET", "vvvvv", "----e"),
        new Expected("CDD.Public.Feed", "vvvvv", "----e"),
        new Expected("CDD.Code.PublicationSheet", "vvvvv", "----e"),
        new Expected("CDD.Saisines.WebHome", "-vvvv", "----e"),
        new Expected("CDD.Groups.WebHome", "-vvvv", "----e"),
        new Expected("CDD.Tools.WebHome", "-vvvv", "----e"),
        // The council's records: the three groups work on them.
        new Expected("CDD.Saisines.PLUi", "-vvvv", "-eeee"),
        new Expected("CDD.Groups.Mobilite.WebHome", "-vvvv", "-eeee"),
        new Expected("CDD.Meetings.Mobilite.Reunion1", "-vvvv", "-eeee"),
        new Expected("CDD.Contributions.AvisPCAET", "-vvvv", "-eeee"),
        new Expected("CDD.Resources.Mobilite.Enquete", "-vvvv", "-eeee"),
        new Expected("CDD.Toolbox.WorldCafe", "-vvvv", "-eeee"),
        new Expected("CDD.Tutorials.CompteRendu", "-vvvv", "-eeee"),
        new Expected("CDD.Tools.Needs", "-vvvv", "-eeee"),
        new Expected("CDD.Charter.WebHome", "-vvvv", "-eeee"),
        // The technical pages: readable by the council, written by administrators; the settings by animators too.
        new Expected("CDD.Code.SaisineSheet", "-vvvv", "----e"),
        new Expected("CDD.Code.Configuration", "-vvvv", "---ee"),
        // Member pages: animators write them; private data: animators only.
        new Expected("CDD.Members.CamilleMartin", "-vvvv", "---ee"),
        new Expected("CDD.Members.Private.CamilleMartin", "---vv", "---ee"),
        // Outside the application, the wiki's own rules (none here) apply.
        new Expected("Sandbox.WebHome", "vvvvv", "-eeee"));

    static Stream<Arguments> cells()
    {
        List<Arguments> cells = new ArrayList<>();
        for (Expected expected : TABLE) {
            for (int person = 0; person < PEOPLE.size(); person++) {
                cells.add(Arguments.of(expected.page(), PEOPLE.get(person), "view",
                    expected.view().charAt(person) != '-'));
                cells.add(Arguments.of(expected.page(), PEOPLE.get(person), "edit",
                    expected.edit().charAt(person) != '-'));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{1} {2} {0}: {3}")
    @MethodSource("cells")
    void everyoneHasTheRightsTheReadmePromises(String page, String person, String right, boolean expected)
    {
        as(person);

        assertEquals(expected, this.scenario.hasRight(right, page));
    }

    @Test
    void aPageRuleNamingTheUserBeatsTheRuleOfTheirGroupAtTheSameLevel()
    {
        this.scenario.addPage(SamplePages.withObjects("CDD.Saisines.Secret", "Secret", List.of(
            new PageObject("XWiki.XWikiRights", 0, null, Map.of("levels", "view", "groups", MEMBERS, "users", "",
                "allow", "0")),
            new PageObject("XWiki.XWikiRights", 1, null, Map.of("levels", "view", "groups", "", "users",
                "XWiki.Camille", "allow", "1")))));
        as("member");

        assertTrue(this.scenario.hasRight("view", "CDD.Saisines.Secret"), "the user's own rule wins");
        assertFalse(this.scenario.hasRight("view", "XWiki.Dominique", "CDD.Saisines.Secret"),
            "another member is denied by the group's rule");
    }

    @Test
    void aGroupInAGroupGivesItsMembersTheRightsOfBoth()
    {
        this.scenario.addPage(SamplePages.withObjects("CDD.Code.BureauGroup", "Bureau", List.of(
            new PageObject("XWiki.XWikiGroups", 0, null, Map.of("member", "XWiki.Camille")))));
        this.scenario.addPage(SamplePages.withObjects(ANIMATORS, "Animateurs", List.of(
            new PageObject("XWiki.XWikiGroups", 0, null, Map.of("member", "CDD.Code.BureauGroup")))));

        assertTrue(this.scenario.hasRight("edit", "CDD.Members.Private.CamilleMartin"));
        assertFalse(this.scenario.hasRight("edit", "XWiki.Dominique", "CDD.Members.Private.CamilleMartin"));
    }

    @Test
    void aDenialAtPageLevelBeatsAnAllowanceOfTheSameGroupButNotTheAdministratorsRight()
    {
        this.scenario.addPage(SamplePages.withObjects("CDD.Saisines.Closed", "Closed", List.of(
            new PageObject("XWiki.XWikiRights", 0, null, Map.of("levels", "view,edit", "groups", MEMBERS + ","
                + RightsEvaluator.ADMIN_GROUP, "users", "", "allow", "0")),
            new PageObject("XWiki.XWikiRights", 1, null, Map.of("levels", "view", "groups", MEMBERS, "users", "",
                "allow", "1")))));
        as("member");
        assertFalse(this.scenario.hasRight("view", "CDD.Saisines.Closed"), "deny beats allow at one level");

        as("administrator");
        assertTrue(this.scenario.hasRight("view", "CDD.Saisines.Closed"),
            "admin right on the wiki cannot be denied below");
    }

    private void as(String person)
    {
        this.scenario.setAdmin(false);
        this.scenario.setUser("guest".equals(person) ? null : "XWiki.Camille");
        switch (person) {
            case "member" -> this.scenario.setGroups(MEMBERS);
            case "referent" -> this.scenario.setGroups(REFERENTS);
            case "animator" -> this.scenario.setGroups(ANIMATORS);
            case "administrator" -> {
                this.scenario.setGroups();
                this.scenario.setAdmin(true);
            }
            default -> this.scenario.setGroups();
        }
    }
}
