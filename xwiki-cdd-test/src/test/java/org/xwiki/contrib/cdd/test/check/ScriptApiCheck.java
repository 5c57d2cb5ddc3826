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

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.parser.node.ASTIdentifier;
import org.apache.velocity.runtime.parser.node.ASTMethod;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.xwiki.contrib.cdd.script.CddScriptService;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.script.ScriptApi;
import org.xwiki.contrib.cdd.test.script.ScriptApi.ApiMethod;
import org.xwiki.velocity.VelocityManager;
import org.xwiki.velocity.XWikiVelocityException;

/**
 * Fails any Velocity call on {@code $doc}, {@code $xwiki}, {@code $xcontext}, {@code $request} or the platform
 * {@code $services} whose method (name and number of arguments) is not in {@code xwiki-script-api.tsv} for that object,
 * following chained calls as far as the TSV's return types allow. Calls on {@code $services.cdd} are checked against
 * our real script service by reflection. Works on Velocity's own syntax tree, so strings and comments never match.
 *
 * @version $Id$
 */
public class ScriptApiCheck implements PageCheck
{
    /** What the page bindings hold. */
    static final Map<String, String> BINDINGS = Map.of("doc", "com.xpn.xwiki.api.Document",
        "tdoc", "com.xpn.xwiki.api.Document", "xwiki", "com.xpn.xwiki.api.XWiki",
        "xcontext", "com.xpn.xwiki.api.Context", "request", "com.xpn.xwiki.web.XWikiRequest", "response",
        "com.xpn.xwiki.web.XWikiResponse");

    /** The platform script services the TSV covers, by path below {@code $services}. */
    static final Map<String, String> SERVICES = Map.ofEntries(
        Map.entry("localization", "org.xwiki.localization.script.LocalizationScriptService"),
        Map.entry("csrf", "org.xwiki.csrf.script.CSRFTokenScriptService"),
        Map.entry("security", "org.xwiki.security.script.SecurityScriptService"),
        Map.entry("security.authorization",
            "org.xwiki.security.authorization.script.SecurityAuthorizationScriptService"),
        Map.entry("rendering", "org.xwiki.rendering.script.RenderingScriptService"),
        Map.entry("model", "org.xwiki.model.script.ModelScriptService"),
        Map.entry("query", "org.xwiki.query.script.QueryManagerScriptService"),
        Map.entry("icon", "org.xwiki.icon.IconManagerScriptService"),
        Map.entry("sheet", "com.xpn.xwiki.internal.sheet.scripting.SheetScriptService"),
        Map.entry("mail.sender", "org.xwiki.mail.script.MailSenderScriptService"));

    /** Plugins reached through {@code $xwiki.<name>} (XWiki.get(String) = getPlugin). */
    static final Map<String, String> PLUGINS = Map.of("jsx", "com.xpn.xwiki.plugin.skinx.SkinExtensionPluginApi",
        "ssx", "com.xpn.xwiki.plugin.skinx.SkinExtensionPluginApi",
        "jsfx", "com.xpn.xwiki.plugin.skinx.SkinFileExtensionPluginApi",
        "ssfx", "com.xpn.xwiki.plugin.skinx.SkinFileExtensionPluginApi");

    /**
     * Servlet request methods, which the TSV leaves out for XWikiRequest (see xwiki-script-api.md); only those pages
     * have a reason to call, with their number of parameters.
     */
    static final Map<String, Integer> SERVLET_REQUEST_METHODS = Map.of("getParameter", 1, "getParameterValues", 1,
        "getParameterNames", 0, "getMethod", 0, "getHeader", 1);

    private static final String REQUEST = "com.xpn.xwiki.web.XWikiRequest";

    private static final String XWIKI = "com.xpn.xwiki.api.XWiki";

    private static final String SERVICES_ROOT = "services";

    private static final String CDD = "cdd";

    private final ScriptApi api;

    private final VelocityManager velocityManager;

    /**
     * @param api the platform script API
     * @param velocityManager XWiki's Velocity manager, to build the syntax tree
     */
    public ScriptApiCheck(ScriptApi api, VelocityManager velocityManager)
    {
        this.api = api;
        this.velocityManager = velocityManager;
    }

    /** Where a chain of calls stands: a TSV class, one of our Java classes, or unknown (stop checking). */
    private record Target(String apiClass, Class<?> javaClass)
    {
        static final Target UNKNOWN = new Target(null, null);

        boolean isKnown()
        {
            return this.apiClass != null || this.javaClass != null;
        }

        String label()
        {
            return this.apiClass != null ? this.apiClass : this.javaClass.getName();
        }
    }

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        for (VelocityFragment fragment : WikiSource.velocityFragments(page)) {
            try {
                visit(VelocityCompileCheck.compile(fragment, this.velocityManager), page, fragment, problems);
            } catch (XWikiVelocityException | VelocityException e) {
                // Reported by VelocityCompileCheck.
            }
        }
        return problems;
    }

    private void visit(Node node, XarPage page, VelocityFragment fragment, List<Problem> problems)
    {
        if (node instanceof ASTReference reference) {
            checkReference(reference, page, fragment, problems);
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            visit(node.jjtGetChild(i), page, fragment, problems);
        }
    }

    private void checkReference(ASTReference reference, XarPage page, VelocityFragment fragment,
        List<Problem> problems)
    {
        String root = reference.getRootString();
        int first = 0;
        Target target;
        String path = "$" + root;
        if (SERVICES_ROOT.equals(root)) {
            List<String> hints = new ArrayList<>();
            while (first < reference.jjtGetNumChildren() && reference.jjtGetChild(first) instanceof ASTIdentifier) {
                hints.add(name(reference.jjtGetChild(first)));
                first++;
                String joined = String.join(".", hints);
                if (CDD.equals(joined) || SERVICES.containsKey(joined) && !isParentService(joined)) {
                    break;
                }
            }
            String joined = String.join(".", hints);
            path += "." + joined;
            if (hints.isEmpty()) {
                return;
            }
            if (CDD.equals(joined)) {
                target = new Target(null, CddScriptService.class);
            } else if (SERVICES.containsKey(joined)) {
                target = new Target(SERVICES.get(joined), null);
            } else {
                problems.add(problem(page, fragment, reference, path
                    + " is not a script service the pages may use (see ScriptApiCheck.SERVICES)"));
                return;
            }
        } else if (BINDINGS.containsKey(root)) {
            target = new Target(BINDINGS.get(root), null);
        } else {
            return;
        }
        for (int i = first; i < reference.jjtGetNumChildren() && target.isKnown(); i++) {
            Node child = reference.jjtGetChild(i);
            if (child instanceof ASTMethod method) {
                String name = name(method.jjtGetChild(0));
                int arguments = method.jjtGetNumChildren() - 1;
                path += "." + name + "(" + arguments + " argument" + (arguments == 1 ? "" : "s") + ")";
                Optional<Target> next = callMethod(target, name, arguments);
                if (next == null) {
                    problems.add(problem(page, fragment, method, path + ": no method " + name + " with " + arguments
                        + " parameter(s) in " + target.label()));
                    return;
                }
                target = next.orElse(Target.UNKNOWN);
            } else if (child instanceof ASTIdentifier identifier) {
                String property = name(identifier);
                path += "." + property;
                Optional<Target> next = readProperty(target, property);
                if (next == null) {
                    problems.add(problem(page, fragment, identifier, path + ": no getter for '" + property + "' in "
                        + target.label()));
                    return;
                }
                target = next.orElse(Target.UNKNOWN);
            } else {
                return;
            }
        }
    }

    private static boolean isParentService(String hint)
    {
        return SERVICES.keySet().stream().anyMatch(k -> k.startsWith(hint + "."));
    }

    /** @return null when the call does not exist, empty when it exists but where it leads is unknown */
    private Optional<Target> callMethod(Target target, String name, int arguments)
    {
        if (target.javaClass() != null) {
            List<Method> methods = Arrays.stream(target.javaClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments
                    && Modifier.isPublic(m.getModifiers()))
                .toList();
            return methods.isEmpty() ? null : javaReturn(methods);
        }
        List<ApiMethod> found = this.api.find(target.apiClass(), name, arguments);
        if (found.isEmpty()) {
            if (REQUEST.equals(target.apiClass()) && Integer.valueOf(arguments).equals(
                SERVLET_REQUEST_METHODS.get(name))) {
                return Optional.empty();
            }
            return null;
        }
        return this.api.returnedClass(found, target.apiClass()).map(c -> new Target(c, null));
    }

    /** @return null when the property cannot be read, empty when it can but where it leads is unknown */
    private Optional<Target> readProperty(Target target, String property)
    {
        if (target.javaClass() != null) {
            String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
            Optional<Target> viaGetter = callMethod(target, "get" + capitalized, 0);
            return viaGetter != null ? viaGetter : callMethod(target, "is" + capitalized, 0);
        }
        if (XWIKI.equals(target.apiClass()) && PLUGINS.containsKey(property)) {
            return Optional.of(new Target(PLUGINS.get(property), null));
        }
        List<ApiMethod> getters = this.api.getters(target.apiClass(), property);
        if (!getters.isEmpty()) {
            return this.api.returnedClass(getters, target.apiClass()).map(c -> new Target(c, null));
        }
        if (REQUEST.equals(target.apiClass()) && "method".equals(property)) {
            return Optional.empty();
        }
        return this.api.hasGenericGetter(target.apiClass()) ? Optional.empty() : null;
    }

    private static Optional<Target> javaReturn(List<Method> methods)
    {
        Set<Class<?>> types = Set.copyOf(methods.stream().map(Method::getReturnType).toList());
        if (types.size() == 1) {
            Class<?> type = types.iterator().next();
            if (type.getName().startsWith("org.xwiki.contrib.cdd.")) {
                return Optional.of(new Target(null, type));
            }
        }
        return Optional.empty();
    }

    private static String name(Node node)
    {
        return ((SimpleNode) node).getFirstTokenImage().replaceAll("^[.$!{]+", "");
    }

    private static Problem problem(XarPage page, VelocityFragment fragment, Node node, String message)
    {
        return new Problem(page.path(), fragment.toFileLine(node.getLine()), message);
    }
}
