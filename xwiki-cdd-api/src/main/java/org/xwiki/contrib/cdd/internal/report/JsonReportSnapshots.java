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
package org.xwiki.contrib.cdd.internal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.report.ActivityReport;
import org.xwiki.contrib.cdd.report.ReportBody;
import org.xwiki.contrib.cdd.report.ReportContribution;
import org.xwiki.contrib.cdd.report.ReportCouncil;
import org.xwiki.contrib.cdd.report.ReportGroup;
import org.xwiki.contrib.cdd.report.ReportReferral;
import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.contrib.cdd.report.ReportSnapshots;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Freezes a report as JSON, written field by field (not by reflection) so that renaming a Java field can never make
 * an old frozen report unreadable; {@link #FORMAT} says which layout a text has.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class JsonReportSnapshots implements ReportSnapshots
{
    /** The layout written today; a text of another layout is not read. */
    static final int FORMAT = 1;

    private static final String FORMAT_FIELD = "format";

    private static final String YEAR = "year";

    private static final String REFERRALS = "referrals";

    private static final String CONTRIBUTIONS = "contributions";

    private static final String GROUPS = "groups";

    private static final String METHODS = "methods";

    private static final String TYPE = "type";

    private static final String SAISINE = "saisine";

    private static final String ADOPTED = "adopted";

    private static final String ADOPTING_BODY = "adoptingBody";

    private static final String PUBLISHED = "published";

    private static final String FOLLOW_UP = "followUp";

    private static final String MEETING_COUNT = "meetings";

    private static final String RECOMMENDATIONS = "recommendations";

    private static final String ANSWERED = "answered";

    private static final String COUNCIL = "council";

    private static final String CONFIGURED_BODY = "configured";

    private static final String PUBLISHED_LIST = "publishedInTheYear";

    private static final String DATE = "date";

    private static final String ACTIVE = "activeMembers";

    private static final String COMPLIANT = "parityCompliant";

    private static final String DIFFERENCE = "parityDifference";

    private static final String COLLEGES = "membersByCollege";

    private static final String MISSING = "collegesMissing";

    private static final String COMMUNES = "communesRepresented";

    private static final String CONFIGURED = "communesConfigured";

    private static final String BODIES = "bodies";

    private static final String MEETINGS = "meetingsByKind";

    private static final String INDICATORS = "indicators";

    private static final String TITLES = "titles";

    private static final String PAGE = "page";

    private static final String KIND = "kind";

    private static final String ORIGIN = "origin";

    private static final String GROUP = "group";

    private static final String RECEIVED = "received";

    private static final String DUE = "due";

    private static final String OPINION = "opinion";

    private static final String DELAY = "delayDays";

    private static final String TRANSMITTED = "transmitted";

    private static final String TRANSMITTED_TO = "transmittedTo";

    private static final String OUTCOME = "outcome";

    private static final String BODY = "body";

    private static final String TRANSMITTED_OPINIONS = "opinionsTransmitted";

    private static final String ID = "id";

    private static final String UNIT = "unit";

    private static final String VALUE = "value";

    /** Immutable once built, and thread-safe: shared by every request. */
    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Override
    public String write(ReportSnapshot snapshot)
    {
        JsonNodeFactory nodes = this.mapper.getNodeFactory();
        ObjectNode root = nodes.objectNode();
        ActivityReport report = snapshot.report();
        root.put(FORMAT_FIELD, FORMAT);
        root.put(YEAR, report.year());
        ArrayNode referrals = root.putArray(REFERRALS);
        for (ReportReferral referral : report.referrals()) {
            ObjectNode line = referrals.addObject();
            line.put(PAGE, referral.page()).put(KIND, referral.kind()).put(ORIGIN, referral.origin())
                .put(GROUP, referral.group()).put(RECEIVED, text(referral.received())).put(DUE, text(referral.due()))
                .put(OPINION, text(referral.opinion())).put(DELAY, referral.delayDays())
                .put(TRANSMITTED, text(referral.transmitted())).put(OUTCOME, referral.outcome());
            referral.transmittedTo().forEach(line.putArray(TRANSMITTED_TO)::add);
        }
        ArrayNode bodies = root.putArray(BODIES);
        for (ReportBody body : report.bodies()) {
            bodies.addObject().put(BODY, body.body()).put(CONFIGURED_BODY, body.configured())
                .put(REFERRALS, body.referrals())
                .put(TRANSMITTED_OPINIONS, body.opinionsTransmitted()).put(RECOMMENDATIONS, body.recommendations())
                .put(ANSWERED, body.answered());
        }
        writeContributions(root.putArray(CONTRIBUTIONS), report.contributions());
        writeContributions(root.putArray(PUBLISHED_LIST), report.published());
        ArrayNode groups = root.putArray(GROUPS);
        for (ReportGroup group : report.groups()) {
            groups.addObject().put(PAGE, group.page()).put(REFERRALS, group.referrals())
                .put(CONTRIBUTIONS, group.contributions()).put(MEETING_COUNT, group.meetings());
        }
        writeCounts(root.putObject(MEETINGS), report.meetingsByKind());
        writeCounts(root.putObject(METHODS), report.methods());
        if (snapshot.council() != null) {
            writeCouncil(root.putObject(COUNCIL), snapshot.council());
        }
        ArrayNode indicators = root.putArray(INDICATORS);
        for (Indicator indicator : snapshot.indicators()) {
            ObjectNode line = indicators.addObject().put(ID, indicator.id()).put(UNIT, indicator.unit());
            line.set(VALUE, value(nodes, indicator.value()));
        }
        ObjectNode titles = root.putObject(TITLES);
        new TreeMap<>(snapshot.titles()).forEach(titles::put);
        return root.toString();
    }

    @Override
    public Optional<ReportSnapshot> read(String text)
    {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            JsonNode root = this.mapper.readTree(text);
            if (root == null || root.path(FORMAT_FIELD).asInt() != FORMAT) {
                return Optional.empty();
            }
            List<ReportReferral> referrals = list(root.path(REFERRALS), JsonReportSnapshots::referral);
            List<ReportBody> bodies = list(root.path(BODIES), line -> new ReportBody(line.path(BODY).asText(),
                line.path(CONFIGURED_BODY).asBoolean(), line.path(REFERRALS).asInt(),
                line.path(TRANSMITTED_OPINIONS).asInt(), line.path(RECOMMENDATIONS).asInt(),
                line.path(ANSWERED).asInt()));
            List<ReportContribution> contributions = list(root.path(CONTRIBUTIONS), JsonReportSnapshots::contribution);
            List<ReportGroup> groups = list(root.path(GROUPS), line -> new ReportGroup(line.path(PAGE).asText(),
                line.path(REFERRALS).asInt(), line.path(CONTRIBUTIONS).asInt(), line.path(MEETING_COUNT).asInt()));
            List<Indicator> indicators = list(root.path(INDICATORS), line -> new Indicator(line.path(ID).asText(),
                value(line.path(VALUE)), line.path(UNIT).asText()));
            Map<String, String> titles = new LinkedHashMap<>();
            root.path(TITLES).properties().forEach(entry -> titles.put(entry.getKey(), entry.getValue().asText()));
            ActivityReport report = new ActivityReport(root.path(YEAR).asInt(), referrals, bodies, contributions,
                groups, counts(root.path(MEETINGS)), counts(root.path(METHODS)),
                list(root.path(PUBLISHED_LIST), JsonReportSnapshots::contribution));
            JsonNode council = root.path(COUNCIL);
            return Optional.of(new ReportSnapshot(report, council.isObject() ? council(council) : null, indicators,
                titles));
        } catch (JacksonException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void writeContributions(ArrayNode array, List<ReportContribution> contributions)
    {
        for (ReportContribution contribution : contributions) {
            ObjectNode line = array.addObject().put(PAGE, contribution.page()).put(TYPE, contribution.type())
                .put(SAISINE, contribution.saisine()).put(GROUP, contribution.group())
                .put(ADOPTED, text(contribution.adopted())).put(ADOPTING_BODY, contribution.adoptingBody())
                .put(PUBLISHED, text(contribution.published()));
            writeCounts(line.putObject(FOLLOW_UP), contribution.followUp());
        }
    }

    private static void writeCouncil(ObjectNode node, ReportCouncil council)
    {
        node.put(DATE, text(council.date())).put(ACTIVE, council.activeMembers())
            .put(COMPLIANT, council.parityCompliant()).put(DIFFERENCE, council.parityDifference())
            .put(COMMUNES, council.communesRepresented()).put(CONFIGURED, council.communesConfigured());
        // In the configured order, which the report keeps.
        ObjectNode colleges = node.putObject(COLLEGES);
        council.membersByCollege().forEach(colleges::put);
        council.collegesMissing().forEach(node.putArray(MISSING)::add);
    }

    private static ReportCouncil council(JsonNode node)
    {
        List<String> missing = new ArrayList<>();
        node.path(MISSING).forEach(college -> missing.add(college.asText()));
        return new ReportCouncil(date(node.path(DATE)), node.path(ACTIVE).asInt(), node.path(COMPLIANT).asBoolean(),
            node.path(DIFFERENCE).asInt(), counts(node.path(COLLEGES)), missing, node.path(COMMUNES).asInt(),
            node.path(CONFIGURED).asInt());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> reader)
    {
        List<T> items = new ArrayList<>();
        array.forEach(line -> items.add(reader.apply(line)));
        return items;
    }

    private static ReportReferral referral(JsonNode line)
    {
        List<String> transmittedTo = new ArrayList<>();
        line.path(TRANSMITTED_TO).forEach(body -> transmittedTo.add(body.asText()));
        JsonNode delay = line.path(DELAY);
        return new ReportReferral(line.path(PAGE).asText(), line.path(KIND).asText(), line.path(ORIGIN).asText(),
            line.path(GROUP).asText(), date(line.path(RECEIVED)), date(line.path(DUE)), date(line.path(OPINION)),
            delay.isNumber() ? delay.asLong() : null, date(line.path(TRANSMITTED)), transmittedTo,
            line.path(OUTCOME).asText());
    }

    private static ReportContribution contribution(JsonNode line)
    {
        return new ReportContribution(line.path(PAGE).asText(), line.path(TYPE).asText(), line.path(SAISINE).asText(),
            line.path(GROUP).asText(), date(line.path(ADOPTED)), line.path(ADOPTING_BODY).asText(),
            date(line.path(PUBLISHED)), counts(line.path(FOLLOW_UP)));
    }

    private static void writeCounts(ObjectNode node, Map<String, Integer> counts)
    {
        // Sorted, so that the same figures always freeze to the same text.
        new TreeMap<>(counts).forEach(node::put);
    }

    private static Map<String, Integer> counts(JsonNode node)
    {
        Map<String, Integer> counts = new LinkedHashMap<>();
        node.properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().asInt()));
        return counts;
    }

    private static JsonNode value(JsonNodeFactory nodes, Object value)
    {
        if (value instanceof Map<?, ?> parts) {
            ObjectNode node = nodes.objectNode();
            parts.forEach((key, part) -> node.set(String.valueOf(key), value(nodes, part)));
            return node;
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return nodes.numberNode(new BigDecimal(number.toString()));
        }
        return nodes.nullNode();
    }

    private static Object value(JsonNode node)
    {
        if (node.isObject()) {
            Map<String, Object> parts = new LinkedHashMap<>();
            node.properties().forEach(entry -> parts.put(entry.getKey(), value(entry.getValue())));
            return parts;
        }
        return node.isNumber() ? node.numberValue() : null;
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
