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
package org.xwiki.contrib.cdd.publication;

import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;

/**
 * The column names shared by the datasets, and the French code of each of the application's ids in them.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class OpenCodes
{
    /** The identifier column. */
    static final String ID = "identifiant";

    /** The title column. */
    static final String TITLE = "titre";

    /** The themes column. */
    static final String THEMES = "themes";

    /** The working group column. */
    static final String GROUP = "groupe_de_travail";

    /** The application's ids and the codes of the datasets. */
    static final Map<String, String> CODES = Map.ofEntries(Map.entry(SaisineClass.MANDATORY,
        "consultation_obligatoire"), Map.entry(SaisineClass.OPTIONAL, "saisine_facultative"),
        Map.entry(SaisineClass.SELF, "autosaisine"), Map.entry(LibraryFilter.NO_REFERRAL, "initiative_du_conseil"),
        Map.entry(WorkflowStates.RECEIVED, "recue"), Map.entry(WorkflowStates.ACCEPTED, "acceptee"),
        Map.entry(WorkflowStates.IN_PROGRESS, "en_cours"), Map.entry(WorkflowStates.OPINION_ADOPTED, "avis_adopte"),
        Map.entry(WorkflowStates.TRANSMITTED, "transmise"), Map.entry(WorkflowStates.ANSWERED, "repondue"),
        Map.entry(WorkflowStates.CLOSED, "close"), Map.entry(WorkflowStates.DECLINED, "declinee"),
        Map.entry(ContributionClass.OPINION, "avis"), Map.entry(ContributionClass.CONTRIBUTION, "contribution"),
        Map.entry(ContributionClass.NOTE, "note"), Map.entry(ContributionClass.REPORT, "rapport"),
        Map.entry(ContributionClass.PLENARY, "pleniere"), Map.entry(ContributionClass.BUREAU, "bureau"),
        Map.entry(MeetingClass.GROUP_MEETING, GROUP), Map.entry(MeetingClass.PUBLIC_EVENT,
        "evenement_public"), Map.entry(WorkflowStates.DRAFT, "brouillon"), Map.entry(WorkflowStates.IN_REVIEW,
        "en_relecture"), Map.entry(WorkflowStates.ADOPTED, "adoptee"), Map.entry(WorkflowStates.PUBLISHED,
        "publiee"), Map.entry(WorkflowStates.ARCHIVED, "archivee"), Map.entry(WorkflowStates.PENDING, "en_attente"),
        Map.entry(WorkflowStates.TAKEN_INTO_ACCOUNT, "prise_en_compte"), Map.entry(WorkflowStates.PARTLY,
        "prise_en_compte_en_partie"), Map.entry(WorkflowStates.NOT_TAKEN, "non_retenue"));

    private OpenCodes()
    {
    }

    /**
     * @param ids some of the application's ids
     * @return their codes, in the same order
     */
    static List<String> codes(List<String> ids)
    {
        return ids.stream().map(CODES::get).toList();
    }
}
