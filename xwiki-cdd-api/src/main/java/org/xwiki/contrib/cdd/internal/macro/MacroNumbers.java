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
package org.xwiki.contrib.cdd.internal.macro;

import java.math.BigDecimal;

/**
 * Reads the numbers typed in the macros (a tile's value, a chart's cells), within bounds that any council figure fits
 * in: a {@link BigDecimal} is exact at any size, so {@code 1e999999999} is read at once, but subtracting, adding or
 * formatting it would write a billion digits. A text beyond {@link #MAX_LENGTH} characters is not parsed at all.
 *
 * @version $Id$
 * @since 1.0.0
 */
final class MacroNumbers
{
    /** The longest text read: a number with all its digits, sign, point and exponent fits in it. */
    static final int MAX_LENGTH = 40;

    /**
     * The most digits before the decimal point, and after it: a budget in euros or a population fits in fifteen
     * digits, and so does any share; beyond, a number is a typing error or an attack.
     */
    static final int MAX_DIGITS = 15;

    /**
     * A number that is written correctly but cannot be shown: too long, too large or too precise.
     */
    static final class OutOfBounds extends Exception
    {
        private static final long serialVersionUID = 1L;

        OutOfBounds(String text)
        {
            super(text);
        }
    }

    private MacroNumbers()
    {
    }

    /**
     * @param text the number as typed, decimals after a dot
     * @return the number, null when the text is not one
     * @throws OutOfBounds when the text is too long, or the number has too many digits before or after the point
     */
    static BigDecimal parse(String text) throws OutOfBounds
    {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || !isNumberStart(trimmed.charAt(0))) {
            // Most cells of a header are words: no exception to build for each.
            return null;
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new OutOfBounds(trimmed);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
        if (number.signum() == 0) {
            // 0e-999999999 is zero: its scale alone would make the next subtraction huge.
            return BigDecimal.ZERO;
        }
        if (!isShown(number)) {
            throw new OutOfBounds(trimmed);
        }
        return number;
    }

    private static boolean isShown(BigDecimal number)
    {
        BigDecimal stripped = number.stripTrailingZeros();
        // The digits before the point are the precision less the scale (1234.5 has 5 - 1 = 4), in long: an exponent
        // near the int limits would overflow the difference.
        long integerDigits = (long) stripped.precision() - stripped.scale();
        return integerDigits <= MAX_DIGITS && stripped.scale() <= MAX_DIGITS;
    }

    private static boolean isNumberStart(char character)
    {
        return Character.isDigit(character) || character == '-' || character == '+' || character == '.';
    }
}
