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
package org.xwiki.contrib.cdd.test.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the pages of a built {@code .xar} (or of a folder of page files, for test fixtures) into {@link XarPage}s.
 *
 * @version $Id$
 */
public final class XarReader
{
    private static final String PACKAGE_XML = "package.xml";

    private XarReader()
    {
    }

    /**
     * @param xar the built XAR file
     * @return every page of the XAR, in entry order
     * @throws IOException when the file cannot be read
     */
    public static List<XarPage> readXar(Path xar) throws IOException
    {
        List<XarPage> pages = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(".xml")
                    && !PACKAGE_XML.equals(entry.getName())) {
                    pages.add(read(entry.getName(), zip.readAllBytes()));
                }
            }
        }
        pages.sort(Comparator.comparing(XarPage::path));
        return pages;
    }

    /**
     * @param xar the built XAR file
     * @return the raw {@code package.xml}
     * @throws IOException when the file cannot be read
     */
    public static String readPackageXml(Path xar) throws IOException
    {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (PACKAGE_XML.equals(entry.getName())) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("No package.xml in " + xar);
    }

    /**
     * @param folder a folder holding page files (fixtures)
     * @return every {@code .xml} page below it
     * @throws IOException when a file cannot be read
     */
    public static List<XarPage> readFolder(Path folder) throws IOException
    {
        List<XarPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                pages.add(read(folder.relativize(file).toString(), Files.readAllBytes(file)));
            }
        }
        return pages;
    }

    /**
     * @param path the name to report problems under
     * @param bytes the page file
     * @return the page; a file that is not well-formed gives a page with a parse error and no content
     */
    public static XarPage read(String path, byte[] bytes)
    {
        String raw = new String(bytes, StandardCharsets.UTF_8);
        Document document;
        try {
            document = newBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            return broken(path, "line " + e.getLineNumber() + ": " + e.getMessage(), e.getLineNumber());
        } catch (SAXException | IOException e) {
            return broken(path, e.getMessage(), 1);
        }
        Element root = document.getDocumentElement();
        if (!"xwikidoc".equals(root.getNodeName())) {
            return broken(path, "the root element is <" + root.getNodeName() + ">, not <xwikidoc>", 1);
        }
        List<PageObject> objects = new ArrayList<>();
        for (Element object : children(root, "object")) {
            objects.add(readObject(object));
        }
        Element xclass = child(root, "class");
        return new XarPage(path, root.getAttribute("reference"), root.getAttribute("locale"),
            text(root, "defaultLanguage"), text(root, "title"), text(root, "syntaxId"),
            Boolean.parseBoolean(text(root, "hidden")), text(root, "content"), lineOf(raw, "<content>"),
            lineOf(raw, "<title>"), xclass == null ? null : readClass(xclass), objects, null);
    }

    private static XarPage broken(String path, String error, int line)
    {
        return new XarPage(path, "", "", "", "", "", false, "", line, line, null, List.of(), error);
    }

    private static DocumentBuilder newBuilder()
    {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Keep the console clean: the error is reported through the exception.
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PageObject readObject(Element object)
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element property : children(object, "property")) {
            for (Element value : children(property, null)) {
                values.put(value.getNodeName(), value.getTextContent());
            }
        }
        Element xclass = child(object, "class");
        return new PageObject(text(object, "className"), Integer.parseInt(text(object, "number").trim()),
            xclass == null ? null : readClass(xclass), values);
    }

    private static ClassDefinition readClass(Element xclass)
    {
        Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
        for (Element property : children(xclass, null)) {
            Element classType = child(property, "classType");
            if (classType != null) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (Element attribute : children(property, null)) {
                    attributes.put(attribute.getNodeName(), attribute.getTextContent());
                }
                properties.put(property.getNodeName(),
                    new PropertyDefinition(property.getNodeName(), classType.getTextContent(), attributes));
            }
        }
        return new ClassDefinition(text(xclass, "name"), properties);
    }

    private static List<Element> children(Element parent, String name)
    {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || name.equals(element.getNodeName()))) {
                result.add(element);
            }
        }
        return result;
    }

    private static Element child(Element parent, String name)
    {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String name)
    {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent();
    }

    private static int lineOf(String raw, String tag)
    {
        int index = raw.indexOf(tag);
        if (index < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
