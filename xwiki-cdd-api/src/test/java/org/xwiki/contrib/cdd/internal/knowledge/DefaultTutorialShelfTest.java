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
package org.xwiki.contrib.cdd.internal.knowledge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.internal.entity.DefaultRecordReader;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;
import org.xwiki.contrib.cdd.knowledge.AudienceShelf;
import org.xwiki.contrib.cdd.knowledge.ReviewSchedule;
import org.xwiki.contrib.cdd.knowledge.ToolShelf;
import org.xwiki.contrib.cdd.knowledge.TutorialCard;
import org.xwiki.contrib.cdd.knowledge.TutorialItem;
import org.xwiki.contrib.cdd.knowledge.TutorialQuestion;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/**
 * Validates {@link DefaultTutorialShelf}: who sees which tutorial, the filters, the grouping.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultTutorialShelfTest
{
    private static final String ALICE = "XWiki.alice";

    private static final String OLD_REVIEW = "2024-01-10";

    @InjectMockComponents
    private DefaultTutorialShelf shelf;

    @MockComponent
    private ReviewSchedule reviewSchedule;

    private final Map<String, String> toolTitles = Map.of("CDD.Tools.Visio", "Visio (BigBlueButton)");

    private final List<TutorialItem> tutorials = List.of(
        tutorial("Minutes", "Écrire le compte rendu", "", "member|referent", "beginner", "", "published", "2026-09-01"),
        tutorial("JoinGroup", "Rejoindre un groupe de travail", "", "member", "beginner", "", "published", OLD_REVIEW),
        tutorial("Visio", "Animer une réunion en visio", ALICE, "animator", "intermediate", "CDD.Tools.Visio",
            "draft", ""),
        tutorial("Poll", "Créer un sondage", "XWiki.bob", "", "", "", "draft", ""),
        tutorial("Framadate", "Proposer des dates", "", "referent", "beginner", "", "published", "2026-10-01"));

    private static TutorialItem tutorial(String name, String title, String creator, String audience, String level,
        String tool, String status, String lastReviewed)
    {
        Map<String, Object> values = new HashMap<>();
        values.put(TutorialClass.AUDIENCE, audience);
        values.put(TutorialClass.LEVEL, level);
        values.put(TutorialClass.TOOL, tool);
        values.put(TutorialClass.TOOL_NAME, "Framadate".equals(name) ? "Framadate" : "");
        values.put(TutorialClass.STATUS, status);
        values.put(TutorialClass.LAST_REVIEWED, lastReviewed);
        return new TutorialItem(new DefaultRecordReader(new TestClockProvider()).read(TutorialClass.DEFINITION, "CDD.Tutorials." + name,
            values).record(), title, creator);
    }

    @BeforeEach
    void reviews()
    {
        when(this.reviewSchedule.needsReview(any(), anyInt())).thenReturn(false);
        when(this.reviewSchedule.needsReview(eq(LocalDate.parse(OLD_REVIEW)), eq(6))).thenReturn(true);
    }

    private List<AudienceShelf> arrange(String text, String audience, String level, String user, boolean animator)
    {
        return this.shelf.arrange(this.tutorials, this.toolTitles,
            new TutorialQuestion(text, audience, level, 6, user, animator));
    }

    // audience / tool label: page names, for short assertions
    private static Map<String, List<String>> layout(List<AudienceShelf> shelves)
    {
        Map<String, List<String>> layout = new java.util.LinkedHashMap<>();
        for (AudienceShelf audience : shelves) {
            for (ToolShelf tool : audience.tools()) {
                layout.put(audience.audience() + '/' + tool.label(), tool.tutorials().stream()
                    .map(card -> card.page().substring("CDD.Tutorials.".length())).toList());
            }
        }
        return layout;
    }

    @Test
    void aMemberSeesPublishedTutorialsByAudienceThenTool()
    {
        Map<String, List<String>> layout = layout(arrange("", "", "", "XWiki.carol", false));

        assertEquals(List.of("member/", "referent/", "referent/Framadate"), List.copyOf(layout.keySet()),
            "audiences in the class order, no tool before named tools");
        assertEquals(List.of("Minutes", "JoinGroup"), layout.get("member/"), "by title, accents folded: É < R");
        assertEquals(List.of("Minutes"), layout.get("referent/"), "a tutorial for two audiences is under both");
    }

    @Test
    void draftsAreShownToTheirCreatorAndToAnimatorsOnly()
    {
        Map<String, List<String>> alice = layout(arrange("", "", "", "xwiki:XWiki.alice", false));
        assertEquals(List.of("Visio"), alice.get("animator/Visio (BigBlueButton)"),
            "her own draft, whatever the wiki prefix");
        assertFalse(alice.containsKey("/"), "not Bob's draft");

        Map<String, List<String>> animator = layout(arrange("", "", "", "XWiki.dan", true));
        assertEquals(List.of("Poll"), animator.get("/"), "a draft without audience yet is sorted last");
        assertEquals(List.of("member/", "referent/", "referent/Framadate", "animator/Visio (BigBlueButton)", "/"),
            List.copyOf(animator.keySet()));
        TutorialCard visio = arrange("", "animator", "", "XWiki.dan", true).get(0).tools().get(0).tutorials().get(0);
        assertTrue(visio.draft());
        assertFalse(visio.needsReview(), "a draft is not reviewed, it is finished");
    }

    @Test
    void needsReviewComesFromTheSchedule()
    {
        List<TutorialCard> member = arrange("", "member", "", "", false).get(0).tools().get(0).tutorials();
        assertEquals(List.of(false, true), member.stream().map(TutorialCard::needsReview).toList());
        assertEquals(LocalDate.parse(OLD_REVIEW), member.get(1).lastReviewed());
    }

    @Test
    void filters()
    {
        assertEquals(Map.of("member/", List.of("JoinGroup")), layout(arrange("groupe REJOINDRE", "", "", "", false)),
            "every word, any case, in any order");
        assertEquals(Map.of("member/", List.of("Minutes"), "referent/", List.of("Minutes")),
            layout(arrange("ecrire", "", "", "", false)), "accents do not matter");
        assertEquals(Map.of("referent/Framadate", List.of("Framadate")), layout(arrange("framadate", "", "", "", false)),
            "the tool name is searched too");
        assertEquals(Map.of("animator/Visio (BigBlueButton)", List.of("Visio")),
            layout(arrange("bigbluebutton", "", "intermediate", "", true)), "the tool page's title too, and the level");
        assertEquals(List.of("referent/", "referent/Framadate"),
            List.copyOf(layout(arrange("", "referent", "beginner", "", false)).keySet()));
        assertTrue(arrange("nothing like this", "", "", "", true).isEmpty());
    }
}
