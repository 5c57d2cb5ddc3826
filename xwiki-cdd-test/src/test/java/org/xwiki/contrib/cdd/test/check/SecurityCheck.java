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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xwiki.contrib.cdd.test.page.MacroToken;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Check g, the security lint:
 * <ul>
 * <li>no {@code {{groovy}}}, {@code {{python}}} or {@code {{script}}} anywhere (content or object properties);</li>
 * <li>no link label built from {@code $services.rendering.escape}: XWiki parses a label twice, which undoes the
 * escaping (found by the hostile-input test of {@code CDD.Code.WebHome});</li>
 * <li>a page that saves, deletes or sends mail also checks the CSRF token ({@code $services.csrf.isTokenValid}), a
 * right ({@code hasAccess}/{@code hasAdminRights}) and that the request is a POST;</li>
 * <li>inside an {@code {{html wiki="true"}}} block, {@code $escapetool.xml} is used only on translations and URLs: the
 * block's content is parsed as wiki syntax before HTML, so wiki syntax in an HTML-escaped value still runs, and the
 * quotes a link generates break out of attributes (found in {@code CDD.Code.MemberPrivateSheet});</li>
 * <li>a page outside {@code CDD.Code} that runs a script ({@code {{velocity}}}) lets only wiki administrators edit it
 * (an {@code XWiki.XWikiRights} object allowing edit to {@code XWiki.XWikiAdminGroup} alone): a member who edited it
 * would become its content author, so that the script ran with their rights or not at all (found by the security
 * review: the homes of the council's spaces were editable by every member);</li>
 * <li>every value read from {@code $request} is escaped or validated before it is output: it is read inside an escaping
 * or validating call or in an {@code #if} condition, or stored by {@code #set} in a variable that is itself only used
 * in directives ({@code #if}, {@code #set}, {@code #foreach}…) or inside such calls.</li>
 * </ul>
 *
 * @version $Id$
 */
public class SecurityCheck implements PageCheck
{
    private static final Set<String> FORBIDDEN_MACROS = Set.of("groovy", "python", "script");

    /** A link label built from an escaped value: XWiki parses link labels again, undoing the escaping. */
    private static final Pattern ESCAPED_LINK_LABEL = Pattern.compile(
        "\\[\\[[^\\]\\n]*?\\$!?\\{?services\\.rendering\\.escape\\([^\\n]*?>>");

    /** An {@code html} macro whose content is parsed as wiki syntax first, with its content. */
    private static final Pattern WIKI_HTML = Pattern.compile(
        "\\{\\{html\\b[^}]*\\bwiki=\"true\"[^}]*}}(.*?)\\{\\{/html}}", Pattern.DOTALL);

    /** What {@code $escapetool.xml} is applied to: the start of its argument, up to a call's parenthesis. */
    private static final Pattern XML_ESCAPE = Pattern.compile("\\$!?\\{?escapetool\\.xml\\(\\s*([^\\s(),]*)");

    /** Arguments that hold no wiki syntax a member typed: our translations, and URLs (which XWiki encodes). */
    private static final Pattern WIKI_SAFE_ARGUMENT = Pattern.compile(
        "\\$!?\\{?(?:services\\.localization\\.render|[\\w.]*getURL)");

    private static final Pattern WRITE = Pattern.compile("\\.save\\(|\\.saveAsAuthor\\(|\\.saveWithProgrammingRights\\(|"
        + "\\.delete\\(|\\.deleteAsAuthor\\(|deleteDocument\\(|sendMail|services\\.mail\\.sender\\.send");

    private static final Pattern TOKEN_CHECK = Pattern.compile("services\\.csrf\\.isTokenValid\\(");

    private static final Pattern RIGHT_CHECK = Pattern.compile("hasAccess\\(|hasAdminRights\\(|hasAccessLevel\\(");

    private static final Pattern POST_CHECK = Pattern.compile(
        "request\\.(?:method|getMethod\\(\\))[^\\n]*['\"]POST['\"]|['\"]POST['\"][^\\n]*request\\.(?:method|getMethod\\(\\))");

    private static final Pattern REQUEST_READ = Pattern.compile(
        "\\$!?\\{?(?:request|xcontext\\.request)\\.(?!method\\b|getMethod\\(\\))\\w+");

    /**
     * Calls that make a value safe to output or only validate it; {@code #cddOptions} (CDD.Code.Macros) only compares
     * its current value with the allowed ones and outputs those, escaped.
     */
    private static final Pattern SAFE_CALL = Pattern.compile("(?:\\$escapetool\\.\\w+|\\$services\\.rendering\\.escape|"
        + "\\$services\\.csrf\\.isTokenValid|\\$numbertool\\.toNumber|\\$services\\.cdd\\.[\\w.]+|\\.equals|"
        + "\\$stringtool\\.is\\w+|\\$jsontool\\.serialize|#cddOptions)\\(\\s*$");

    private static final Pattern SET_FROM_REQUEST = Pattern.compile(
        "#set\\s*\\(\\s*\\$\\{?(\\w+)\\}?\\s*=\\s*\\$!?\\{?(?:request|xcontext\\.request)\\.");

    private static final Pattern CONDITION_LINE = Pattern.compile("^\\s*#\\{?(if|elseif)\\b");

    private static final Pattern DIRECTIVE_LINE = Pattern.compile("^\\s*#\\{?(if|elseif|set|foreach|macro)\\b");

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        for (VelocityFragment text : WikiSource.allTexts(page)) {
            for (MacroToken token : WikiSource.macroTokens(text.code())) {
                if (FORBIDDEN_MACROS.contains(token.name()) && token.kind() != MacroToken.Kind.CLOSE) {
                    problems.add(new Problem(page.path(), text.toFileLine(token.line() + 1), "the {{" + token.name()
                        + "}} macro is forbidden (in " + text.where() + "): scripts are Velocity in CDD.Code pages"));
                }
            }
        }
        checkLinkLabels(page, problems);
        checkScriptPagesEditableByAdminsOnly(page, problems);
        checkWikiHtmlEscapes(page, problems);
        checkWrites(page, problems);
        checkRequestReads(page, problems);
        return problems;
    }

    private static void checkLinkLabels(XarPage page, List<Problem> problems)
    {
        Matcher label = ESCAPED_LINK_LABEL.matcher(page.content());
        while (label.find()) {
            problems.add(new Problem(page.path(), page.fileLine(WikiSource.lineOf(page.content(), label.start())),
                "a link label escaped for xwiki/2.1 is parsed twice, so escaped macros run: output links with "
                    + "{{html}} and $escapetool.xml"));
        }
    }

    private static void checkScriptPagesEditableByAdminsOnly(XarPage page, List<Problem> problems)
    {
        boolean script = WikiSource.macroTokens(page.content()).stream().anyMatch(t -> "velocity".equals(t.name()));
        if (!script || page.isTranslation() || page.reference().startsWith("CDD.Code.")) {
            return;
        }
        boolean adminsOnly = page.objectsOf("XWiki.XWikiRights").stream().anyMatch(rights -> "1".equals(
            rights.values().get("allow")) && "XWiki.XWikiAdminGroup".equals(rights.values().get("groups"))
            && List.of(rights.values().getOrDefault("levels", "").split("[,| ]")).contains("edit")
            && rights.values().getOrDefault("users", "").isBlank());
        if (!adminsOnly) {
            problems.add(new Problem(page.path(), page.contentLine(), "this page runs a script but the council's "
                + "groups may edit it: add an XWiki.XWikiRights object allowing edit to XWiki.XWikiAdminGroup only"));
        }
    }

    private static void checkWikiHtmlEscapes(XarPage page, List<Problem> problems)
    {
        Matcher block = WIKI_HTML.matcher(page.content());
        while (block.find()) {
            Matcher escape = XML_ESCAPE.matcher(block.group(1));
            while (escape.find()) {
                if (!WIKI_SAFE_ARGUMENT.matcher(escape.group(1)).lookingAt()) {
                    int index = block.start(1) + escape.start();
                    problems.add(new Problem(page.path(), page.fileLine(WikiSource.lineOf(page.content(), index)),
                        "$escapetool.xml(" + escape.group(1) + ") inside {{html wiki=\"true\"}}: the value is parsed as "
                            + "wiki syntax too; output it in an {{html}} block without wiki=\"true\""));
                }
            }
        }
    }

    private static void checkWrites(XarPage page, List<Problem> problems)
    {
        String content = page.content();
        Matcher write = WRITE.matcher(content);
        if (!write.find()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!TOKEN_CHECK.matcher(content).find()) {
            missing.add("a CSRF token check ($services.csrf.isTokenValid)");
        }
        if (!RIGHT_CHECK.matcher(content).find()) {
            missing.add("a rights check (hasAccess / hasAdminRights)");
        }
        if (!POST_CHECK.matcher(content).find()) {
            missing.add("a POST-only check ($request.method == 'POST')");
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(page.path(), page.fileLine(WikiSource.lineOf(content, write.start())),
                "the page changes data ('" + write.group() + "') without " + String.join(", ", missing)));
        }
    }

    private static void checkRequestReads(XarPage page, List<Problem> problems)
    {
        String[] lines = page.content().split("\n", -1);
        Set<String> tainted = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher set = SET_FROM_REQUEST.matcher(line);
            boolean assignment = set.find();
            if (assignment) {
                tainted.add(set.group(1));
            }
            Matcher read = REQUEST_READ.matcher(line);
            while (read.find()) {
                if (!assignment && !CONDITION_LINE.matcher(line).find() && !isInsideSafeCall(line, read.start())) {
                    problems.add(new Problem(page.path(), page.fileLine(i), "'" + read.group()
                        + "' is output without escaping: wrap it in $escapetool or store it with #set and validate it"));
                }
            }
            if (!assignment && !DIRECTIVE_LINE.matcher(line).find()) {
                checkTaintedUses(page, line, i, tainted, problems);
            }
        }
    }

    private static void checkTaintedUses(XarPage page, String line, int index, Set<String> tainted,
        List<Problem> problems)
    {
        for (String variable : tainted) {
            Matcher use = Pattern.compile("\\$!?\\{?" + variable + "\\b(?!\\s*=)").matcher(line);
            while (use.find()) {
                if (!isInsideSafeCall(line, use.start())) {
                    problems.add(new Problem(page.path(), page.fileLine(index), "'$" + variable
                        + "' comes from the request and is output without escaping"));
                }
            }
        }
    }

    private static boolean isInsideSafeCall(String line, int position)
    {
        // The value is an argument of a safe call when an opening "safeCall(" before it is not closed yet.
        int depth = 0;
        for (int i = position - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0 && SAFE_CALL.matcher(line.substring(0, i + 1)).find()) {
                    return true;
                }
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }
}
