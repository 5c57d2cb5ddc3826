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
package org.xwiki.contrib.cdd.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.contrib.cdd.workflow.Transition;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/architecture.md prints the workflow tables, the entities and the indicators: it must say what the code does.
 *
 * @version $Id$
 */
class DocsMatchCodeTest
{
    private static String architecture() throws Exception
    {
        return Files.readString(Path.of(System.getProperty(AbstractPageTest.XAR_PROPERTY)).getParent().getParent()
            .getParent().resolve("docs/architecture.md"));
    }

    @Test
    void everyMoveOfEveryWorkflowIsDocumentedWithItsRole() throws Exception
    {
        String docs = architecture();
        List<String> missing = new ArrayList<>();
        for (WorkflowDefinition workflow : CouncilWorkflows.ALL.values()) {
            // The follow-up moves are documented grouped, three answers at a time.
            if (!RecommendationClass.ID.equals(workflow.id())) {
                for (Transition move : workflow.transitions()) {
                    String row = "| `" + move.from() + "` → `" + move.to() + "` | " + move.role().id() + " |";
                    if (!docs.contains(row)) {
                        missing.add(workflow.id() + ": " + row);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEntityAndIndicatorIsDocumented() throws Exception
    {
        String docs = architecture();
        List<String> missing = new ArrayList<>();
        for (EntityDefinition entity : Entities.ALL) {
            if (!docs.contains("`" + entity.classReference() + "`")) {
                missing.add(entity.classReference());
            }
        }
        for (String indicator : IndicatorCalculator.ALL) {
            if (!docs.contains("| `" + indicator + "` |")) {
                missing.add(indicator);
            }
        }
        assertEquals(List.of(), missing);
    }
}
