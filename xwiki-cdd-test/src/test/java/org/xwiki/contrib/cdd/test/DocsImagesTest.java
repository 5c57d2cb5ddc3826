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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.a11y.DocScreenshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 3: the guides' pictures. Every picture a guide shows exists and has a text alternative; the French
 * guides show the French pictures ({@code docs/images/}), the English guides the English ones ({@code docs/images/en/});
 * the pictures are exactly those {@link DocScreenshots} takes, each shown at least once.
 *
 * @version $Id$
 */
class DocsImagesTest
{
    private static final Path DOCS = Path.of("../docs");

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]+)\\)");

    @Test
    void everyPictureExistsHasAnAlternativeAndIsShown() throws Exception
    {
        Set<String> shown = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String guide : List.of("user-guide.fr.md", "admin-guide.fr.md", "user-guide.en.md", "admin-guide.en.md")) {
            String text = Files.readString(DOCS.resolve(guide));
            String folder = guide.endsWith(".fr.md") ? "images/" : "images/en/";
            Matcher image = IMAGE.matcher(text);
            while (image.find()) {
                String alt = image.group(1).trim();
                String target = image.group(2);
                if (alt.split("\\s+").length < 5) {
                    problems.add(guide + ": " + target + " has no real text alternative: '" + alt + "'");
                }
                if (!target.startsWith(folder) || target.substring(folder.length()).contains("/")) {
                    problems.add(guide + ": " + target + " is not a picture of its language (" + folder + ")");
                }
                if (!Files.isRegularFile(DOCS.resolve(target))) {
                    problems.add(guide + ": " + target + " does not exist");
                }
                shown.add(target);
            }
        }
        assertEquals(List.of(), problems);
        Set<String> taken = new TreeSet<>();
        for (String name : DocScreenshots.NAMES) {
            taken.add("images/" + name + ".png");
            taken.add("images/en/" + name + ".png");
        }
        assertEquals(taken, shown, "every picture taken is shown, and only those");
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.walk(DOCS.resolve("images"))) {
            all.filter(p -> p.toString().endsWith(".png")).forEach(p -> files.add(DOCS.relativize(p).toString()
                .replace('\\', '/')));
        }
        assertEquals(taken, files, "no stale picture in docs/images");
        for (String file : files) {
            byte[] png = Files.readAllBytes(DOCS.resolve(file));
            assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', file);
        }
    }
}
