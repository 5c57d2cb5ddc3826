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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.composition.CompositionCheck;
import org.xwiki.contrib.cdd.composition.CompositionReport;
import org.xwiki.contrib.cdd.composition.CompositionRules;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.composition}: the composition check, from the member records and the configuration.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(CompositionScriptService.HINT)
@Singleton
@Unstable
public class CompositionScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.composition";

    @Inject
    private CompositionCheck compositionCheck;

    @Inject
    private ScriptErrors errors;

    /** Where stored dates' day is read. */
    @Inject
    private ClockProvider clockProvider;

    /**
     * @param members member records (or record results)
     * @param date the day to check, as a Date, LocalDate or ISO string
     * @param censusShares age class → census share in percent, in class order (numbers or numeric strings)
     * @param tolerancePoints the tolerance, in percentage points
     * @param mandateWarningDays how many days ahead a mandate end is reported, from 0 to {@link DateBounds#MAX_DAYS}
     * @param colleges the configured colleges
     * @param communeEpci each configured commune and its EPCI
     * @return the composition in aggregates, null (and lastError) when an argument cannot be read or is out of bounds
     */
    public CompositionReport check(List<?> members, Object date, Map<?, ?> censusShares, Number tolerancePoints,
        int mandateWarningDays, List<?> colleges, Map<?, ?> communeEpci)
    {
        this.errors.clear();
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate day = ScriptValues.toDate(date, zone);
        if (day == null) {
            return this.errors.badDate(date, zone);
        }
        if (mandateWarningDays < 0 || mandateWarningDays > DateBounds.MAX_DAYS) {
            return this.errors.fail(ScriptError.DELAY_OUT_OF_RANGE, String.valueOf(mandateWarningDays),
                String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS));
        }
        Map<String, Double> census = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : ScriptValues.toValueMap(censusShares).entrySet()) {
            Double share = share(entry.getValue());
            if (share == null) {
                return this.errors.fail(ScriptError.BAD_NUMBER, String.valueOf(entry.getValue()));
            }
            census.put(entry.getKey(), share);
        }
        double tolerance = tolerancePoints == null ? 0 : tolerancePoints.doubleValue();
        if (!Double.isFinite(tolerance)) {
            return this.errors.fail(ScriptError.BAD_NUMBER, String.valueOf(tolerancePoints));
        }
        CompositionRules rules = new CompositionRules(day, census, tolerance, mandateWarningDays,
            ScriptValues.toStrings(colleges), ScriptValues.toTextMap(communeEpci));
        return this.compositionCheck.check(RecordLists.records(members), rules);
    }

    /** A share in percent, decimal comma or point; null when it is not a finite number. */
    private static Double share(Object value)
    {
        try {
            double share = Double.parseDouble(String.valueOf(value).replace(',', '.'));
            return Double.isFinite(share) ? share : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
