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

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.contrib.cdd.privacy.PrivateDataException.Reason;
import org.xwiki.environment.Environment;

/**
 * The key from {@value #PROPERTY} in {@code xwiki.properties} (what a cluster must use: every node the same key);
 * else from {@value #FILE} in the permanent directory, created by the first seal, so that a single server works
 * without any setting (mode 600 where the file system has POSIX permissions). The key is read on each call:
 * nothing is kept in this component.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultPrivateDataKey implements PrivateDataKey
{
    /** The property of {@code xwiki.properties} holding the key, 32 bytes in Base64. */
    public static final String PROPERTY = "cdd.privateData.key";

    /** The key file, under the permanent directory. */
    public static final String FILE = "cdd/private-data.key";

    /** AES-256. */
    static final int KEY_BYTES = 32;

    private static final String ALGORITHM = "AES";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Only {@code xwiki.properties}: wiki preferences are objects, which the endpoints can query. */
    @Inject
    @Named("xwikiproperties")
    private Provider<ConfigurationSource> properties;

    @Inject
    private Provider<Environment> environment;

    @Inject
    private Logger logger;

    @Override
    public SecretKey get(boolean create) throws PrivateDataException
    {
        String configured = configured();
        if (configured != null && !configured.isBlank()) {
            return decode(configured);
        }
        Path file = file();
        if (file == null) {
            throw new PrivateDataException(Reason.NO_KEY, null);
        }
        try {
            if (!Files.exists(file)) {
                if (!create) {
                    throw new PrivateDataException(Reason.NO_KEY, null);
                }
                create(file);
                this.logger.warn("Created the key of the members' private data in [{}]: back it up with the database,"
                    + " and set [{}] in xwiki.properties on every node of a cluster", file, PROPERTY);
            }
            // Read as bytes: a key file with other characters is a bad key, not a missing one.
            return decode(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (IOException | SecurityException e) {
            throw new PrivateDataException(Reason.NO_KEY, e);
        }
    }

    private String configured()
    {
        try {
            return this.properties.get().getProperty(PROPERTY, String.class);
        } catch (RuntimeException e) {
            // No xwiki.properties source (outside XWiki): the key file is the way.
            return null;
        }
    }

    private Path file()
    {
        try {
            File directory = this.environment.get().getPermanentDirectory();
            return directory == null ? null : directory.toPath().resolve(FILE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes a new key in a file of its own, on disk before it gets its name, then links it under the key's name: a
     * link fails when the name exists, so two threads or two requests starting together keep the same key, and no
     * reader sees half a key. Where the file system has no links, a move that never replaces does the same, but for
     * two requests at the very same moment.
     */
    private static void create(Path file) throws IOException
    {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        Path draft = Files.createTempFile(file.getParent(), "key", ".draft");
        try {
            restrict(draft);
            try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(Base64.getEncoder().encode(key)));
                channel.force(true);
            }
            link(draft, file);
        } catch (FileAlreadyExistsException e) {
            // Another request created it first: that key is the one.
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void link(Path draft, Path file) throws IOException
    {
        try {
            Files.createLink(file, draft);
        } catch (UnsupportedOperationException e) {
            Files.move(draft, file);
        }
    }

    private static void restrict(Path path) throws IOException
    {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the permanent directory's own permissions apply.
        }
    }

    private static SecretKey decode(String text) throws PrivateDataException
    {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new PrivateDataException(Reason.BAD_KEY, e);
        }
        if (key.length != KEY_BYTES) {
            throw new PrivateDataException(Reason.BAD_KEY, null);
        }
        return new SecretKeySpec(key, ALGORITHM);
    }
}
