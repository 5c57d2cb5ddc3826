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
package org.xwiki.contrib.cdd;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.calendar.DeadlineRule;
import org.xwiki.contrib.cdd.calendar.Urgency;
import org.xwiki.contrib.cdd.composition.CompositionMessage;
import org.xwiki.contrib.cdd.entity.RecordError;
import org.xwiki.contrib.cdd.indicators.Indicator;
import org.xwiki.contrib.cdd.indicators.IndicatorCalculator;
import org.xwiki.contrib.cdd.internal.calendar.FrenchHolidayCalendar;
import org.xwiki.contrib.cdd.script.ScriptError;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.WorkflowService;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every message the Java code can produce has an English and a French value, and both bundles hold the same keys.
 *
 * @version $Id$
 */
class TranslationBundlesTest
{
    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+");

    private static Properties load(String resource) throws IOException
    {
        Properties properties = new Properties();
        try (InputStream stream = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(stream);
        }
        return properties;
    }

    private static List<String> keyConstants(Class<?> type) throws IllegalAccessException
    {
        List<String> keys = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                && ((String) field.get(null)).startsWith("cdd.")) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }

    private static Set<String> producedKeys() throws IllegalAccessException
    {
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : List.of(WorkflowService.class, RecordError.class, CompositionMessage.class,
            ScriptError.class)) {
            keyConstants(type).stream().filter(k -> !k.endsWith(".")).forEach(keys::add);
        }
        for (CouncilRole role : CouncilRole.values()) {
            keys.add(WorkflowService.ROLE_REQUIRED + role.id());
            keys.add("cdd.role." + role.id());
        }
        for (String id : IndicatorCalculator.ALL) {
            Indicator indicator = new Indicator(id, null, Indicator.COUNT);
            keys.add(indicator.labelKey());
            keys.add(indicator.definitionKey());
        }
        for (org.xwiki.contrib.cdd.workflow.WorkflowDefinition workflow
            : org.xwiki.contrib.cdd.workflow.CouncilWorkflows.ALL.values()) {
            workflow.transitions().forEach(t -> keys.add("cdd.workflow.action." + workflow.id() + '.' + t.to()));
        }
        for (Urgency urgency : Urgency.values()) {
            keys.add("cdd.urgency." + urgency.id());
        }
        for (DeadlineRule rule : DeadlineRule.values()) {
            keys.add("cdd.deadline.rule." + rule.id());
        }
        new FrenchHolidayCalendar().holidays(2026, true).values().forEach(id -> keys.add("cdd.holiday." + id));
        return keys;
    }

    @Test
    void everyProducedKeyIsInBothBundles() throws Exception
    {
        Properties english = load("/ApplicationResources.properties");
        Properties french = load("/ApplicationResources_fr.properties");

        List<String> missing = new ArrayList<>();
        for (String key : producedKeys()) {
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
            if (!french.containsKey(key)) {
                missing.add("fr: " + key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws Exception
    {
        assertEquals(new TreeSet<>(load("/ApplicationResources.properties").stringPropertyNames()),
            new TreeSet<>(load("/ApplicationResources_fr.properties").stringPropertyNames()));
    }

    @Test
    void noMessageWithParametersHasAPlainApostrophe() throws Exception
    {
        List<String> wrong = new ArrayList<>();
        for (String resource : List.of("/ApplicationResources.properties", "/ApplicationResources_fr.properties")) {
            Properties bundle = load(resource);
            bundle.stringPropertyNames().stream().filter(k -> PARAMETER.matcher(bundle.getProperty(k)).find())
                .filter(k -> bundle.getProperty(k).replace("''", "").contains("'"))
                .forEach(k -> wrong.add(resource + " " + k));
        }
        assertEquals(List.of(), wrong, "MessageFormat drops a lone apostrophe");
    }
}
