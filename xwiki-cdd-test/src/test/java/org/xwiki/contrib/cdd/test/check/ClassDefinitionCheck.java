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
package org.xwiki.contrib.cdd.test.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.PropertyType;
import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Every XClass page of an entity ({@code CDD.Code.<E>Class}) matches its one Java definition
 * ({@code org.xwiki.contrib.cdd.entity.<E>Class}) property by property: same names, XWiki property class, multiple
 * selection, and list value ids in the same order.
 *
 * @version $Id$
 */
public class ClassDefinitionCheck implements PageCheck
{
    private static final String MULTI_SELECT = "multiSelect";

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        Optional<EntityDefinition> java = Entities.find(page.reference());
        if (page.parseError() != null || java.isEmpty() || !page.locale().isEmpty()) {
            return problems;
        }
        ClassDefinition xar = page.xclass();
        if (xar == null) {
            problems.add(new Problem(page.path(), page.contentLine(), "the page of " + page.reference()
                + " holds no class"));
            return problems;
        }
        for (org.xwiki.contrib.cdd.entity.PropertyDefinition expected : java.get().properties().values()) {
            PropertyDefinition actual = xar.properties().get(expected.name());
            if (actual == null) {
                problems.add(problem(page, expected.name(), "is in the Java definition but not in the class"));
            } else {
                compare(page, expected, actual, problems);
            }
        }
        xar.properties().keySet().stream().filter(name -> !java.get().properties().containsKey(name))
            .forEach(name -> problems.add(problem(page, name, "is in the class but not in the Java definition")));
        return problems;
    }

    private static void compare(XarPage page, org.xwiki.contrib.cdd.entity.PropertyDefinition expected,
        PropertyDefinition actual, List<Problem> problems)
    {
        PropertyType type = expected.type();
        if (!type.xwikiClassType().equals(actual.classType())) {
            problems.add(problem(page, expected.name(), "is a " + actual.simpleType() + " but must be a "
                + type.xwikiClassType().substring(type.xwikiClassType().lastIndexOf('.') + 1) + " (" + type + ")"));
        }
        boolean multiple = "1".equals(actual.attributes().get(MULTI_SELECT));
        if (type.isMultiple() != multiple) {
            problems.add(problem(page, expected.name(), "must have multiSelect=" + (type.isMultiple() ? 1 : 0)));
        }
        if (!expected.allowedValues().isEmpty() && !expected.allowedValues().equals(actual.listValueIds())) {
            problems.add(problem(page, expected.name(), "has the values " + actual.listValueIds()
                + " but the Java definition has " + expected.allowedValues()));
        }
    }

    private static Problem problem(XarPage page, String property, String message)
    {
        return new Problem(page.path(), page.contentLine(), "property '" + property + "' of " + page.reference()
            + " " + message);
    }
}
