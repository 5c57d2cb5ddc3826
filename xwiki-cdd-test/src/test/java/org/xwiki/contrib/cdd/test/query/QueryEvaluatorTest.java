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
package org.xwiki.contrib.cdd.test.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.query.QueryEvaluator.Query;
import org.xwiki.contrib.cdd.test.standin.StandInDocumentReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness's query semantics, each as XWiki's XWQL translator and HSQLDB give it (docs/harness.md): the rules the
 * page tests rely on, so that loosening one fails here.
 *
 * @version $Id$
 */
class QueryEvaluatorTest extends AbstractPageTest
{
    private static final String METHODS = "select doc.fullName, method.objectives from Document doc, "
        + "doc.object(CDD.Code.MethodClass) as method where doc.space = 'CDD.Test' order by doc.fullName";

    @BeforeEach
    void methods()
    {
        method("A", "ideation|debate");
        method("B", "");
        method("C", "debate");
    }

    private void method(String name, String objectives)
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Test." + name, name,
            MethodClass.REFERENCE, MethodClass.OBJECTIVES, objectives));
    }

    private List<?> run(String statement, Map<String, ?> values, String... filters)
    {
        return this.scenario.run(new Query(statement, values, new java.util.LinkedHashSet<>(Arrays.asList(filters)),
            0, 0));
    }

    private static List<String> rows(List<?> rows)
    {
        return rows.stream().map(r -> r instanceof Object[] cells ? Arrays.toString(cells) : String.valueOf(r))
            .toList();
    }

    @Test
    void aSelectedMultiValuedListGivesOneRowPerValueAndDropsAnEmptyList()
    {
        assertEquals(List.of("[CDD.Test.A, debate]", "[CDD.Test.A, ideation]", "[CDD.Test.C, debate]"),
            rows(run(METHODS + ", method.objectives", Map.of())));
    }

    @Test
    void memberOfKeepsOneRowPerValueOfAMatchingObjectUnlessDistinct()
    {
        String statement = "select doc.fullName from Document doc, doc.object(CDD.Code.MethodClass) as method where "
            + "doc.space = 'CDD.Test' and :objective member of method.objectives order by doc.fullName";

        assertEquals(List.of("CDD.Test.A", "CDD.Test.A", "CDD.Test.C"), run(statement, Map.of("objective", "debate")));
        assertEquals(List.of("CDD.Test.A", "CDD.Test.C"), run(statement, Map.of("objective", "debate"), "unique"));
    }

    @Test
    void aTranslatedPageComesOncePerLanguageUnlessTheQuerySaysTranslationZero()
    {
        XarPage english = page("CDD.Toolbox.WorldCafe");
        assertTrue(applicationPages().page(english.reference(), "fr").isPresent());
        String statement = "select doc.fullName from Document doc, doc.object(CDD.Code.MethodClass) as method "
            + "where doc.fullName = :page";

        assertEquals(2, run(statement, Map.of("page", english.reference())).size());
        assertEquals(1, run(statement + " and doc.translation = 0", Map.of("page", english.reference())).size());
    }

    @Test
    void shortFormsSelectThePageNameAndTheHiddenFilterDropsHiddenPages()
    {
        List<?> all = run("where doc.space = 'CDD.Code' and doc.translation = 0", Map.of());
        List<?> visible = run("where doc.space = 'CDD.Code' and doc.translation = 0", Map.of(), "hidden");

        assertTrue(all.contains("CDD.Code.MethodSheet"), all.toString());
        assertEquals(List.of(), visible, "every technical page is hidden");
        assertEquals(List.of("CDD.Test.A", "CDD.Test.C"), run("from doc.object(CDD.Code.MethodClass) as method "
            + "where :objective member of method.objectives and doc.space = 'CDD.Test' order by doc.fullName",
            Map.of("objective", "debate"), "unique"));
    }

    @Test
    void theDocumentFilterGivesReferencesAndViewableKeepsThoseTheUserMayView()
    {
        this.scenario.addPage(SamplePages.withObject(applicationPages(), "CDD.Groups.Ouvert.WebHome", "Ouvert",
            GroupClass.REFERENCE, GroupClass.STATUS, "active"));
        String statement = "select doc.fullName, doc.title from Document doc, doc.object(CDD.Code.GroupClass) as g "
            + "where doc.space like 'CDD.Groups.%'";

        List<?> references = run(statement, Map.of(), "document");
        assertEquals(new StandInDocumentReference("CDD.Groups.Ouvert.WebHome"), ((Object[]) references.get(0))[0]);
        assertEquals(List.of(), run(statement, Map.of(), "document", "viewable"), "no view right granted");
        this.scenario.setGroups("CDD.Code.MembersGroup");
        assertEquals(1, run(statement, Map.of(), "document", "viewable").size());
        assertEquals(List.of(), run(statement, Map.of(), "viewable"), "viewable needs references first");
    }

    @Test
    void whatTheDatabaseOrXwikiWouldRefuseFailsWithTheStatement()
    {
        String in = "select doc.fullName from Document doc where doc.fullName in (:pages)";
        AssertionError empty = assertThrows(AssertionError.class, () -> run(in, Map.of("pages", List.of())));
        assertTrue(empty.getMessage().contains("empty list"), empty.getMessage());
        AssertionError like = assertThrows(AssertionError.class, () -> run("select doc.fullName from Document doc, "
            + "doc.object(CDD.Code.MethodClass) as m where m.objectives like '%a%'", Map.of()));
        assertTrue(like.getMessage().contains("undefined"), like.getMessage());
        AssertionError unknown = assertThrows(AssertionError.class, () -> run("select doc.fullName from Document "
            + "doc, doc.object(CDD.Code.MethodClass) as m where m.colour = 'red'", Map.of()));
        assertTrue(unknown.getMessage().contains("has no property colour"), unknown.getMessage());
        AssertionError hql = assertThrows(AssertionError.class, () -> run("select o.name from BaseObject o",
            Map.of()));
        assertTrue(hql.getMessage().contains("select o.name from BaseObject o"), hql.getMessage());
    }
}
