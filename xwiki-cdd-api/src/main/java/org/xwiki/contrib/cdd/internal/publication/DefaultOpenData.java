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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.internal.Csv;
import org.xwiki.contrib.cdd.macro.MacroMessages;
import org.xwiki.contrib.cdd.publication.OpenData;
import org.xwiki.contrib.cdd.publication.OpenDataset;
import org.xwiki.contrib.cdd.publication.OpenField;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The open data files: CSV written field by field (RFC 4180: CRLF, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled), JSON and Table Schema with Jackson.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultOpenData implements OpenData
{
    private static final String KEY = "cdd.opendata.";

    private static final String FIELD_KEY = KEY + "field.";

    private static final String DESCRIPTION_KEY = ".description";

    private static final String NAME = "name";

    private static final String TITLE = "title";

    private static final String DESCRIPTION = "description";

    private static final String PATH = "path";

    /** Immutable once built, and thread-safe: shared by every request. */
    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Inject
    private MacroMessages messages;

    @Override
    public String csv(OpenDataset dataset, List<Map<String, Object>> rows)
    {
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, dataset.fields().stream().map(OpenField::name).toList());
        for (Map<String, Object> row : rows.stream().limit(MAX_ROWS).toList()) {
            Csv.line(csv, dataset.fields().stream().map(field -> text(row.get(field.name()))).toList());
        }
        return csv.toString();
    }

    @Override
    public String json(OpenDataset dataset, List<Map<String, Object>> rows)
    {
        ArrayNode array = this.mapper.getNodeFactory().arrayNode();
        for (Map<String, Object> row : rows.stream().limit(MAX_ROWS).toList()) {
            ObjectNode line = array.addObject();
            for (OpenField field : dataset.fields()) {
                Object value = row.get(field.name());
                if (value instanceof Integer number) {
                    line.put(field.name(), number);
                } else if (value instanceof BigDecimal number) {
                    line.put(field.name(), number);
                } else if (value == null || text(value).isEmpty()) {
                    line.putNull(field.name());
                } else {
                    line.put(field.name(), text(value));
                }
            }
        }
        return array.toString();
    }

    @Override
    public String schema(OpenDataset dataset, String path)
    {
        ObjectNode schema = this.mapper.getNodeFactory().objectNode();
        schema.put("$schema", "https://frictionlessdata.io/schemas/table-schema.json");
        schema.put(NAME, "cdd-" + dataset.fileName());
        schema.put(TITLE, this.messages.get(KEY + dataset.fileName() + ".title"));
        schema.put(DESCRIPTION, this.messages.get(KEY + dataset.fileName() + DESCRIPTION_KEY));
        schema.put(PATH, path);
        schema.putArray("licenses").addObject().put(NAME, "etalab-2.0")
            .put(TITLE, "Licence Ouverte / Open Licence version 2.0")
            .put(PATH, "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
        schema.putArray("missingValues").add("");
        schema.put("primaryKey", dataset.fields().get(0).name());
        ArrayNode fields = schema.putArray("fields");
        for (OpenField field : dataset.fields()) {
            ObjectNode node = fields.addObject().put(NAME, field.name())
                .put(TITLE, this.messages.get(FIELD_KEY + field.name()))
                .put(DESCRIPTION, this.messages.get(FIELD_KEY + field.name() + DESCRIPTION_KEY))
                .put("type", field.type());
            ObjectNode constraints = node.putObject("constraints").put("required", field.required());
            if (field == dataset.fields().get(0)) {
                constraints.put("unique", true);
            }
            if (!field.values().isEmpty()) {
                field.values().forEach(constraints.putArray("enum")::add);
            }
        }
        return schema.toPrettyString();
    }

    private static String text(Object value)
    {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value instanceof LocalDate || value instanceof Integer || value instanceof String ? value.toString()
            : "";
    }
}
