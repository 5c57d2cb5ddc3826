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
package org.xwiki.contrib.cdd.test.standin;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.MethodFeedbackClass;
import org.xwiki.contrib.cdd.entity.NeedClass;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.contrib.cdd.workflow.Transition;
import org.xwiki.contrib.cdd.workflow.WorkflowDefinition;

/**
 * A fixture page stands for a record as the wiki holds it after the workflow service moved its objects: its state
 * page of {@code CDD.States} (see {@link WorkflowStateClass}) holds each object's state that is not the initial one,
 * with the stamps the record shows, and its feedback on a method. A page saved through the save action or a script
 * gets none: that is the point.
 *
 * @version $Id$
 */
public final class FixtureStates
{
    /** The classes whose objects a service writes, signed, on state pages. */
    private static final List<String> SIGNED = List.of(MethodFeedbackClass.REFERENCE, NeedClass.REFERENCE);

    private FixtureStates()
    {
    }

    /**
     * @param record a fixture page
     * @param pages the application, for the state class
     * @return the state page the service would have written for it, empty when it has no moved object
     */
    public static Optional<XarPage> statePage(XarPage record, PageSet pages)
    {
        String statePage = WorkflowStateClass.statePage(record.reference());
        Optional<ClassDefinition> stateClass = pages.xclass(WorkflowStateClass.REFERENCE);
        if (statePage == null || record.isTranslation() || stateClass.isEmpty()) {
            return Optional.empty();
        }
        List<PageObject> states = new ArrayList<>();
        for (PageObject object : record.objects()) {
            for (WorkflowDefinition workflow : CouncilWorkflows.ALL.values()) {
                String status = object.values().get(workflow.statusProperty());
                if (object.className().equals(classOf(workflow)) && status != null
                    && workflow.states().contains(status) && !status.equals(workflow.initialState())) {
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put(WorkflowStateClass.RECORD, record.reference());
                    values.put(WorkflowStateClass.SLOT, WorkflowStateClass.slot(workflow.id(), object.number()));
                    values.put(WorkflowStateClass.STATUS, status);
                    values.put(WorkflowStateClass.STAMPS, stamps(object, workflow));
                    states.add(new PageObject(WorkflowStateClass.REFERENCE, states.size(), stateClass.get(), values));
                }
            }
        }
        // Feedback on a fixture method and needs on the fixture needs page stand for those given through
        // CDD.Code.FeedbackService and CDD.Code.NeedService: on the state page.
        for (PageObject object : record.objects()) {
            if (SIGNED.contains(object.className())) {
                states.add(new PageObject(object.className(), object.number(), object.classDefinition(), object.values()));
            }
        }
        if (states.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new XarPage(statePage.replace('.', '/') + ".xml", statePage, "", "", "", "xwiki/2.1",
            true, "", 1, 1, null, List.copyOf(states), null));
    }

    private static String classOf(WorkflowDefinition workflow)
    {
        return Entities.find(workflow.entity()).map(EntityDefinition::classReference).orElse("");
    }

    private static String stamps(PageObject object, WorkflowDefinition workflow)
    {
        StringBuilder text = new StringBuilder();
        workflow.transitions().stream().map(Transition::stampedDates).flatMap(List::stream).distinct().sorted()
            .forEach(name -> {
                String raw = object.values().get(name);
                PropertyDefinition property = object.classDefinition() == null ? null
                    : object.classDefinition().properties().get(name);
                if (raw != null && !raw.isBlank() && property != null
                    && StandInValues.typed(property, raw) instanceof Date date) {
                    text.append(name).append('=').append(date.toInstant()).append('\n');
                }
            });
        return text.toString();
    }
}
