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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 4: the offline package (.xip) the build writes (xwiki-cdd-xip). It is an XWiki local extension
 * repository, laid out as {@code LocalExtensionStorage} of xwiki-commons-extension-api reads it: for each extension,
 * {@code <id>/<version>/<id>-<version>.xed} and its file of the same name with the type's extension, each name encoded
 * as {@code PathUtils.encode} does. It holds the application's XAR and jar, and only the libraries a stock XWiki 17.10
 * lacks; every dependency of theirs is either in the package or shipped by XWiki.
 *
 * @version $Id$
 */
class XipTest
{
    static final String GROUP = "org.xwiki.contrib.cdd:";

    static final String VERSION = System.getProperty("cdd.expectedVersion", "1.0.0-SNAPSHOT");

    /** What a stock XWiki 17.10 ships in WEB-INF/lib (core extensions): never in the package. */
    static final List<String> STOCK_XWIKI = List.of("org.xwiki.commons:", "org.xwiki.rendering:",
        "org.xwiki.platform:", "com.fasterxml.jackson.core:", "com.rometools:", "commons-codec:");

    private static final Map<String, byte[]> ENTRIES = new TreeMap<>();

    @BeforeAll
    static void readThePackage() throws Exception
    {
        Path xip = Path.of(System.getProperty("cdd.xip"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xip))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ENTRIES.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    private static String encode(String name)
    {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
    }

    private static String path(String id, String version, String type)
    {
        return encode(id) + '/' + encode(version) + '/' + encode(id) + '-' + encode(version) + '.' + type;
    }

    @Test
    void itHoldsTheApplicationAndOnlyWhatXWikiLacks() throws Exception
    {
        List<String> expected = new ArrayList<>();
        for (String[] extension : List.of(new String[] {GROUP + "xwiki-cdd-ui", VERSION, "xar"},
            new String[] {GROUP + "xwiki-cdd-api", VERSION, "jar"}, new String[] {"net.sf.biweekly:biweekly",
                System.getProperty("cdd.biweekly"), "jar"}, new String[] {"com.github.mangstadt:vinnie",
                System.getProperty("cdd.vinnie"), "jar"})) {
            expected.add(path(extension[0], extension[1], "xed"));
            expected.add(path(extension[0], extension[1], extension[2]));
        }
        assertEquals(expected.stream().sorted().toList(), List.copyOf(ENTRIES.keySet()));
        assertTrue(ENTRIES.containsKey("org%2Exwiki%2Econtrib%2Ecdd%3Axwiki-cdd-ui/1%2E0%2E0-SNAPSHOT/"
            + "org%2Exwiki%2Econtrib%2Ecdd%3Axwiki-cdd-ui-1%2E0%2E0-SNAPSHOT.xar") || !VERSION.equals("1.0.0-SNAPSHOT"));

        // The files are the ones the build made.
        assertArrayEquals(Files.readAllBytes(Path.of(System.getProperty("cdd.xar"))),
            ENTRIES.get(path(GROUP + "xwiki-cdd-ui", VERSION, "xar")));
        assertArrayEquals(Files.readAllBytes(Path.of("../xwiki-cdd-api/target/xwiki-cdd-api-" + VERSION + ".jar")),
            ENTRIES.get(path(GROUP + "xwiki-cdd-api", VERSION, "jar")));
        // A jar is a jar, a XAR is a zip holding package.xml.
        for (Map.Entry<String, byte[]> entry : ENTRIES.entrySet()) {
            if (!entry.getKey().endsWith(".xed")) {
                assertTrue(entry.getValue().length > 1000 && entry.getValue()[0] == 'P' && entry.getValue()[1] == 'K',
                    entry.getKey());
            }
        }
        assertTrue(zipNames(ENTRIES.get(path(GROUP + "xwiki-cdd-ui", VERSION, "xar"))).contains("package.xml"));
    }

    @Test
    void everyDescriptorIsWhereXWikiLooksAndEveryDependencyIsMet() throws Exception
    {
        Map<String, Element> descriptors = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : ENTRIES.entrySet()) {
            if (entry.getKey().endsWith(".xed")) {
                Element extension = parse(entry.getValue());
                String id = text(extension, "id");
                String version = text(extension, "version");
                String type = text(extension, "type");
                // The folders and the names decode to the descriptor's id and version; the file of its type is there.
                String[] parts = entry.getKey().split("/");
                assertEquals(id, URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
                assertEquals(version, URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                assertTrue(ENTRIES.containsKey(path(id, version, type)), id);
                assertEquals("extension", extension.getTagName());
                descriptors.put(id, extension);
            }
        }
        // Every dependency is in the package, or one XWiki ships.
        for (Element extension : descriptors.values()) {
            for (String dependency : dependencies(extension)) {
                assertTrue(descriptors.containsKey(dependency) || STOCK_XWIKI.stream().anyMatch(dependency::startsWith),
                    text(extension, "id") + " needs " + dependency);
            }
        }
        // The descriptors name the dependencies the modules' poms declare, no more, no less.
        assertEquals(pomDependencies("../xwiki-cdd-api/pom.xml"), dependencies(descriptors.get(GROUP
            + "xwiki-cdd-api")));
        assertEquals(pomDependencies("../xwiki-cdd-ui/pom.xml"), dependencies(descriptors.get(GROUP
            + "xwiki-cdd-ui")));
        assertTrue(dependencies(descriptors.get("net.sf.biweekly:biweekly")).contains("com.github.mangstadt:vinnie"));
        assertEquals("Conseil de développement", text(descriptors.get(GROUP + "xwiki-cdd-ui"), "name"));
    }

    private static List<String> pomDependencies(String pom) throws Exception
    {
        Element project = parse(Files.readAllBytes(Path.of(pom)));
        List<String> ids = new ArrayList<>();
        NodeList children = project.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element dependencies && dependencies.getTagName().equals("dependencies")) {
                NodeList list = dependencies.getElementsByTagName("dependency");
                for (int j = 0; j < list.getLength(); j++) {
                    Element dependency = (Element) list.item(j);
                    String scope = dependency.getElementsByTagName("scope").getLength() > 0
                        ? text(dependency, "scope") : "compile";
                    if (List.of("compile", "runtime").contains(scope)) {
                        ids.add(text(dependency, "groupId").replace("${project.groupId}", "org.xwiki.contrib.cdd")
                            + ':' + text(dependency, "artifactId"));
                    }
                }
            }
        }
        return ids;
    }

    private static List<String> dependencies(Element extension)
    {
        List<String> ids = new ArrayList<>();
        NodeList list = extension.getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(text((Element) list.item(i), "id"));
        }
        return ids;
    }

    private static Element parse(byte[] xml) throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement();
    }

    private static String text(Element parent, String name)
    {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getTagName());
    }

    private static List<String> zipNames(byte[] zip) throws Exception
    {
        List<String> names = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
