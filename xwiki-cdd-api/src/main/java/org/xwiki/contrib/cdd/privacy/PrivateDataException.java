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
package org.xwiki.contrib.cdd.privacy;

import java.util.Locale;

import org.xwiki.stability.Unstable;

/**
 * Why private data could not be sealed or opened; each reason has a translated message.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public class PrivateDataException extends Exception
{
    /** Why. */
    public enum Reason
    {
        /** No key is configured and none could be kept in the permanent directory. */
        NO_KEY,

        /** The configured key is not 32 bytes in Base64. */
        BAD_KEY,

        /** The text was sealed with another key (another node's, or a key that was replaced). */
        OTHER_KEY,

        /** The text is not a sealed text, was changed, or was sealed for another member. */
        DAMAGED,

        /** The values are longer than a seal holds. */
        TOO_LONG,

        /** The page holding the values is not a member's private page, where only animators write. */
        WRONG_PAGE;

        /** @return the translation key of the message, e.g. {@code cdd.privateData.error.noKey} */
        public String translationKey()
        {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder("cdd.privateData.error.").append(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /**
     * @param reason why
     * @param cause what failed underneath, or null
     */
    public PrivateDataException(Reason reason, Throwable cause)
    {
        super(reason.name(), cause);
        this.reason = reason;
    }

    /** @return why */
    public Reason getReason()
    {
        return this.reason;
    }
}
