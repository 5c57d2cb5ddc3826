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
package org.xwiki.contrib.cdd.script;

import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.publication.OpenData;
import org.xwiki.contrib.cdd.publication.OpenDataset;
import org.xwiki.contrib.cdd.publication.OpenIndicators;
import org.xwiki.contrib.cdd.publication.OpenRows;
import org.xwiki.contrib.cdd.publication.PublishedOpinion;
import org.xwiki.contrib.cdd.publication.PublishedReport;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.publication.openData}: the council's open datasets. The page reads the referrals as the
 * self-evaluation does ({@code $services.cdd.indicators.records}) and the published texts from their public copies,
 * then asks for a file: CSV, JSON or the Table Schema.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(OpenDataScriptService.HINT)
@Singleton
@Unstable
public class OpenDataScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.opendata";

    /** The CSV file. */
    public static final String CSV = "csv";

    /** The JSON file. */
    public static final String JSON = "json";

    /** The Table Schema. */
    public static final String SCHEMA = "schema";

    @Inject
    private OpenData openData;

    /**
     * @return every dataset, in order
     */
    public List<OpenDataset> getDatasets()
    {
        return List.of(OpenDataset.values());
    }

    /**
     * @param name a dataset's name ({@code saisines}, {@code avis})
     * @return that dataset; null for another name
     */
    public OpenDataset dataset(String name)
    {
        return OpenDataset.named(name).orElse(null);
    }

    /**
     * @param format {@code csv}, {@code json} or {@code schema}
     * @return the content type of that file (its character encoding, UTF-8, is set apart); null for another
     *     format
     */
    public String contentType(String format)
    {
        String type = null;
        if (CSV.equals(format)) {
            type = "text/csv; header=present";
        } else if (JSON.equals(format) || SCHEMA.equals(format)) {
            type = "application/json";
        }
        return type;
    }

    /**
     * @param records the referrals as {@code $services.cdd.indicators.records('saisines', …)} reads them
     * @param titles the title of each referral and group, by page
     * @return the rows of the referrals' dataset
     */
    public List<Map<String, Object>> referrals(List<?> records, Map<?, ?> titles)
    {
        return OpenRows.referrals(RecordLists.records(records), ScriptValues.toTextMap(titles));
    }

    /**
     * @param opinions the published texts ({@code $services.cdd.publication.opinions})
     * @param urls the URL of each one's public page, by page ({@code $xwiki.getURL})
     * @param base the absolute URL relative ones are read from (the data page's external URL)
     * @return the rows of the texts' dataset
     */
    public List<Map<String, Object>> texts(List<?> opinions, Map<?, ?> urls, String base)
    {
        List<PublishedOpinion> texts = opinions == null ? List.of() : opinions.stream()
            .filter(PublishedOpinion.class::isInstance).map(PublishedOpinion.class::cast).toList();
        return OpenRows.texts(texts, ScriptValues.toTextMap(urls), base);
    }

    /**
     * @param reports the published activity reports ({@code $services.cdd.publication.documents.reports})
     * @return the rows of the aggregate indicators' dataset
     */
    public List<Map<String, Object>> indicators(List<?> reports)
    {
        return OpenIndicators.rows(reports == null ? List.of() : reports.stream()
            .filter(PublishedReport.class::isInstance).map(PublishedReport.class::cast).toList());
    }

    /**
     * @param dataset the dataset ({@link #dataset})
     * @param format {@code csv}, {@code json} or {@code schema}
     * @param rows its rows ({@link #referrals}, {@link #texts}, {@link #indicators}); unused for the schema
     * @param path the URL of the CSV file, which the schema names
     * @return the file; null for an unknown dataset or format
     */
    public String file(Object dataset, String format, List<?> rows, String path)
    {
        if (!(dataset instanceof OpenDataset chosen) || contentType(format) == null) {
            return null;
        }
        List<Map<String, Object>> lines = rows == null ? List.of() : rows.stream().filter(Map.class::isInstance)
            .map(row -> ScriptValues.toValueMap((Map<?, ?>) row)).toList();
        String file;
        if (CSV.equals(format)) {
            file = this.openData.csv(chosen, lines);
        } else if (JSON.equals(format)) {
            file = this.openData.json(chosen, lines);
        } else {
            file = this.openData.schema(chosen, path == null ? "" : path);
        }
        return file;
    }
}
