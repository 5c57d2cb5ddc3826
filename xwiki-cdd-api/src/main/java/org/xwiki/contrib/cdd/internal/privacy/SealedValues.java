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
package org.xwiki.contrib.cdd.internal.privacy;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.xwiki.contrib.cdd.privacy.PrivateDataRules;

/**
 * The clear text inside a seal: the values of {@link PrivateDataRules#FIELDS}, in that order, URL-encoded and joined
 * by {@code &}, padded with {@code &} to a multiple of {@value #BLOCK} bytes so that the sealed text's length says
 * little about the values (a usual member's data fit in one block).
 *
 * @version $Id$
 * @since 1.0.0
 */
final class SealedValues
{
    /** The padding unit, in bytes. */
    static final int BLOCK = 128;

    /** The most a seal holds, in bytes: every field at its longest fits several times. */
    static final int MAX_BYTES = 4096;

    private static final String SEPARATOR = "&";

    private SealedValues()
    {
    }

    /**
     * @param values values by field name; only {@link PrivateDataRules#FIELDS} are kept
     * @return the padded clear text, or null when it would be longer than {@value #MAX_BYTES} bytes
     */
    static byte[] encode(Map<String, String> values)
    {
        StringBuilder text = new StringBuilder();
        for (String field : PrivateDataRules.FIELDS) {
            text.append(URLEncoder.encode(PrivateDataRules.value(values, field), StandardCharsets.UTF_8))
                .append(SEPARATOR);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (bytes.length / BLOCK + 1) * BLOCK;
        if (padded > MAX_BYTES) {
            return null;
        }
        byte[] block = Arrays.copyOf(bytes, padded);
        Arrays.fill(block, bytes.length, padded, SEPARATOR.getBytes(StandardCharsets.US_ASCII)[0]);
        return block;
    }

    /**
     * @param clear a clear text {@link #encode} gave
     * @return every field of {@link PrivateDataRules#FIELDS}, empty when not given; null when the text is not one
     *     {@link #encode} gives
     */
    static Map<String, String> decode(byte[] clear)
    {
        String[] parts = new String(clear, StandardCharsets.UTF_8).split(SEPARATOR, -1);
        int fields = PrivateDataRules.FIELDS.size();
        if (parts.length <= fields) {
            return null;
        }
        for (int i = fields; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                return null;
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (int i = 0; i < fields; i++) {
                values.put(PrivateDataRules.FIELDS.get(i), URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return values;
    }
}
