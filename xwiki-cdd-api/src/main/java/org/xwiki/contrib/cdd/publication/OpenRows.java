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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.stability.Unstable;

/**
 * The rows of the open datasets, from the council's referrals and from the public copies of its texts: only the
 * columns {@link OpenDataset} names, so no person and no free text about one.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class OpenRows
{
    private static final String ID = OpenCodes.ID;

    private static final String TITLE = OpenCodes.TITLE;

    private static final String THEMES = OpenCodes.THEMES;

    private static final String GROUP = OpenCodes.GROUP;

    private OpenRows()
    {
    }

    /**
     * @param records the referrals, with the state the workflow service confirmed
     * @param titles the title of each referral and group, by page
     * @return one row per referral whose kind and state are known, in the order given
     */
    public static List<Map<String, Object>> referrals(List<EntityRecord> records, Map<String, String> titles)
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntityRecord referral : records) {
            String kind = OpenDataset.code(referral.string(SaisineClass.KIND));
            String state = OpenDataset.code(referral.string(SaisineClass.STATUS));
            if (kind.isEmpty() || state.isEmpty() || rows.size() >= OpenData.MAX_ROWS) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(ID, referral.page());
            row.put(TITLE, title(titles, referral.page()));
            row.put("nature", kind);
            row.put("organe_demandeur", referral.string(SaisineClass.ORIGIN_BODY));
            row.put(THEMES, String.join(OpenDataset.SEPARATOR, referral.strings(SaisineClass.THEMES)));
            row.put("date_reception", referral.date(SaisineClass.RECEIVED_DATE));
            row.put("date_echeance", referral.date(SaisineClass.DUE_DATE));
            row.put("etat", state);
            row.put(GROUP, title(titles, referral.string(SaisineClass.GROUP)));
            row.put("date_transmission", referral.date(SaisineClass.TRANSMITTED_DATE));
            row.put("transmise_a", String.join(OpenDataset.SEPARATOR, referral.strings(SaisineClass.TRANSMITTED_TO)));
            rows.add(row);
        }
        return rows;
    }

    /**
     * @param opinions the published texts, read from their public copies
     * @param urls the URL of each copy, by page: absolute, or relative to {@code base}
     * @param base the absolute URL relative ones are read from
     * @return one row per text whose type is known
     */
    public static List<Map<String, Object>> texts(List<PublishedOpinion> opinions, Map<String, String> urls,
        String base)
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PublishedOpinion text : opinions.stream().limit(OpenData.MAX_ROWS).toList()) {
            String type = OpenDataset.code(text.type());
            if (type.isEmpty()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(ID, text.record());
            row.put(TITLE, text.title());
            row.put("type", type);
            row.put(THEMES, String.join(OpenDataset.SEPARATOR, text.themes()));
            row.put("origine", OpenDataset.code(text.referralKind().isEmpty() ? LibraryFilter.NO_REFERRAL
                : text.referralKind()));
            row.put("saisine", text.referral());
            row.put(GROUP, text.group());
            row.put("instance_adoption", OpenDataset.code(text.adoptingBody()));
            row.put("date_adoption", text.adoptionDate());
            row.put("votes_pour", text.votes().votesFor());
            row.put("votes_contre", text.votes().against());
            row.put("abstentions", text.votes().abstentions());
            row.put("transmis_a", String.join(OpenDataset.SEPARATOR, text.transmittedTo()));
            row.put("resume", text.summary());
            row.put("date_publication", text.publicationDate());
            followUp(row, text);
            row.put("url", Links.absolute(base, urls.get(text.page())));
            rows.add(row);
        }
        return rows;
    }

    private static void followUp(Map<String, Object> row, PublishedOpinion text)
    {
        Map<String, Integer> counts = text.followUp();
        row.put("recommandations", text.recommendations().size());
        row.put("prises_en_compte", counts.getOrDefault(WorkflowStates.TAKEN_INTO_ACCOUNT, 0));
        row.put("prises_en_compte_en_partie", counts.getOrDefault(WorkflowStates.PARTLY, 0));
        row.put("non_retenues", counts.getOrDefault(WorkflowStates.NOT_TAKEN, 0));
        row.put("en_attente", counts.getOrDefault(WorkflowStates.PENDING, 0));
        row.put("suivi_non_publie", counts.getOrDefault(PublishedOpinion.NOT_PUBLIC, 0));
    }

    private static String title(Map<String, String> titles, String page)
    {
        return page == null ? "" : titles.getOrDefault(page, "");
    }
}
