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
package org.xwiki.contrib.cdd.test.standin;

import java.util.Base64;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.cdd.internal.privacy.DefaultPrivateDataKey;
import org.xwiki.contrib.cdd.internal.privacy.SealCipher;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.test.XWikiPropertiesMemoryConfigurationSource;
import org.xwiki.test.mockito.MockitoComponentManager;

/**
 * The harness's private data key, set as an administrator sets it in {@code xwiki.properties}, and the seals of the
 * fixtures' private data made with it (the application's own cipher, so a fixture holds what the service would have
 * saved).
 *
 * @version $Id$
 */
public final class HarnessPrivateDataKey
{
    /** The key, 32 bytes in Base64. */
    public static final String KEY = "ZmljdGlvbmFsIGNvdW5jaWwga2V5OiBub3QgcmVhbCE=";

    private HarnessPrivateDataKey()
    {
    }

    /**
     * @param componentManager the test's component manager, before its components start
     * @return the {@code xwikiproperties} configuration source holding the key
     * @throws Exception when it cannot be registered
     */
    public static XWikiPropertiesMemoryConfigurationSource register(MockitoComponentManager componentManager)
        throws Exception
    {
        XWikiPropertiesMemoryConfigurationSource properties = new XWikiPropertiesMemoryConfigurationSource();
        properties.setProperty(DefaultPrivateDataKey.PROPERTY, KEY);
        componentManager.registerComponent(ConfigurationSource.class, "xwikiproperties", properties);
        return properties;
    }

    /**
     * @param privatePage the member's private page, which holds the text
     * @param values the private values by field
     * @return them sealed with the harness's key
     */
    public static String seal(String privatePage, Map<String, String> values)
    {
        try {
            return SealCipher.seal(new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"), privatePage, values);
        } catch (PrivateDataException e) {
            throw new IllegalStateException(e);
        }
    }
}
