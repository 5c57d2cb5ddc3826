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
package org.xwiki.contrib.cdd.internal.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.publication.PublicationFacts;
import org.xwiki.contrib.cdd.publication.PublishedOpinion;
import org.xwiki.contrib.cdd.publication.PublishedRecommendation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A public copy's facts as JSON, written field by field (not by reflection) so that renaming a Java field can never
 * make an old copy unreadable; {@link #FORMAT} says which layout a text has.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class JsonPublicationFacts implements PublicationFacts
{
    /** The layout written today; a text of another layout is not read. */
    static final int FORMAT = 1;

    private static final String FORMAT_FIELD = "format";

    private static final String RECORD = "record";

    private static final String TITLE = "title";

    private static final String TYPE = "type";

    private static final String THEMES = "themes";

    private static final String REFERRAL_KIND = "referralKind";

    private static final String REFERRAL = "referral";

    private static final String GROUP = "group";

    private static final String ADOPTING_BODY = "adoptingBody";

    private static final String ADOPTION_DATE = "adoptionDate";

    private static final String VOTES_FOR = "votesFor";

    private static final String VOTES_AGAINST = "votesAgainst";

    private static final String ABSTENTIONS = "votesAbstention";

    private static final String TRANSMITTED_TO = "transmittedTo";

    private static final String SUMMARY = "summary";

    private static final String PUBLICATION_DATE = "publicationDate";

    private static final String UPDATED = "updated";

    private static final String RECOMMENDATIONS = "recommendations";

    private static final String TEXT = "text";

    private static final String NUMBER = "number";

    private static final String ADDRESSEE = "addressee";

    private static final String PUBLIC = "followUpPublic";

    private static final String STATUS = "status";

    private static final String REPLY = "reply";

    private static final String REPLY_DATE = "replyDate";

    private static final String REVIEW_DATE = "reviewDate";

    /** Immutable once built, and thread-safe: shared by every request. */
    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Override
    public String write(PublishedOpinion opinion)
    {
        ObjectNode root = this.mapper.getNodeFactory().objectNode();
        root.put(FORMAT_FIELD, FORMAT);
        root.put(RECORD, opinion.record()).put(TITLE, opinion.title()).put(TYPE, opinion.type());
        opinion.themes().forEach(root.putArray(THEMES)::add);
        root.put(REFERRAL_KIND, opinion.referralKind()).put(REFERRAL, opinion.referral())
            .put(GROUP, opinion.group()).put(ADOPTING_BODY, opinion.adoptingBody())
            .put(ADOPTION_DATE, text(opinion.adoptionDate()));
        root.put(VOTES_FOR, opinion.votes().votesFor()).put(VOTES_AGAINST, opinion.votes().against())
            .put(ABSTENTIONS, opinion.votes().abstentions());
        opinion.transmittedTo().forEach(root.putArray(TRANSMITTED_TO)::add);
        root.put(SUMMARY, opinion.summary()).put(PUBLICATION_DATE, text(opinion.publicationDate()))
            .put(UPDATED, opinion.updated() == null ? null : opinion.updated().toString());
        ArrayNode recommendations = root.putArray(RECOMMENDATIONS);
        for (PublishedRecommendation recommendation : opinion.recommendations()) {
            recommendations.addObject().put(NUMBER, recommendation.number()).put(TEXT, recommendation.text())
                .put(ADDRESSEE, recommendation.addressee())
                .put(PUBLIC, recommendation.followUpPublic()).put(STATUS, recommendation.status())
                .put(REPLY, recommendation.reply()).put(REPLY_DATE, text(recommendation.replyDate()))
                .put(REVIEW_DATE, text(recommendation.reviewDate()));
        }
        return root.toString();
    }

    @Override
    public Optional<PublishedOpinion> read(String page, String text)
    {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            JsonNode root = this.mapper.readTree(text);
            if (root == null || root.path(FORMAT_FIELD).asInt() != FORMAT) {
                return Optional.empty();
            }
            List<PublishedRecommendation> recommendations = new ArrayList<>();
            for (JsonNode line : root.path(RECOMMENDATIONS)) {
                recommendations.add(new PublishedRecommendation(line.path(NUMBER).asInt(),
                    line.path(TEXT).asText(""), line.path(ADDRESSEE).asText(""), line.path(PUBLIC).asBoolean(),
                    line.path(STATUS).asText(""),
                    line.path(REPLY).asText(""), date(line.path(REPLY_DATE)), date(line.path(REVIEW_DATE))));
            }
            JsonNode updated = root.path(UPDATED);
            return Optional.of(new PublishedOpinion(page, root.path(RECORD).asText(""), root.path(TITLE).asText(""),
                root.path(TYPE).asText(""), strings(root.path(THEMES)), root.path(REFERRAL_KIND).asText(""),
                root.path(REFERRAL).asText(""), root.path(GROUP).asText(""), root.path(ADOPTING_BODY).asText(""),
                date(root.path(ADOPTION_DATE)), new PublishedOpinion.Votes(root.path(VOTES_FOR).asInt(),
                    root.path(VOTES_AGAINST).asInt(), root.path(ABSTENTIONS).asInt()),
                strings(root.path(TRANSMITTED_TO)), root.path(SUMMARY).asText(""), date(root.path(PUBLICATION_DATE)),
                updated.isTextual() ? Instant.parse(updated.asText()) : null, recommendations));
        } catch (JacksonException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(JsonNode array)
    {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String text(LocalDate date)
    {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(JsonNode node)
    {
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }
}
