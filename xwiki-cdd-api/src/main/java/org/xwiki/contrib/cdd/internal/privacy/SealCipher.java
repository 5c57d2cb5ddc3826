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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.contrib.cdd.privacy.PrivateDataException.Reason;

/**
 * AES-256-GCM from the JDK: a fresh 96-bit nonce per seal (two seals of the same values differ, so no query can tell
 * equal values apart), the member's private page as associated data (a seal copied to another member does not open),
 * and the key's fingerprint in clear (a seal of another key is told from a changed one). A sealed text reads
 * {@code cdd1.<fingerprint>.<nonce and cipher text, Base64 URL>}. Static: the key is given, nothing is kept.
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class SealCipher
{
    /** Longer texts are not seals: refused before any decoding. */
    static final int MAX_SEALED = 8192;

    /** The format's prefix, so that a later format can be told apart. */
    static final String VERSION = "cdd1";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final int FINGERPRINT_BYTES = 4;

    private static final char DOT = '.';

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + 2 * FINGERPRINT_BYTES + "}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private SealCipher()
    {
    }

    /**
     * @param secret the council's key
     * @param privatePage the member's private page, which holds the text
     * @param values the values by field name
     * @return the sealed text
     * @throws PrivateDataException when the values are too long, or the key cannot be used
     */
    public static String seal(SecretKey secret, String privatePage, Map<String, String> values)
        throws PrivateDataException
    {
        byte[] clear = SealedValues.encode(values);
        if (clear == null) {
            throw new PrivateDataException(Reason.TOO_LONG, null);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, secret, nonce, privatePage);
            byte[] sealed = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(clear.length)).put(nonce)
                .put(cipher.doFinal(clear)).array();
            return VERSION + DOT + fingerprint(secret) + DOT + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new PrivateDataException(Reason.NO_KEY, e);
        }
    }

    /**
     * @param secret the council's key
     * @param privatePage the member's private page, which holds the text
     * @param sealed a text {@link #seal} gave
     * @return the values by field name
     * @throws PrivateDataException when the text does not open with this key for this member
     */
    public static Map<String, String> open(SecretKey secret, String privatePage, String sealed)
        throws PrivateDataException
    {
        String[] parts = sealed == null || sealed.length() > MAX_SEALED ? new String[0]
            : sealed.trim().split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !FINGERPRINT.matcher(parts[1]).matches()) {
            throw new PrivateDataException(Reason.DAMAGED, null);
        }
        if (!fingerprint(secret).equals(parts[1])) {
            throw new PrivateDataException(Reason.OTHER_KEY, null);
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(parts[2]);
            if (bytes.length <= NONCE_BYTES) {
                throw new PrivateDataException(Reason.DAMAGED, null);
            }
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, secret, nonce, privatePage);
            Map<String, String> values =
                SealedValues.decode(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
            if (values == null) {
                throw new PrivateDataException(Reason.DAMAGED, null);
            }
            return values;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PrivateDataException(Reason.DAMAGED, e);
        }
    }

    private static Cipher cipher(int mode, SecretKey secret, byte[] nonce, String privatePage)
        throws GeneralSecurityException, PrivateDataException
    {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, secret, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(privatePage));
        return cipher;
    }

    /** The private page the text is sealed for: a text copied to another page does not open. */
    private static byte[] associatedData(String privatePage) throws PrivateDataException
    {
        if (!MemberPrivateClass.isPrivatePage(privatePage)) {
            throw new PrivateDataException(Reason.WRONG_PAGE, null);
        }
        return (VERSION + DOT + privatePage).getBytes(StandardCharsets.UTF_8);
    }

    private static String fingerprint(SecretKey secret) throws PrivateDataException
    {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getEncoded());
            return HexFormat.of().formatHex(digest, 0, FINGERPRINT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new PrivateDataException(Reason.NO_KEY, e);
        }
    }
}
