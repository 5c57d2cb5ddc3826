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
package org.xwiki.contrib.cdd.internal;

/**
 * Cheap checks made before a parser that throws on bad input: building an exception costs far more than a parse, and
 * a page may hand over thousands of values that are plainly not numbers or dates (a query of many rows).
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class QuickChecks
{
    /** {@code -2147483648} is the longest int, with its sign. */
    private static final int MAX_INT_LENGTH = 11;

    private QuickChecks()
    {
    }

    /**
     * @param text a trimmed text
     * @return false when it cannot be an ISO date: it starts with neither a digit nor a sign, or has no dash after
     *     its first character
     */
    public static boolean mayBeDate(String text)
    {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || isSign(text.charAt(0)))
            && text.indexOf('-', 1) > 0;
    }

    /**
     * @param text a trimmed text
     * @return false when it cannot be an int: not an optional sign then one to ten digits
     */
    public static boolean mayBeInteger(String text)
    {
        int start = !text.isEmpty() && isSign(text.charAt(0)) ? 1 : 0;
        if (text.length() <= start || text.length() > MAX_INT_LENGTH) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSign(char character)
    {
        return character == '+' || character == '-';
    }
}
