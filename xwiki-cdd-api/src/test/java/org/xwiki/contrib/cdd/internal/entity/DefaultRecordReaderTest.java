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
package org.xwiki.contrib.cdd.internal.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.RecordError;
import org.xwiki.contrib.cdd.entity.RecordResult;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.internal.macro.TestClockProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unit tests for {@link DefaultRecordReader}.
 *
 * @version $Id$
 */
class DefaultRecordReaderTest
{
    private static final String PAGE = "CDD.Saisines.PCAET";

    private final DefaultRecordReader reader = new DefaultRecordReader(new TestClockProvider());

    @Test
    void readsWhatXWikiGivesAPage()
    {
        Date received = Date.from(LocalDate.of(2026, 3, 2).atStartOfDay(ZoneId.systemDefault()).toInstant());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SaisineClass.KIND, "mandatory");
        values.put(SaisineClass.THEMES, "pcaet|mobility");
        values.put(SaisineClass.RECEIVED_DATE, received);
        values.put(SaisineClass.DUE_DATE, "2026-05-02");
        values.put(SaisineClass.QUESTION, "");
        values.put(SaisineClass.TRANSMITTED_TO, List.of("petr", " "));

        RecordResult result = this.reader.read(SaisineClass.DEFINITION, PAGE, values);

        assertTrue(result.isValid(), result.errors().toString());
        assertEquals("mandatory", result.record().string(SaisineClass.KIND));
        assertEquals(List.of("pcaet", "mobility"), result.record().strings(SaisineClass.THEMES));
        assertEquals(LocalDate.of(2026, 3, 2), result.record().date(SaisineClass.RECEIVED_DATE));
        assertEquals(LocalDate.of(2026, 5, 2), result.record().date(SaisineClass.DUE_DATE));
        assertFalse(result.record().has(SaisineClass.QUESTION), "an empty value is absent");
        assertEquals(List.of("petr"), result.record().strings(SaisineClass.TRANSMITTED_TO));
    }

    @Test
    void everyUnreadableValueIsReportedWithEntityPageAndProperty()
    {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SaisineClass.KIND, "urgent");
        values.put(SaisineClass.DUE_DATE, "demain");
        values.put("colour", "red");

        RecordResult result = this.reader.read(SaisineClass.DEFINITION, PAGE, values);

        assertEquals(3, result.errors().size());
        RecordError kind = result.errors().get(0);
        assertEquals(List.of("saisine", PAGE, SaisineClass.KIND, "urgent", RecordError.UNKNOWN_VALUE),
            List.of(kind.entity(), kind.page(), kind.property(), kind.value(), kind.key()));
        assertEquals(List.of("urgent", "mandatory, optional, self"), kind.parameters());
        assertEquals("CDD.Code.SaisineClass_kind", kind.propertyKey());
        assertEquals(RecordError.BAD_DATE, result.errors().get(1).key());
        assertEquals(RecordError.UNKNOWN_PROPERTY, result.errors().get(2).key());
        assertFalse(result.record().has(SaisineClass.KIND), "an unreadable value is absent, never guessed");
    }

    @Test
    void numbersFlagsAndLengthsAreChecked()
    {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ContributionClass.VOTES_FOR, "12");
        values.put(ContributionClass.VOTES_AGAINST, "douze");
        values.put(ContributionClass.SUMMARY, "x".repeat(501));

        RecordResult result = this.reader.read(ContributionClass.DEFINITION, "CDD.Contributions.Avis", values);

        assertEquals(12, result.record().integer(ContributionClass.VOTES_FOR));
        assertEquals(List.of(RecordError.TOO_LONG, RecordError.BAD_NUMBER),
            result.errors().stream().map(RecordError::key).toList(), "in the order of the form");
        assertEquals(List.of(501, 500), result.errors().get(0).parameters());

        RecordResult flags = this.reader.read(MemberPrivateClass.WITH_MEMBER, "CDD.Members.A",
            Map.of(MemberPrivateClass.COMMUNITY_COUNCILLOR, 1, MemberClass.PUBLICATION_CONSENT, "peut-être"));
        assertTrue(flags.record().flag(MemberPrivateClass.COMMUNITY_COUNCILLOR));
        assertEquals(RecordError.BAD_BOOLEAN, flags.errors().get(0).key());
    }

    @Test
    void dateTimesKeepTheirTimeAndRowsReadByColumn()
    {
        RecordResult result = this.reader.readRow(MeetingClass.DEFINITION, "CDD.Meetings.M1",
            List.of(MeetingClass.START, MeetingClass.KIND), List.of("2026-12-03T18:30", "plenary"));

        assertTrue(result.isValid(), result.errors().toString());
        assertEquals(LocalDateTime.of(2026, 12, 3, 18, 30), result.record().dateTime(MeetingClass.START));
        assertEquals(LocalDate.of(2026, 12, 3), result.record().date(MeetingClass.START));
    }

    @Test
    void askingForAPropertyTheEntityLacksIsAProgrammingError()
    {
        RecordResult result = this.reader.read(SaisineClass.DEFINITION, PAGE, null);

        assertTrue(result.isValid());
        assertNull(result.record().string(SaisineClass.KIND));
        assertThrows(IllegalArgumentException.class, () -> result.record().string("colour"));
    }

    @Test
    void datesOutOfBoundsAreErrorsThatNameTheBounds()
    {
        List<Object> far = List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "1899-12-31",
            "2201-01-01T10:00", LocalDate.MAX, LocalDateTime.MIN, new Date(Long.MAX_VALUE));
        for (Object date : far) {
            RecordResult result = this.reader.read(SaisineClass.DEFINITION, PAGE, Map.of(SaisineClass.DUE_DATE, date));

            assertEquals(List.of(new RecordError(SaisineClass.ID, PAGE, SaisineClass.DUE_DATE, String.valueOf(date),
                RecordError.DATE_OUT_OF_RANGE, List.of(DateBounds.MIN.toString(), DateBounds.MAX.toString()))),
                result.errors(), String.valueOf(date));
            assertFalse(result.record().has(SaisineClass.DUE_DATE));
        }
        for (LocalDate bound : List.of(DateBounds.MIN, DateBounds.MAX)) {
            RecordResult result = this.reader.read(SaisineClass.DEFINITION, PAGE, Map.of(SaisineClass.DUE_DATE,
                bound.toString()));

            assertTrue(result.isValid(), result.errors().toString());
            assertEquals(bound, result.record().date(SaisineClass.DUE_DATE));
        }
    }

    @Test
    void numbersBeyondAnIntAreErrorsNotOtherNumbers()
    {
        for (Object number : List.of(Long.MAX_VALUE, "2147483648", "9".repeat(100_000), "1e3")) {
            RecordResult result = this.reader.read(MeetingClass.DEFINITION, PAGE, Map.of(MeetingClass.DURATION_MINUTES,
                number));

            assertEquals(RecordError.BAD_NUMBER, result.errors().get(0).key(), String.valueOf(number));
        }
    }
}
