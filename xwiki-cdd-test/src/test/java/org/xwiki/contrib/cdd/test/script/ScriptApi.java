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
package org.xwiki.contrib.cdd.test.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public methods of the XWiki platform objects that Velocity can call, read from {@code xwiki-script-api.tsv}
 * (in this module's {@code src/test/resources/script-api/}, with its readme and provenance): the reference for the
 * page checks and for the test stand-ins.
 *
 * @version $Id$
 */
public final class ScriptApi
{
    /** The system property naming the TSV file. */
    public static final String PROPERTY = "cdd.scriptApi";

    private static final String VARARGS = "...";

    private final Map<String, List<ApiMethod>> methodsByClass;

    private ScriptApi(Map<String, List<ApiMethod>> methodsByClass)
    {
        this.methodsByClass = methodsByClass;
    }

    /**
     * One row of the TSV.
     *
     * @param className the fully qualified class the script holds
     * @param name the method name
     * @param parameterTypes the parameter types as written in the TSV
     * @param returnType the return type as written in the TSV
     * @param deprecated whether the row is deprecated
     */
    public record ApiMethod(String className, String name, List<String> parameterTypes, String returnType,
        boolean deprecated)
    {
        /**
         * @param arguments how many arguments a call passes
         * @return whether this method accepts that many
         */
        public boolean accepts(int arguments)
        {
            int count = this.parameterTypes.size();
            if (count > 0 && this.parameterTypes.get(count - 1).endsWith(VARARGS)) {
                return arguments >= count - 1;
            }
            return arguments == count;
        }
    }

    /** Where the file lives in the repository, for the messages. */
    public static final String IN_REPOSITORY = "xwiki-cdd-test/src/test/resources/script-api/xwiki-script-api.tsv";

    /**
     * @return the API read from the file named by the {@value #PROPERTY} system property (Surefire sets it to the
     *     repository's copy)
     */
    public static ScriptApi load()
    {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            throw new IllegalStateException("The system property " + PROPERTY + " must name the XWiki script API "
                + "reference, " + IN_REPOSITORY + " in the repository (Surefire sets it)");
        }
        return load(Path.of(file));
    }

    /**
     * @param file the TSV file
     * @return the API it describes
     */
    public static ScriptApi load(Path file)
    {
        Map<String, List<ApiMethod>> methods = new LinkedHashMap<>();
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The XWiki script API reference is missing or unreadable: expected "
                + file.toAbsolutePath() + ", which is " + IN_REPOSITORY + " of the repository (or set -D" + PROPERTY
                + "=/path/to/xwiki-script-api.tsv)");
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("class\tmethod\t")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                ApiMethod method = new ApiMethod(columns[0], columns[1], splitParameters(columns[2]), columns[3],
                    "yes".equals(columns[4]));
                methods.computeIfAbsent(method.className(), k -> new ArrayList<>()).add(method);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScriptApi(methods);
    }

    /**
     * @param parameters parameter types joined by commas outside angle brackets
     * @return each type
     */
    static List<String> splitParameters(String parameters)
    {
        List<String> result = new ArrayList<>();
        if (parameters.isEmpty()) {
            return result;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : parameters.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                result.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        result.add(current.toString().trim());
        return result;
    }

    /**
     * @return the classes the TSV covers
     */
    public Set<String> classes()
    {
        return this.methodsByClass.keySet();
    }

    /**
     * @param className a class the TSV covers
     * @param name a method name
     * @param arguments the number of arguments of the call
     * @return the rows that such a call can reach
     */
    public List<ApiMethod> find(String className, String name, int arguments)
    {
        return this.methodsByClass.getOrDefault(className, List.of()).stream()
            .filter(m -> m.name().equals(name) && m.accepts(arguments)).toList();
    }

    /**
     * @param className a class the TSV covers
     * @return whether Velocity's {@code $x.foo} can fall back to {@code get("foo")} on it
     */
    public boolean hasGenericGetter(String className)
    {
        return !find(className, "get", 1).isEmpty()
            && find(className, "get", 1).stream().anyMatch(m -> "String".equals(m.parameterTypes().get(0)));
    }

    /**
     * @param className a class the TSV covers
     * @param property the name Velocity reads as {@code $x.property}
     * @return the getter rows ({@code getProperty()} / {@code isProperty()}) it resolves to
     */
    public List<ApiMethod> getters(String className, String property)
    {
        String capitalized = property.isEmpty() ? property
            : Character.toUpperCase(property.charAt(0)) + property.substring(1);
        List<ApiMethod> getters = new ArrayList<>(find(className, "get" + capitalized, 0));
        getters.addAll(find(className, "is" + capitalized, 0));
        // Velocity also tries the name as written after "get" (getfoo) — XWiki classes have none worth supporting.
        return getters;
    }

    /**
     * @param candidates the rows a call can reach
     * @param ownerClass the class holding them (its package decides what "Object" means)
     * @return the TSV class all of them return, when they agree on one the TSV covers
     */
    public Optional<String> returnedClass(List<ApiMethod> candidates, String ownerClass)
    {
        Set<String> returned = candidates.stream().map(m -> resolveType(m.returnType(), ownerClass))
            .collect(Collectors.toSet());
        if (returned.size() == 1 && returned.iterator().next() != null) {
            return Optional.of(returned.iterator().next());
        }
        return Optional.empty();
    }

    private String resolveType(String simpleName, String ownerClass)
    {
        // In com.xpn.xwiki.api rows "Object" is the XObject wrapper, elsewhere java.lang.Object (see the TSV header).
        if ("Object".equals(simpleName)) {
            return ownerClass.startsWith("com.xpn.xwiki.api.") ? "com.xpn.xwiki.api.Object" : null;
        }
        if ("Query".equals(simpleName) || "SecureQuery".equals(simpleName)) {
            return "org.xwiki.query.internal.ScriptQuery";
        }
        if ("QueryParameter".equals(simpleName)) {
            return "org.xwiki.query.internal.ScriptQueryParameter";
        }
        List<String> matches = classes().stream().filter(c -> c.endsWith("." + simpleName)).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
