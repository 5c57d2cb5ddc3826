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
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.RecordReader;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.contrib.cdd.privacy.PrivateDataSeal;
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

    /** Below this many people, a count is not shown to those who may not see private data. */
    public static final int SMALL_COUNT = 5;

    @Inject
    private CompositionCheck compositionCheck;

    @Inject
    private RecordReader reader;

    @Inject
    private PrivateDataSeal privateDataSeal;

    @Inject
    private CurrentLocale currentLocale;

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

    /**
     * @param members member records (or record results)
     * @param date the day, as a Date, LocalDate or ISO string
     * @param months how many months ahead, from 0 to {@link DateBounds#MAX_MONTHS} (a number or its text)
     * @return the pages of the members whose mandate ends within those months, soonest first; null (and lastError)
     *     when an argument cannot be read or is out of bounds
     */
    public List<String> renewals(List<?> members, Object date, Object months)
    {
        this.errors.clear();
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate day = ScriptValues.toDate(date, zone);
        if (day == null) {
            return this.errors.badDate(date, zone);
        }
        Integer count = ScriptValues.toInteger(months);
        if (count == null || count < 0 || count > DateBounds.MAX_MONTHS) {
            return this.errors.fail(ScriptError.DELAY_OUT_OF_RANGE, String.valueOf(months),
                String.valueOf(DateBounds.MAX_DAYS), String.valueOf(DateBounds.MAX_MONTHS));
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(day, day.plusMonths(count));
        CompositionRules rules = new CompositionRules(day, Map.of(), 0, days, List.of(), Map.of());
        return this.compositionCheck.renewals(RecordLists.records(members), rules).stream().map(r -> r.page())
            .toList();
    }

    /**
     * @param percent a share in percent, e.g. 17.5
     * @return it written for the reader's language, one decimal: {@code 17,5 %} in French, {@code 17.5%} in English;
     *     empty for no number
     */
    public String percent(Number percent)
    {
        if (percent == null || !Double.isFinite(percent.doubleValue())) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(this.currentLocale.get());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent.doubleValue() / 100);
    }

    /** @return the statement of the council's members (see {@link #members(List, List)}) */
    public String getMemberQuery()
    {
        return MemberRows.memberQuery();
    }

    /** @return the statement of the members' private data (see {@link #members(List, List)}) */
    public String getPrivateQuery()
    {
        return MemberRows.privateQuery();
    }

    /**
     * @param memberRows the rows of {@link #getMemberQuery()}
     * @param privateRows the rows of {@link #getPrivateQuery()}
     * @return each member with their private data (none when not entered yet), as {@link #check} reads them
     */
    public List<RecordResult> members(List<?> memberRows, List<?> privateRows)
    {
        List<RecordResult> members = new ArrayList<>();
        List<String> columns = MemberRows.columns();
        for (List<Object> row : MemberRows.join(memberRows, MemberRows.open(privateRows, this.privateDataSeal))) {
            members.add(this.reader.readRow(MemberPrivateClass.WITH_MEMBER, RecordLists.page(row.get(0)), columns,
                row.subList(1, row.size())));
        }
        return members;
    }

    /**
     * @param privateRows the rows of {@link #getPrivateQuery()}
     * @return how many members' private data do not open (another key, changed, not on their private page): those
     *     members count as not having given them; 0 when all open (nothing entered is not counted)
     */
    public int unopened(List<?> privateRows)
    {
        return MemberRows.sealedRows(privateRows).size() - MemberRows.open(privateRows, this.privateDataSeal).size();
    }

    /**
     * Small counts are not shown to those who may not see private data: with fewer than {@value #SMALL_COUNT}
     * people, a reader who knows the council could tell who they are.
     *
     * @param count a number of people
     * @param privateDataReader whether the reader may see private data (an animator)
     * @return whether the count may be shown to that reader
     */
    public boolean shown(Number count, boolean privateDataReader)
    {
        return privateDataReader || count == null || count.longValue() <= 0 || count.longValue() >= SMALL_COUNT;
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
