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
package org.xwiki.contrib.cdd.test;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.extension.ExtensionDependency;
import org.xwiki.extension.ExtensionManagerConfiguration;
import org.xwiki.extension.LocalExtension;
import org.xwiki.extension.internal.DefaultExtensionLicenseManager;
import org.xwiki.extension.internal.ExtensionFactory;
import org.xwiki.extension.repository.LocalExtensionRepository;
import org.xwiki.extension.repository.internal.DefaultExtensionSerializer;
import org.xwiki.extension.repository.internal.local.DefaultLocalExtensionRepository;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * Issue 17, item 4: the offline package read back by XWiki's own code. Unzipped into a permanent directory's
 * {@code extension/repository}, as the README tells the administrator, it is loaded by the local extension repository
 * of xwiki-commons-extension-api 17.10.0 (the one a XWiki 17.10 runs, its descriptor reader and its storage layout),
 * which must list the application, its Java part and the two libraries, with their files and dependencies; each
 * dependency is then either resolved in that repository or one a stock XWiki ships.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList({DefaultLocalExtensionRepository.class, DefaultExtensionSerializer.class,
    DefaultExtensionLicenseManager.class, ExtensionFactory.class})
class XipInXWikiTest
{
    private static final String GROUP = XipTest.GROUP;

    private static final String VERSION = XipTest.VERSION;

    private static final List<String> STOCK_XWIKI = XipTest.STOCK_XWIKI;

    @InjectComponentManager
    private MockitoComponentManager componentManager;

    @MockComponent
    private ExtensionManagerConfiguration configuration;

    @TempDir
    private Path permanentDirectory;

    @Test
    void xwikiListsTheApplicationAndItsLibraries() throws Exception
    {
        Path repository = this.permanentDirectory.resolve("extension/repository");
        Map<String, byte[]> entries = unzip(Path.of(System.getProperty("cdd.xip")), repository);
        when(this.configuration.getLocalRepository()).thenReturn(repository.toFile());

        LocalExtensionRepository local = this.componentManager.getInstance(LocalExtensionRepository.class);

        Map<String, LocalExtension> extensions = new TreeMap<>();
        for (LocalExtension extension : local.getLocalExtensions()) {
            extensions.put(extension.getId().getId(), extension);
        }
        assertEquals(List.of("com.github.mangstadt:vinnie", "net.sf.biweekly:biweekly", GROUP + "xwiki-cdd-api",
            GROUP + "xwiki-cdd-ui"), List.copyOf(extensions.keySet()));
        LocalExtension ui = extensions.get(GROUP + "xwiki-cdd-ui");
        assertEquals(VERSION, ui.getId().getVersion().getValue());
        assertEquals("xar", ui.getType());
        assertEquals("Conseil de développement", ui.getName());
        assertEquals("jar", extensions.get(GROUP + "xwiki-cdd-api").getType());
        assertEquals(System.getProperty("cdd.biweekly"), extensions.get("net.sf.biweekly:biweekly").getId()
            .getVersion().getValue());
        assertEquals("FreeBSD License", extensions.get("net.sf.biweekly:biweekly").getLicenses().iterator().next()
            .getName());

        // Each file XWiki found is the one in the package.
        for (LocalExtension extension : extensions.values()) {
            File file = new File(extension.getFile().getAbsolutePath());
            assertTrue(file.isFile(), extension.getId().toString());
            String entry = repository.relativize(file.toPath()).toString().replace(File.separatorChar, '/');
            assertArrayEquals(entries.get(entry), Files.readAllBytes(file.toPath()), entry);
        }

        // Every dependency is found in the repository, or XWiki ships it.
        List<String> missing = new ArrayList<>();
        for (LocalExtension extension : extensions.values()) {
            for (ExtensionDependency dependency : extension.getDependencies()) {
                boolean stock = STOCK_XWIKI.stream().anyMatch(dependency.getId()::startsWith);
                if (!stock && !extensions.containsKey(dependency.getId())) {
                    missing.add(extension.getId() + " needs " + dependency);
                } else if (!stock) {
                    assertEquals(dependency.getId(), local.resolve(dependency).getId().getId());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(ui.getDependencies().stream().anyMatch(d -> d.getId().equals(GROUP + "xwiki-cdd-api")));
        assertTrue(extensions.get(GROUP + "xwiki-cdd-api").getDependencies().stream()
            .anyMatch(d -> d.getId().equals("net.sf.biweekly:biweekly")));
    }

    private static Map<String, byte[]> unzip(Path xip, Path folder) throws Exception
    {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(xip); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                entries.put(entry.getName(), bytes);
                Path file = folder.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            }
        }
        return entries;
    }
}
