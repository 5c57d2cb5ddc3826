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

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the offline package (.xip): a zip of an XWiki local extension repository, to unzip into
 * {@code <permanent directory>/extension/repository}. Each extension is a descriptor {@code <id>-<version>.xed} and its
 * file {@code <id>-<version>.<type>} in the folder {@code <id>/<version>/}, every name encoded as XWiki's
 * {@code PathUtils.encode} does (URL encoding, then {@code .} and {@code *} encoded too), which is where
 * {@code LocalExtensionStorage} of xwiki-commons-extension-api looks for them. Run by the build with Java's
 * single-file launcher: {@code java XipBuilder.java <output.xip> <extension>...}, an extension being
 * {@code id|version|type|file|name|licence|dependency,dependency}, a dependency {@code id/versionConstraint}. The entries keep
 * one fixed date, so that the package is the same from one build to the next.
 *
 * @version $Id$
 */
public final class XipBuilder
{
    private static final FileTime FIXED = FileTime.fromMillis(946684800000L);

    private XipBuilder()
    {
    }

    /**
     * @param args the package to write, then the extensions
     * @throws IOException when a file cannot be read or the package written
     */
    public static void main(String[] args) throws IOException
    {
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(output))) {
            for (int i = 1; i < args.length; i++) {
                String[] fields = args[i].trim().split("\\|", -1);
                String id = fields[0].trim();
                String version = fields[1].trim();
                String type = fields[2].trim();
                String base = encode(id) + '/' + encode(version) + '/' + encode(id) + '-' + encode(version) + '.';
                put(zip, base + "xed", descriptor(new String[] {id, version, type, fields[4].trim(),
                    fields[5].trim()}, fields[6].trim()).getBytes(StandardCharsets.UTF_8));
                put(zip, base + encode(type), Files.readAllBytes(Path.of(fields[3].trim())));
            }
        }
    }

    static String encode(String name)
    {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace(".", "%2E").replace("*", "%2A");
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException
    {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FIXED);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    // fields: id, version, type, name, licence (as the artifact's pom names it)
    private static String descriptor(String[] fields, String dependencies)
    {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<extension>\n");
        element(xml, "  ", "id", fields[0]);
        element(xml, "  ", "version", fields[1]);
        element(xml, "  ", "type", fields[2]);
        element(xml, "  ", "name", fields[3]);
        xml.append("  <licenses>\n    <license>\n");
        element(xml, "      ", "name", fields[4]);
        xml.append("    </license>\n  </licenses>\n");
        List<String[]> list = new ArrayList<>();
        for (String dependency : dependencies.split(",")) {
            if (!dependency.isBlank()) {
                list.add(dependency.trim().split("/", 2));
            }
        }
        if (!list.isEmpty()) {
            xml.append("  <dependencies>\n");
            for (String[] dependency : list) {
                xml.append("    <dependency>\n");
                element(xml, "      ", "id", dependency[0]);
                element(xml, "      ", "version", dependency[1]);
                xml.append("    </dependency>\n");
            }
            xml.append("  </dependencies>\n");
        }
        return xml.append("</extension>\n").toString();
    }

    private static void element(StringBuilder xml, String indent, String name, String value)
    {
        xml.append(indent).append('<').append(name).append('>').append(value.replace("&", "&amp;")
            .replace("<", "&lt;")).append("</").append(name).append(">\n");
    }
}
