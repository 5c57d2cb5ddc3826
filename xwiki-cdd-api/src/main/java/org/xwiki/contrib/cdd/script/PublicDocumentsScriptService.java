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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.AccessibilityStatementClass;
import org.xwiki.contrib.cdd.entity.PublicArticleClass;
import org.xwiki.contrib.cdd.entity.PublicReportClass;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.publication.AccessibilityCompliance;
import org.xwiki.contrib.cdd.publication.OpenIndicators;
import org.xwiki.contrib.cdd.publication.PublishedReport;
import org.xwiki.contrib.cdd.publication.SmallCounts;
import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.contrib.cdd.report.ReportSnapshots;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.publication.documents}: the council's public documents beside its texts, the charter in force
 * ({@value PublicArticleClass#PAGE}), the published activity reports ({@value PublicReportClass#SPACE}) and the
 * accessibility statement ({@value AccessibilityStatementClass#PAGE}); the first two are copies the workflow service
 * writes (see {@link PublicationScriptService#action}), which the public pages read with
 * one query.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(PublicDocumentsScriptService.HINT)
@Singleton
@Unstable
public class PublicDocumentsScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.publicdocuments";

    /** The most reports read for one page: a council publishing one a year for two centuries. */
    public static final int MAX_REPORTS = 200;

    private static final String REPORT_QUERY = String.format("select doc.fullName, report.%s, report.%s from "
        + "Document doc, doc.object(%s) as report where doc.translation = 0 and doc.space = '%s' order by report.%s "
        + "desc, doc.fullName", PublicReportClass.YEAR, PublicReportClass.FIGURES, PublicReportClass.REFERENCE,
        PublicReportClass.SPACE, PublicReportClass.YEAR);

    @Inject
    private ReportSnapshots snapshots;

    /** @return the public page of the charter in force */
    public String getCharterPage()
    {
        return PublicArticleClass.PAGE;
    }

    /**
     * @param year a report's year, as a number or text
     * @return the page of its public copy ({@code CDD.Public.Reports.2025}); null for a year outside
     *     {@link DateBounds}
     */
    public String reportPage(Object year)
    {
        Integer number = ScriptValues.toInteger(year);
        return number != null && DateBounds.containsYear(number) ? PublicReportClass.SPACE + '.' + number : null;
    }

    /** @return the statement of every published report's copy: its page, its year and its figures, newest first */
    public String getReportQuery()
    {
        return REPORT_QUERY;
    }

    /**
     * @param rows the rows of {@link #getReportQuery()}
     * @return each report, in the order given (at most {@value #MAX_REPORTS}); a row that is not one is left out, a
     *     report whose figures cannot be read has none
     */
    public List<PublishedReport> reports(List<?> rows)
    {
        List<PublishedReport> reports = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            if (reports.size() >= MAX_REPORTS) {
                break;
            }
            List<?> values = RecordLists.cells(row);
            if (values.size() >= 3) {
                Integer year = ScriptValues.toInteger(values.get(1));
                Object figures = values.get(2);
                if (values.get(0) != null && year != null && DateBounds.containsYear(year)) {
                    reports.add(new PublishedReport(values.get(0).toString(), year, this.snapshots
                        .read(figures instanceof String text ? text : null).orElse(null)));
                }
            }
        }
        return reports;
    }

    /**
     * @param figures a published report's figures ({@code PublishedReport.figures()}, or the report service's
     *     {@code frozen})
     * @return its indicators as the public may read them ({@link OpenIndicators#published}); empty for no figures
     */
    public List<Indicator> publicIndicators(Object figures)
    {
        return figures instanceof ReportSnapshot snapshot ? OpenIndicators.published(snapshot) : List.of();
    }

    /**
     * @param value an indicator's value, or one part of a breakdown, from {@link #publicIndicators}
     * @return whether it is withheld from the public (too few people)
     */
    public boolean secret(Object value)
    {
        return OpenIndicators.SECRET.equals(value);
    }

    /** @return the public page of the council's accessibility statement */
    public String getStatementPage()
    {
        return AccessibilityStatementClass.PAGE;
    }

    /**
     * @param rate the share of the RGAA criteria the last audit found respected, in percent (a number or its text);
     *     empty when there was no audit
     * @param auditDate the day the audit ended; without it the rate does not count (no audit, not compliant)
     * @return the status the statement announces: {@code full}, {@code partial} or {@code none}
     *     ({@link AccessibilityCompliance})
     */
    public String accessibilityStatus(Object rate, Object auditDate)
    {
        boolean audited = auditDate != null && !auditDate.toString().isBlank();
        return AccessibilityCompliance.status(audited ? ScriptValues.toInteger(rate) : null);
    }

    /**
     * @param counts a breakdown of people, as a report holds it (members per college)
     * @return the same values with their counts, null where the public may not read the count
     *     ({@link SmallCounts#withhold})
     */
    public Map<String, Integer> withheld(Map<?, ?> counts)
    {
        return SmallCounts.withhold(ScriptValues.toValueMap(counts));
    }

    /**
     * @param count a number of people
     * @return whether the public may read it ({@link SmallCounts#publishable})
     */
    public boolean shown(Object count)
    {
        Integer number = ScriptValues.toInteger(count);
        return number != null && SmallCounts.publishable(number);
    }
}
