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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.contrib.cdd.privacy.PrivateDataException.Reason;
import org.xwiki.environment.Environment;
import org.xwiki.test.XWikiPropertiesMemoryConfigurationSource;
import org.xwiki.test.annotation.BeforeComponent;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * Unit tests for {@link DefaultPrivateDataSeal} and {@link DefaultPrivateDataKey}: what a seal hides (equal values,
 * lengths), what it refuses to open (another member's, another key's, a changed one), and where the key comes from.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList({DefaultPrivateDataSeal.class, DefaultPrivateDataKey.class})
class DefaultPrivateDataSealTest
{
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static final String OTHER_KEY = "HxwdHhkaGxwYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgE=";

    private static final String CAMILLE = "CDD.Members.Private.Camille";

    private static final String LEA = "CDD.Members.Private.Lea";

    private static final Map<String, String> VALUES = Map.of(MemberPrivateClass.GENDER, "f",
        MemberPrivateClass.AGE_CLASS, "30-44", MemberPrivateClass.EMAIL, "camille@example.org");

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    @MockComponent
    private Environment environment;

    @TempDir
    private Path permanent;

    private XWikiPropertiesMemoryConfigurationSource properties;

    private DefaultPrivateDataSeal seal;

    @BeforeComponent
    void registerProperties() throws Exception
    {
        this.properties = new XWikiPropertiesMemoryConfigurationSource();
        this.componentManager.registerComponent(ConfigurationSource.class, "xwikiproperties", this.properties);
    }

    @BeforeEach
    void setUp() throws Exception
    {
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, KEY);
        when(this.environment.getPermanentDirectory()).thenReturn(this.permanent.toFile());
        this.seal = this.componentManager.getInstance(org.xwiki.contrib.cdd.privacy.PrivateDataSeal.class);
    }

    @Test
    void aSealOpensForItsMemberWithEveryField() throws Exception
    {
        String sealed = this.seal.seal(CAMILLE, VALUES);

        Map<String, String> opened = this.seal.open(CAMILLE, sealed);
        assertEquals(List.of("gender", "ageClass", "communityCouncillor", "email", "phone"),
            List.copyOf(opened.keySet()));
        assertEquals("f", opened.get(MemberPrivateClass.GENDER));
        assertEquals("camille@example.org", opened.get(MemberPrivateClass.EMAIL));
        assertEquals("", opened.get(MemberPrivateClass.PHONE));
        assertTrue(sealed.startsWith("cdd1."), sealed);
        assertTrue(!sealed.contains("camille") && !sealed.contains("30-44"), sealed);
    }

    @Test
    void equalValuesGiveDifferentSealsOfTheSameLength() throws Exception
    {
        Set<String> seals = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seals.add(this.seal.seal(CAMILLE, VALUES));
        }
        assertEquals(20, seals.size(), "no query can tell two members with the same values apart");
        String shortMail = this.seal.seal(CAMILLE, Map.of(MemberPrivateClass.EMAIL, "a@b.fr"));
        String longerMail = this.seal.seal(CAMILLE, Map.of(MemberPrivateClass.EMAIL, "camille.martin@mairie.fr",
            MemberPrivateClass.GENDER, "undisclosed", MemberPrivateClass.PHONE, "04 90 00 00 00"));
        assertEquals(shortMail.length(), longerMail.length(), "the length tells nothing within a 64-byte block");
    }

    @Test
    void aSealCopiedToAnotherMemberOrChangedDoesNotOpen() throws Exception
    {
        String sealed = this.seal.seal(CAMILLE, VALUES);

        assertReason(Reason.DAMAGED, () -> this.seal.open(LEA, sealed));
        for (String elsewhere : new String[] {"Sandbox.Camille", "CDD.Members.Camille", "CDD.Members.Private.X.Camille",
            "CDD.Members.Private.", null}) {
            assertReason(Reason.WRONG_PAGE, () -> this.seal.open(elsewhere, sealed));
            assertReason(Reason.WRONG_PAGE, () -> this.seal.seal(elsewhere, VALUES));
        }
        char last = sealed.charAt(sealed.length() - 2);
        String changed = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
            + sealed.charAt(sealed.length() - 1);
        assertReason(Reason.DAMAGED, () -> this.seal.open(CAMILLE, changed));
        for (String text : new String[] {"f", "cdd1..", "cdd2." + sealed.substring(5), "cdd1.x.y.z", "cdd1.%%.%%"}) {
            assertReason(Reason.DAMAGED, () -> this.seal.open(CAMILLE, text));
        }
        String huge = "cdd1." + "A".repeat(5_000_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(1),
            () -> assertReason(Reason.DAMAGED, () -> this.seal.open(CAMILLE, huge)));
    }

    @Test
    void aSealOfAnotherKeyIsToldApart() throws Exception
    {
        String sealed = this.seal.seal(CAMILLE, VALUES);
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, OTHER_KEY);

        assertReason(Reason.OTHER_KEY, () -> this.seal.open(CAMILLE, sealed));
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, "c2hvcnQ=");
        assertReason(Reason.BAD_KEY, () -> this.seal.open(CAMILLE, sealed));
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, "not Base64!");
        assertReason(Reason.BAD_KEY, () -> this.seal.seal(CAMILLE, VALUES));
        assertEquals("cdd.privateData.error.otherKey", Reason.OTHER_KEY.translationKey());
        assertEquals("cdd.privateData.error.tooLong", Reason.TOO_LONG.translationKey());
    }

    @Test
    void valuesLongerThanASealHoldsAreRefused() throws Exception
    {
        assertReason(Reason.TOO_LONG, () -> this.seal.seal(CAMILLE, Map.of(MemberPrivateClass.EMAIL,
            "<".repeat(2000))));
        // The longest values the rules accept fit, even in letters that take several bytes once encoded.
        String email = "é".repeat(248) + "@é.fr";
        assertEquals(email, this.seal.open(CAMILLE, this.seal.seal(CAMILLE, Map.of(MemberPrivateClass.EMAIL, email,
            MemberPrivateClass.PHONE, "(".repeat(32), MemberPrivateClass.AGE_CLASS, "ä".repeat(64))))
            .get(MemberPrivateClass.EMAIL));
    }

    @Test
    void withoutASettingTheKeyIsCreatedOnceInThePermanentDirectory() throws Exception
    {
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, "");
        Path file = this.permanent.resolve(DefaultPrivateDataKey.FILE);
        String earlier = SealCipher.seal(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(KEY),
            "AES"), CAMILLE, VALUES);
        assertReason(Reason.NO_KEY, () -> this.seal.open(CAMILLE, earlier));
        assertTrue(!Files.exists(file), "reading never creates a key: the seals' key was lost, a new one opens nothing");

        String sealed = this.seal.seal(CAMILLE, VALUES);
        assertTrue(Files.exists(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(VALUES.get(MemberPrivateClass.EMAIL), this.seal.open(CAMILLE, sealed).get("email"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no draft left behind");
        }
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, Files.readString(file));
        assertEquals("f", this.seal.open(CAMILLE, sealed).get("gender"), "the file's key is the key");
    }

    @Test
    void requestsStartingTogetherKeepOneKey() throws Exception
    {
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, "");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> this.seal.seal(CAMILLE, VALUES));
            }
            List<String> seals = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(calls)) {
                seals.add(future.get());
            }
            for (String sealed : seals) {
                assertEquals("f", this.seal.open(CAMILLE, sealed).get("gender"), "every seal opens with the key");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyFileWithOtherCharactersIsABadKey() throws Exception
    {
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, "");
        Path file = this.permanent.resolve(DefaultPrivateDataKey.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', 'B'});

        assertReason(Reason.BAD_KEY, () -> this.seal.seal(CAMILLE, VALUES));
    }

    @Test
    void withNeitherSettingNorPermanentDirectoryNothingIsSealed()
    {
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, "");
        when(this.environment.getPermanentDirectory()).thenReturn(null);

        assertReason(Reason.NO_KEY, () -> this.seal.seal(CAMILLE, VALUES));
    }

    @Test
    void differentKeysGiveDifferentFingerprints() throws Exception
    {
        String first = this.seal.seal(CAMILLE, VALUES);
        this.properties.setProperty(DefaultPrivateDataKey.PROPERTY, OTHER_KEY);
        assertNotEquals(first.split("\\.")[1], this.seal.seal(CAMILLE, VALUES).split("\\.")[1]);
    }

    private static void assertReason(Reason reason, org.junit.jupiter.api.function.Executable call)
    {
        assertEquals(reason, assertThrows(PrivateDataException.class, call).getReason());
    }
}
