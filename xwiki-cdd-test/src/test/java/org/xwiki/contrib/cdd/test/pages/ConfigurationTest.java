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

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.script.CddScriptService;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarReader;
import org.xwiki.script.service.ScriptService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped configuration: the Pays d'Arles by default, no invented census share, kept across upgrades, editable by
 * the animators, shown in XWiki's Administration.
 *
 * @version $Id$
 */
class ConfigurationTest extends AbstractPageTest
{
    private Map<String, String> values()
    {
        return page("CDD.Code.Configuration").firstObject("CDD.Code.ConfigurationClass").map(PageObject::values)
            .orElseThrow();
    }

    @Test
    void theDefaultTerritoryIsThePaysDArlesWithItsTwentyNineCommunesInThreeEpci() throws Exception
    {
        CddScriptService cdd = this.componentManager.getInstance(ScriptService.class, "cdd");

        Map<String, String> communes = cdd.pairs(values().get("communes"));

        assertEquals(29, communes.size());
        assertEquals(Set.of("ACCM", "Terre de Provence", "CCVBA"), new TreeSet<>(communes.values()));
        assertEquals("ACCM", communes.get("Arles"));
        assertEquals("Terre de Provence", communes.get("Châteaurenard"));
        assertEquals(4, cdd.lines(values().get("deliberativeBodies")).size());
        assertEquals(List.of("30", "7", "1"), List.of(values().get("reminderDays").split(",")));
    }

    @Test
    void noCensusShareIsInvented()
    {
        assertEquals("", values().getOrDefault("ageClasses", ""));
    }

    @Test
    void upgradesKeepTheCouncilsSettingsAndAnimatorsMayEditThem() throws Exception
    {
        String packageXml = XarReader.readPackageXml(Path.of(System.getProperty(XAR_PROPERTY)));
        assertTrue(packageXml.contains("type=\"configuration\">CDD.Code.Configuration</file>"), packageXml);

        PageObject rights = page("CDD.Code.Configuration").firstObject("XWiki.XWikiRights").orElseThrow();
        assertTrue(rights.values().get("groups").contains("CDD.Code.AnimatorsGroup"));
        assertEquals("edit", rights.values().get("levels"), "members must still read the configured lists");
        PageObject admin = page("CDD.Code.Configuration").firstObject("XWiki.ConfigurableClass").orElseThrow();
        assertEquals("CDD.Code.ConfigurationClass", admin.values().get("configurationClass"));
    }
}
