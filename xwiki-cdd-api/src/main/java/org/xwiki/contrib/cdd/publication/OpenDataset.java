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
import java.util.Optional;

import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.stability.Unstable;

/**
 * The datasets the council publishes under the Licence Ouverte / Etalab 2.0. Codes are French, as the national portal
 * expects; {@link #code} turns the application's ids into them. No column holds a person: no author, no requester, no
 * free text a member typed about someone (the question of a referral, a reason to decline it), and no count of
 * {@value SmallCounts#THRESHOLD} people or fewer.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public enum OpenDataset
{
    /** The referrals the council received, and its self-referrals. */
    REFERRALS("saisines", List.of(new OpenField(OpenCodes.ID, OpenField.STRING, true, List.of()),
        OpenField.of(OpenCodes.TITLE, OpenField.STRING),
        new OpenField("nature", OpenField.STRING, true, OpenCodes.codes(List.of(SaisineClass.MANDATORY,
            SaisineClass.OPTIONAL, SaisineClass.SELF))),
        OpenField.of("organe_demandeur", OpenField.STRING), OpenField.of(OpenCodes.THEMES, OpenField.STRING),
        OpenField.of("date_reception", OpenField.DATE), OpenField.of("date_echeance", OpenField.DATE),
        new OpenField("etat", OpenField.STRING, true, OpenCodes.codes(WorkflowStates.SAISINE_STATES)),
        OpenField.of(OpenCodes.GROUP, OpenField.STRING), OpenField.of("date_transmission", OpenField.DATE),
        OpenField.of("transmise_a", OpenField.STRING))),

    /** The texts the council adopted and published: opinions, contributions, notes, reports. */
    TEXTS("avis", List.of(new OpenField(OpenCodes.ID, OpenField.STRING, true, List.of()),
        OpenField.of(OpenCodes.TITLE, OpenField.STRING),
        new OpenField("type", OpenField.STRING, true, OpenCodes.codes(List.of(ContributionClass.OPINION,
            ContributionClass.CONTRIBUTION, ContributionClass.NOTE, ContributionClass.REPORT))),
        OpenField.of(OpenCodes.THEMES, OpenField.STRING),
        new OpenField("origine", OpenField.STRING, true, OpenCodes.codes(List.of(SaisineClass.MANDATORY,
            SaisineClass.OPTIONAL, SaisineClass.SELF, LibraryFilter.NO_REFERRAL))),
        OpenField.of("saisine", OpenField.STRING), OpenField.of(OpenCodes.GROUP, OpenField.STRING),
        new OpenField("instance_adoption", OpenField.STRING, false, OpenCodes.codes(List.of(
            ContributionClass.PLENARY, ContributionClass.BUREAU))),
        OpenField.of("date_adoption", OpenField.DATE), OpenField.of("votes_pour", OpenField.INTEGER),
        OpenField.of("votes_contre", OpenField.INTEGER), OpenField.of("abstentions", OpenField.INTEGER),
        OpenField.of("transmis_a", OpenField.STRING), OpenField.of("resume", OpenField.STRING),
        OpenField.of("date_publication", OpenField.DATE), OpenField.of("recommandations", OpenField.INTEGER),
        OpenField.of("prises_en_compte", OpenField.INTEGER),
        OpenField.of("prises_en_compte_en_partie", OpenField.INTEGER),
        OpenField.of("non_retenues", OpenField.INTEGER), OpenField.of("en_attente", OpenField.INTEGER),
        OpenField.of("suivi_non_publie", OpenField.INTEGER), OpenField.of("url", OpenField.STRING))),

    /**
     * The figures of the activity reports the council published: the self-evaluation indicators and the council's
     * composition, frozen when the bureau validated each report; a count of people only above
     * {@value SmallCounts#THRESHOLD} ({@link SmallCounts}).
     */
    INDICATORS("indicateurs", List.of(new OpenField(OpenCodes.ID, OpenField.STRING, true, List.of()),
        new OpenField("annee", OpenField.INTEGER, true, List.of()),
        new OpenField("indicateur", OpenField.STRING, true, List.copyOf(OpenIndicators.CODES.values())),
        OpenField.of("categorie", OpenField.STRING), OpenField.of("valeur", OpenField.NUMBER),
        new OpenField("unite", OpenField.STRING, true, List.copyOf(OpenIndicators.UNITS.values())),
        new OpenField("diffusion", OpenField.STRING, true, OpenIndicators.DIFFUSION)));

    /** Several values in one cell are joined with this separator. */
    public static final String SEPARATOR = " | ";

    private final String fileName;

    private final List<OpenField> fields;

    OpenDataset(String fileName, List<OpenField> fields)
    {
        this.fileName = fileName;
        this.fields = fields;
    }

    /**
     * @return the dataset's name in its URLs and files ({@code saisines}, {@code avis})
     */
    public String fileName()
    {
        return this.fileName;
    }

    /**
     * @return its columns, in order
     */
    public List<OpenField> fields()
    {
        return this.fields;
    }

    /**
     * @param name a dataset's {@link #fileName()}
     * @return that dataset
     */
    public static Optional<OpenDataset> named(String name)
    {
        for (OpenDataset dataset : values()) {
            if (dataset.fileName.equals(name)) {
                return Optional.of(dataset);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id one of the application's ids (a kind, a state, a type, a body)
     * @return its code in the datasets; empty for an empty or unknown id
     */
    public static String code(String id)
    {
        return id == null ? "" : OpenCodes.CODES.getOrDefault(id, "");
    }
}
