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
package org.xwiki.contrib.cdd.languagetool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.Tag;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Checks Markdown files with LanguageTool and prints every match: {@code file:line: [RULE] message}, the context and
 * the suggestions, then the total. A report, never a gate: the exit code is always 0.
 * <p>
 * Usage: {@code MarkdownCheck [--lang=fr|en] [--enable=RULE,...] file.md...}. Without {@code --lang}, a file whose
 * name contains {@code .fr.} is checked in French, {@code .en.} in British English, any other in French.
 * <p>
 * The Markdown syntax is removed before the check, line by line, and each piece of text keeps the number of the line
 * it comes from, so that a match gives its line: fenced code is skipped; paragraphs, lists, headings and table cells are checked one by one; a code
 * span, an automatic link or a bare address becomes the word {@value #CODE} (a placeholder the speller accepts); a
 * link or an image keeps its text (the alternative text of an image is checked); emphasis marks and backslash escapes
 * are removed. A table cell or a heading is a label, not a sentence: the rules about the capital letter that starts a
 * sentence and the full stop that ends it ({@link #SENTENCE_RULES}) are not applied to it.
 * <p>
 * Words accepted by the speller, rules turned off and rules turned on (off by default in LanguageTool) are listed,
 * with the reason for each, in {@code ignore-words.txt}, {@code disabled-rules.txt} and {@code enabled-rules.txt}
 * next to this class (in {@code src/main/resources}).
 *
 * @version $Id$
 */
public final class MarkdownCheck
{
    /** The word that replaces a code span, an automatic link or an address. */
    static final String CODE = "codex";

    private static final String RESOURCES = "/org/xwiki/contrib/cdd/languagetool/";

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");

    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+(.*)$");

    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?[\\s:|-]+\\|?\\s*$");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");

    private static final Pattern AUTO_LINK = Pattern.compile("<(https?://|mailto:)[^>]+>");

    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)»]+");

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])");

    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?!\\s)(.+?)(?<!\\s)_(?![\\w_])");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");

    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    /**
     * The rules about where a sentence starts and ends, not applied to a table cell or a heading: those are labels and
     * fragments ("un PETR ou un EPCI", "valeur livrée"), not sentences.
     */
    private static final Set<String> SENTENCE_RULES = Set.of("UPPERCASE_SENTENCE_START", "POINT",
        "PUNCTUATION_PARAGRAPH_END");

    private static final int CONTEXT = 40;

    private static final int MAX_SUGGESTIONS = 5;

    private final Map<String, JLanguageTool> tools = new HashMap<>();

    /** Per language, the rules turned on that LanguageTool runs only at its picky level. */
    private final Map<String, List<String>> pickyRules = new HashMap<>();

    private final List<String> enabled = new ArrayList<>();

    private final Map<String, Integer> perRule = new TreeMap<>();

    private int total;

    private MarkdownCheck()
    {
    }

    /**
     * Checks the files given as arguments and prints the report.
     *
     * @param args options and files
     * @throws IOException when a list of the ignored words or rules cannot be read
     */
    public static void main(String[] args) throws IOException
    {
        MarkdownCheck check = new MarkdownCheck();
        String language = null;
        List<String[]> files = new ArrayList<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.startsWith("--lang=")) {
                    language = part.substring("--lang=".length());
                } else if (part.startsWith("--enable=")) {
                    check.enabled.addAll(List.of(part.substring("--enable=".length()).split(",")));
                } else if (!part.isEmpty()) {
                    files.add(new String[] {part, language == null ? languageOf(part) : language});
                }
            }
        }
        if (files.isEmpty()) {
            System.out.println("Usage: MarkdownCheck [--lang=fr|en] [--enable=RULE,...] file.md...");
            return;
        }
        for (String[] file : files) {
            check.checkFile(Path.of(file[0]), file[1]);
        }
        System.out.println();
        System.out.println("Matches per rule:");
        check.perRule.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
        System.out.println("Total: " + check.total + " match(es) in " + files.size() + " file(s).");
    }

    private static String languageOf(String file)
    {
        String name = Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains(".en.") ? "en" : "fr";
    }

    private void checkFile(Path file, String language) throws IOException
    {
        if (!Files.isReadable(file)) {
            System.out.println(file + ": cannot be read (paths are relative to the directory Maven was started from)");
            return;
        }
        JLanguageTool tool = tool(language);
        List<String> picky = this.pickyRules.get(language);
        JLanguageTool.Level level = picky.isEmpty() ? JLanguageTool.Level.DEFAULT : JLanguageTool.Level.PICKY;
        System.out.println("== " + file + " (" + tool.getLanguage().getShortCodeWithCountryAndVariant() + ")");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (Block block : blocks(lines)) {
            for (RuleMatch match : tool.check(block.text.toString(), level)) {
                // At the picky level, keep the picky rules that were turned on, and only those.
                Rule rule = match.getRule();
                if (block.fragment && SENTENCE_RULES.contains(rule.getId())) {
                    continue;
                }
                if (!rule.hasTag(Tag.picky) || picky.contains(rule.getId())) {
                    report(file, block, match);
                }
            }
        }
    }

    private void report(Path file, Block block, RuleMatch match)
    {
        String text = block.text.toString();
        int from = match.getFromPos();
        int to = match.getToPos();
        int line = block.lineAt(from);
        String id = match.getRule().getId();
        String message = SUGGESTION_TAG.matcher(match.getMessage()).replaceAll("\"");
        String context = text.substring(Math.max(0, from - CONTEXT), from) + "[[" + text.substring(from, to) + "]]"
            + text.substring(to, Math.min(text.length(), to + CONTEXT));
        System.out.println(file + ":" + line + ": [" + id + "] " + message);
        System.out.println("    context: " + context.replace('\n', ' '));
        List<String> suggestions = match.getSuggestedReplacements();
        if (!suggestions.isEmpty()) {
            System.out.println("    suggestions: "
                + String.join(" | ", suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
        }
        this.perRule.merge(id, 1, Integer::sum);
        this.total++;
    }

    private JLanguageTool tool(String language) throws IOException
    {
        JLanguageTool existing = this.tools.get(language);
        if (existing != null) {
            return existing;
        }
        Language lang = Languages.getLanguageForShortCode("en".equals(language) ? "en-GB" : language);
        JLanguageTool tool = new JLanguageTool(lang);
        Map<String, String> disabled = rulesOf("disabled-rules.txt", language);
        for (String rule : disabled.keySet()) {
            tool.disableRule(rule);
        }
        List<String> extra = new ArrayList<>(rulesOf("enabled-rules.txt", language).keySet());
        extra.addAll(this.enabled);
        for (String rule : extra) {
            tool.enableRule(rule);
        }
        List<String> picky = new ArrayList<>();
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule.hasTag(Tag.picky) && extra.contains(rule.getId())) {
                picky.add(rule.getId());
            }
        }
        this.pickyRules.put(language, picky);
        List<String> words = readList("ignore-words.txt");
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule) {
                ((SpellingCheckRule) rule).addIgnoreTokens(words);
            }
        }
        System.out.println("LanguageTool " + JLanguageTool.VERSION + ", " + lang.getName() + ": " + words.size()
            + " word(s) accepted, rule(s) turned off: " + (disabled.isEmpty() ? "none" : disabled.keySet())
            + ", rule(s) turned on: " + (extra.isEmpty() ? "none" : extra));
        this.tools.put(language, tool);
        return tool;
    }

    /** @return the rules of a list ({@code language:RULE_ID  # reason} lines) for one language, with their reasons */
    private static Map<String, String> rulesOf(String list, String language) throws IOException
    {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String entry : readList(list)) {
            String[] parts = entry.split("\\s+", 2);
            int colon = parts[0].indexOf(':');
            String scope = parts[0].substring(0, colon);
            if ("*".equals(scope) || scope.equals(language)) {
                rules.put(parts[0].substring(colon + 1), parts.length > 1 ? parts[1] : "");
            }
        }
        return rules;
    }

    /** @return the lines of a list next to this class, without comments ({@code #} to the end) and blank lines */
    private static List<String> readList(String name) throws IOException
    {
        List<String> entries = new ArrayList<>();
        try (InputStream in = MarkdownCheck.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return entries;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf(" #");
                String entry = (line.startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /**
     * Cuts the file into blocks of text to check one by one: a paragraph, a list (its items and their continuation
     * lines), a heading, a table cell. A list that follows a paragraph ending with ":" goes on with it. Each block keeps
     * the line of the file of each of its lines.
     */
    static List<Block> blocks(List<String> lines)
    {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        // The paragraph before a blank line: a list that follows a paragraph ending with ":" goes on with it.
        Block previous = null;
        boolean fenced = false;
        boolean comment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                current = null;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (comment || line.trim().startsWith("<!--")) {
                comment = !line.contains("-->");
                current = null;
                continue;
            }
            if (line.isBlank()) {
                if (current != null) {
                    previous = current;
                }
                current = null;
                continue;
            }
            String trimmed = line.trim();
            if (current == null && !LIST_ITEM.matcher(line).matches()) {
                previous = null;
            }
            if (trimmed.startsWith("|")) {
                current = null;
                if (!TABLE_SEPARATOR.matcher(trimmed).matches()) {
                    for (String cell : splitCells(trimmed)) {
                        String text = inline(cell).trim();
                        if (!text.isEmpty()) {
                            Block cellBlock = new Block(number, text);
                            cellBlock.fragment = true;
                            blocks.add(cellBlock);
                        }
                    }
                }
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                Block headingBlock = new Block(number, inline(heading.group(1)).trim());
                headingBlock.fragment = true;
                blocks.add(headingBlock);
                current = null;
                continue;
            }
            Matcher quote = QUOTE.matcher(line);
            String content = quote.matches() ? quote.group(2) : line;
            Matcher item = LIST_ITEM.matcher(content);
            if (item.matches() && current != null && current.list) {
                // The items of one list are one block: an item ending with ";" goes on with the sentence.
                current.append(number, inline(item.group(3)).trim());
            } else if (item.matches() && previous != null && previous.text.toString().endsWith(":")) {
                current = previous;
                current.list = true;
                current.append(number, inline(item.group(3)).trim());
            } else if (item.matches()) {
                current = new Block(number, inline(item.group(3)).trim());
                current.list = true;
                blocks.add(current);
            } else if (current == null) {
                current = new Block(number, inline(content).trim());
                blocks.add(current);
            } else {
                current.append(number, inline(content).trim());
            }
        }
        return blocks;
    }

    private static List<String> splitCells(String row)
    {
        String body = row.substring(1);
        if (body.endsWith("|")) {
            body = body.substring(0, body.length() - 1);
        }
        // A pipe inside a code span or escaped does not end a cell.
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code && (i == 0 || body.charAt(i - 1) != '\\')) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** @return the text of one line without its inline Markdown syntax */
    static String inline(String line)
    {
        String text = CODE_SPAN.matcher(line).replaceAll(CODE);
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTO_LINK.matcher(text).replaceAll(CODE);
        text = BARE_URL.matcher(text).replaceAll(CODE);
        text = HTML_TAG.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS_STAR.matcher(text).replaceAll("$1");
        text = EMPHASIS_UNDERSCORE.matcher(text).replaceAll("$1");
        return ESCAPE.matcher(text).replaceAll("$1");
    }

    /** A piece of text checked at once, and the line of the file where each of its lines starts. */
    static final class Block
    {
        final StringBuilder text = new StringBuilder();

        /** The offset in {@link #text} where each line starts, and the number of that line in the file. */
        final TreeMap<Integer, Integer> lines = new TreeMap<>();

        boolean list;

        /** A table cell or a heading: a label, not a sentence. */
        boolean fragment;

        Block(int line, String text)
        {
            this.lines.put(0, line);
            this.text.append(text);
        }

        void append(int line, String more)
        {
            this.text.append('\n');
            this.lines.put(this.text.length(), line);
            this.text.append(more);
        }

        int lineAt(int offset)
        {
            return this.lines.floorEntry(offset).getValue();
        }
    }
}
