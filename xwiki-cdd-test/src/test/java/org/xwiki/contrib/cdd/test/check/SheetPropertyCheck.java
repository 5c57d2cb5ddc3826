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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Check f: every property a sheet names ({@code display('x')}, {@code getValue('x')}, {@code getProperty('x')})
 * exists in a class the sheet uses. The classes a sheet uses are those it names with {@code $doc.use('…')} or
 * {@code getObject('…')}, and the class whose {@code XWiki.ClassSheetBinding} points at it. Only our own classes
 * ({@code CDD.…}) are checked; a sheet naming properties of no known class is reported too.
 *
 * @version $Id$
 */
public class SheetPropertyCheck implements PageCheck
{
    /** A class a page works with; {@code $xwiki.jsx.use} and {@code $xwiki.ssx.use} name skin extensions instead. */
    private static final Pattern USED_CLASS = Pattern.compile(
        "(?<!jsx|ssx)(?:\\.use|\\.getObject|\\.getObjects|\\.newObject)\\(\\s*['\"](CDD\\.[\\w.]+)['\"]");

    /** A property named in a call; {@code #cddField('x')} is the sheets' own macro around {@code display}. */
    private static final Pattern PROPERTY = Pattern.compile(
        "(?:\\.(?:display|getValue|getProperty)|#cddField|#cddChoice)\\(\\s*['\"]([\\w]+)['\"]");

    private static final String SHEET_BINDING = "XWiki.ClassSheetBinding";

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null || page.syntax().startsWith("plain/")) {
            return problems;
        }
        Set<String> classes = usedClasses(page, all);
        if (classes.isEmpty()) {
            return problems;
        }
        List<ClassDefinition> definitions = new ArrayList<>();
        for (String className : classes) {
            Optional<ClassDefinition> definition = all.xclass(className);
            if (definition.isEmpty()) {
                problems.add(new Problem(page.path(), page.contentLine(), "the sheet uses class " + className
                    + " but no page of the application defines it"));
            } else {
                definitions.add(definition.get());
            }
        }
        Matcher matcher = PROPERTY.matcher(page.content());
        while (matcher.find()) {
            String property = matcher.group(1);
            if (!definitions.isEmpty()
                && definitions.stream().noneMatch(d -> d.properties().containsKey(property))) {
                problems.add(new Problem(page.path(), page.fileLine(WikiSource.lineOf(page.content(),
                    matcher.start())), "property '" + property + "' is in none of the classes the sheet uses "
                    + classes));
            }
        }
        return problems;
    }

    private static Set<String> usedClasses(XarPage page, PageSet all)
    {
        Set<String> classes = new LinkedHashSet<>();
        Matcher matcher = USED_CLASS.matcher(page.content());
        while (matcher.find()) {
            classes.add(matcher.group(1));
        }
        for (XarPage other : all.pages()) {
            for (PageObject binding : other.objectsOf(SHEET_BINDING)) {
                if (page.reference().equals(binding.values().get("sheet")) && other.xclass() != null) {
                    classes.add(other.reference());
                }
            }
        }
        return classes;
    }
}
