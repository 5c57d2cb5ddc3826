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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.report.ReportCouncil;
import org.xwiki.contrib.cdd.report.ReportSnapshot;
import org.xwiki.stability.Unstable;

/**
 * The rows of the aggregate indicators' dataset, from the published activity reports: each report's indicators and
 * composition as the bureau validated them, one row per figure (a breakdown gives one row per value). Figures about
 * people follow {@link SmallCounts}: a count of people is published only above {@value SmallCounts#THRESHOLD}, a rate
 * only when the people it is computed over are more than that.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class OpenIndicators
{
    /** The code of each figure, in the order of the rows. */
    public static final Map<String, String> CODES = codes();

    /** The code of each unit. */
    public static final Map<String, String> UNITS = units();

    /** The figure is published. */
    public static final String PUBLISHED = "publiee";

    /** The figure concerns {@value SmallCounts#THRESHOLD} people or fewer: withheld. */
    public static final String SECRET = "secret_statistique";

    /** The figure could not be computed (no referral answered, no meeting held). */
    public static final String NONE = "non_calculable";

    /** Every value of the diffusion column. */
    public static final List<String> DIFFUSION = List.of(PUBLISHED, SECRET, NONE);

    /** Members in office on the report's composition day. */
    public static final String MEMBERS = "members";

    /** The same members, per college. */
    public static final String MEMBERS_BY_COLLEGE = "members_by_college";

    /** The gap between women and men among them. */
    public static final String PARITY_GAP = "parity_gap";

    /** Communes where they live. */
    public static final String COMMUNES = "communes";

    /** Indicators that count people. */
    private static final Set<String> PEOPLE = Set.of(IndicatorCalculator.ACTIVE_MEMBERS,
        IndicatorCalculator.MEMBERS_TOTAL, IndicatorCalculator.NEW_MEMBERS);

    /** Between the parts of a row's identifier: year, figure, value. */
    private static final String SEPARATOR = "-";

    private static final String YEAR = "annee";

    private static final String INDICATOR = "indicateur";

    private static final String CATEGORY = "categorie";

    private static final String VALUE = "valeur";

    private static final String UNIT = "unite";

    private static final String DIFFUSION_COLUMN = "diffusion";

    private OpenIndicators()
    {
    }

    /**
     * @param reports the published reports, newest first; a report whose figures cannot be read gives no row
     * @return the rows, report after report
     */
    public static List<Map<String, Object>> rows(List<PublishedReport> reports)
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PublishedReport report : reports) {
            if (report.figures() != null && rows.size() < OpenData.MAX_ROWS) {
                report(rows, report.year(), report.figures());
            }
        }
        return rows.size() > OpenData.MAX_ROWS ? List.copyOf(rows.subList(0, OpenData.MAX_ROWS)) : rows;
    }

    /**
     * @param figures a published report's figures
     * @return its indicators as the public may read them: those computed from private data left out, and every
     *     figure about too few people ({@link SmallCounts}) replaced by {@link #SECRET}
     */
    public static List<Indicator> published(ReportSnapshot figures)
    {
        ReportCouncil council = figures.council();
        Map<String, Integer> colleges = council == null ? Map.of() : SmallCounts.withhold(council.membersByCollege());
        boolean counted = council != null && SmallCounts.publishable(council.activeMembers());
        List<Indicator> published = new ArrayList<>();
        for (Indicator indicator : figures.indicators()) {
            String id = indicator.id();
            if (IndicatorCalculator.PRIVATE.contains(id) || !CODES.containsKey(id)) {
                continue;
            }
            published.add(new Indicator(id, shown(id, indicator.value(), colleges, counted), indicator.unit()));
        }
        return published;
    }

    private static Object shown(String id, Object value, Map<String, Integer> colleges, boolean counted)
    {
        if (value instanceof Map<?, ?> parts) {
            Map<String, Object> shown = new LinkedHashMap<>();
            // A college's attendance rate is computed over its members: published only when they are enough.
            boolean byCollege = IndicatorCalculator.ATTENDANCE_BY_COLLEGE.equals(id);
            parts.forEach((key, part) -> shown.put(String.valueOf(key),
                !byCollege || colleges.get(String.valueOf(key)) != null ? part : SECRET));
            return shown;
        }
        boolean publishable;
        if (PEOPLE.contains(id)) {
            publishable = !(value instanceof Number number) || SmallCounts.publishable(number.longValue());
        } else {
            // The council's attendance rate is computed over its members.
            publishable = !IndicatorCalculator.ATTENDANCE_RATE.equals(id) || counted;
        }
        return value == null || publishable ? value : SECRET;
    }

    private static void report(List<Map<String, Object>> rows, int year, ReportSnapshot figures)
    {
        for (Indicator indicator : published(figures)) {
            if (indicator.value() instanceof Map<?, ?> parts) {
                parts.forEach((key, part) -> add(rows, year, indicator.id(),
                    category(indicator.id(), String.valueOf(key), figures), part, indicator.unit()));
            } else {
                add(rows, year, indicator.id(), "", indicator.value(), indicator.unit());
            }
        }
        ReportCouncil council = figures.council();
        if (council != null) {
            boolean counted = SmallCounts.publishable(council.activeMembers());
            add(rows, year, MEMBERS, "", counted ? council.activeMembers() : SECRET, Indicator.COUNT);
            SmallCounts.withhold(council.membersByCollege()).forEach((college, count) -> add(rows, year,
                MEMBERS_BY_COLLEGE, college, count == null ? SECRET : count, Indicator.COUNT));
            add(rows, year, PARITY_GAP, "", counted ? council.parityDifference() : SECRET, Indicator.COUNT);
            add(rows, year, COMMUNES, "", council.communesRepresented(), Indicator.COUNT);
        }
    }

    private static String category(String id, String key, ReportSnapshot figures)
    {
        if (IndicatorCalculator.METHODS_USED.equals(id)) {
            return figures.title(key);
        }
        String code = OpenDataset.code(key);
        return code.isEmpty() ? key : code;
    }

    private static void add(List<Map<String, Object>> rows, int year, String id, String category, Object value,
        String unit)
    {
        Map<String, Object> row = new LinkedHashMap<>();
        String code = CODES.get(id);
        String key = year + SEPARATOR + code;
        row.put(OpenCodes.ID, category.isEmpty() ? key : key + SEPARATOR + category);
        row.put(YEAR, year);
        row.put(INDICATOR, code);
        row.put(CATEGORY, category);
        BigDecimal number = number(value);
        String diffusion = number == null ? NONE : PUBLISHED;
        if (SECRET.equals(value)) {
            diffusion = SECRET;
        }
        row.put(VALUE, number);
        row.put(UNIT, UNITS.getOrDefault(unit, UNITS.get(Indicator.COUNT)));
        row.put(DIFFUSION_COLUMN, diffusion);
        rows.add(row);
    }

    private static BigDecimal number(Object value)
    {
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            BigDecimal rounded = BigDecimal.valueOf(number.doubleValue()).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        }
        return null;
    }

    private static Map<String, String> units()
    {
        Map<String, String> units = new LinkedHashMap<>();
        units.put(Indicator.COUNT, "nombre");
        units.put(Indicator.PERCENT, "pourcentage");
        units.put(Indicator.DAYS, "jours");
        return Collections.unmodifiableMap(units);
    }

    private static Map<String, String> codes()
    {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(IndicatorCalculator.SAISINES_BY_KIND, "saisines_par_nature");
        codes.put(IndicatorCalculator.SAISINES_BY_ORIGIN, "saisines_par_organe");
        codes.put(IndicatorCalculator.SAISINES_BY_THEME, "saisines_par_theme");
        codes.put(IndicatorCalculator.OPINIONS_ADOPTED, "avis_adoptes");
        codes.put(IndicatorCalculator.ANSWERED_BEFORE_DUE_SHARE, "part_repondues_avant_echeance");
        codes.put(IndicatorCalculator.DAYS_TO_ADOPTION_MEDIAN, "delai_adoption_median");
        codes.put(IndicatorCalculator.DAYS_TO_ADOPTION_P90, "delai_adoption_90e_centile");
        codes.put(IndicatorCalculator.MANDATORY_OVERDUE, "consultations_obligatoires_sans_avis");
        codes.put(IndicatorCalculator.CONTRIBUTIONS_BY_TYPE, "contributions_par_type");
        codes.put(IndicatorCalculator.CONTRIBUTIONS_BY_STATUS, "contributions_par_etat");
        codes.put(IndicatorCalculator.RECOMMENDATIONS_REPLIED_SHARE, "part_recommandations_repondues");
        codes.put(IndicatorCalculator.RECOMMENDATIONS_BY_FOLLOW_UP, "recommandations_par_suite");
        codes.put(IndicatorCalculator.MEETINGS_BY_KIND, "reunions_par_type");
        codes.put(IndicatorCalculator.ATTENDANCE_RATE, "taux_presence");
        codes.put(IndicatorCalculator.ATTENDANCE_BY_COLLEGE, "taux_presence_par_college");
        codes.put(IndicatorCalculator.ACTIVE_MEMBERS, "membres_actifs");
        codes.put(IndicatorCalculator.MEMBERS_TOTAL, "membres_sur_la_periode");
        codes.put(IndicatorCalculator.NEW_MEMBERS, "nouveaux_membres");
        codes.put(IndicatorCalculator.METHODS_USED, "methodes_utilisees");
        codes.put(IndicatorCalculator.TUTORIALS_PUBLISHED, "tutoriels_publies");
        codes.put(IndicatorCalculator.TUTORIALS_NOT_REVIEWED, "tutoriels_non_revus");
        codes.put(MEMBERS, "membres_en_fonction");
        codes.put(MEMBERS_BY_COLLEGE, "membres_par_college");
        codes.put(PARITY_GAP, "ecart_femmes_hommes");
        codes.put(COMMUNES, "communes_representees");
        return Collections.unmodifiableMap(codes);
    }
}
