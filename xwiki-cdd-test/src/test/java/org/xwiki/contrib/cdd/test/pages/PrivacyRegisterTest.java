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
package org.xwiki.contrib.cdd.test.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.privacy.ProcessingActivity;
import org.xwiki.contrib.cdd.privacy.ProcessingRegister;
import org.xwiki.contrib.cdd.test.AbstractPageTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 2 (the register): the council's register of processing activities as a page everyone reads, from the
 * one register in Java, in French and English; docs/privacy.md prints the same register.
 *
 * @version $Id$
 */
class PrivacyRegisterTest extends AbstractPageTest
{
    private static final String PAGE = "CDD.Public.Privacy";

    @Test
    void everyoneReadsTheRegisterInTheirLanguage() throws Exception
    {
        this.scenario.setUser(null);
        this.scenario.setGroups();
        assertTrue(this.scenario.hasRight("view", PAGE));
        assertFalse(this.scenario.hasRight("edit", PAGE));
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            this.scenario.setLocale(locale);
            Document html = this.renderer.render(page(PAGE));
            assertTranslated(html);
            assertEquals(ProcessingRegister.ALL.size(), html.select("table.cdd-privacy-register tbody tr").size());
            assertEquals(6, html.select("table.cdd-privacy-register thead th[scope=col]").size());
            for (ProcessingActivity activity : ProcessingRegister.ALL) {
                assertEquals(activity.data().size(), html.select("#privacy-" + activity.id() + " li").size(),
                    activity.id());
            }
            assertEquals(5, html.select(".cdd-privacy-rights li").size());
        }
        Document english = this.renderer.render(page(PAGE));
        assertEquals(List.of("Members of the council", "Composition data and contact details",
            "Taking part in the work", "E-mails and calendars"),
            english.select("table.cdd-privacy-register tbody th").eachText());
        assertTrue(english.select("#privacy-composition li").eachText().containsAll(List.of("Gender", "Age class")),
            english.select("#privacy-composition li").eachText().toString());
    }

    @Test
    void theDocumentationPrintsTheSameRegister() throws Exception
    {
        String docs = Files.readString(Path.of(System.getProperty("user.dir")).getParent()
            .resolve("docs/privacy.md"));
        for (ProcessingActivity activity : ProcessingRegister.ALL) {
            assertTrue(docs.contains("`" + activity.id() + "`"), activity.id());
            for (String datum : activity.data()) {
                String named = datum.startsWith("CDD.Code.") ? datum.substring("CDD.Code.".length()).replace('_', '.')
                    : datum;
                assertTrue(docs.contains("`" + named + "`"), activity.id() + ": " + named);
            }
        }
    }
}
