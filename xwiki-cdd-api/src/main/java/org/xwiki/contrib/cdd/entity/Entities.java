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
package org.xwiki.contrib.cdd.entity;

import java.util.List;
import java.util.Optional;

import org.xwiki.stability.Unstable;

/**
 * Every entity of the application, to look one up by id or class reference.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class Entities
{
    /** Every entity definition. */
    public static final List<EntityDefinition> ALL = List.of(GroupClass.DEFINITION, SaisineClass.DEFINITION,
        ContributionClass.DEFINITION, RecommendationClass.DEFINITION, MeetingClass.DEFINITION,
        ActionItemClass.DEFINITION, MemberClass.DEFINITION, MemberPrivateClass.DEFINITION, MethodClass.DEFINITION,
        MethodFeedbackClass.DEFINITION, TutorialClass.DEFINITION, ToolClass.DEFINITION, ResourceClass.DEFINITION,
        DossierClass.DEFINITION, NeedClass.DEFINITION, ArticleClass.DEFINITION, WorkflowStateClass.DEFINITION,
        DigestPreferenceClass.DEFINITION, DigestLogClass.DEFINITION, ReportClass.DEFINITION,
        ReportSnapshotClass.DEFINITION, PublicationClass.DEFINITION, CalendarTokenClass.DEFINITION,
        NewsletterLogClass.DEFINITION, PublicArticleClass.DEFINITION, PublicReportClass.DEFINITION,
        AccessibilityStatementClass.DEFINITION);

    /** Definitions of records joined from several classes, found by id only. */
    public static final List<EntityDefinition> JOINED = List.of(MemberPrivateClass.WITH_MEMBER);

    private Entities()
    {
    }

    /**
     * @param idOrClass an entity id ({@code saisine}) or class reference ({@code CDD.Code.SaisineClass})
     * @return its definition
     */
    public static Optional<EntityDefinition> find(String idOrClass)
    {
        Optional<EntityDefinition> entity =
            ALL.stream().filter(d -> d.id().equals(idOrClass) || d.classReference().equals(idOrClass)).findFirst();
        return entity.isPresent() ? entity : JOINED.stream().filter(d -> d.id().equals(idOrClass)).findFirst();
    }
}
