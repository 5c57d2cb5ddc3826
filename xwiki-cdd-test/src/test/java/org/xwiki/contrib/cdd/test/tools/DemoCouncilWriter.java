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
package org.xwiki.contrib.cdd.test.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.StandInValues;

/**
 * Writes a page of the fictional council as a XAR page file (format 1.5, as {@code xar:format} lays it out), for the
 * demo council module: each object carries its class, copied from the application's class page, as XWiki's XAR export
 * does; values are written as the harness stores them (dates {@code yyyy-MM-dd HH:mm:ss.S}, list items joined with
 * {@code |}).
 *
 * @version $Id$
 */
public final class DemoCouncilWriter
{
    private static final String NL = "\n";

    private final Path applicationResources;

    private final String license;

    /**
     * @param applicationResources the application's XAR sources, for the classes
     * @throws IOException when the license header cannot be read
     */
    public DemoCouncilWriter(Path applicationResources) throws IOException
    {
        this.applicationResources = applicationResources;
        String any = Files.readString(applicationResources.resolve("CDD/WebHome.xml"), StandardCharsets.UTF_8);
        this.license = any.substring(any.indexOf("<!--"), any.indexOf("-->") + 3);
    }

    /**
     * @param page a page
     * @return its path in a XAR module's resources
     */
    public static String path(XarPage page)
    {
        String base = page.reference().replace('.', '/');
        return page.locale().isEmpty() ? base + ".xml" : base + '.' + page.locale() + ".xml";
    }

    /**
     * @param page a page of the fictional council
     * @return the page file
     * @throws IOException when a class page cannot be read
     */
    public String xml(XarPage page) throws IOException
    {
        int dot = page.reference().lastIndexOf('.');
        StringBuilder xml = new StringBuilder("<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + NL + NL).append(this.license)
            .append(NL + NL);
        xml.append("<xwikidoc version=\"1.5\" reference=\"").append(escape(page.reference())).append("\" locale=\"")
            .append(page.locale()).append("\">" + NL);
        element(xml, "web", page.reference().substring(0, dot));
        element(xml, "name", page.reference().substring(dot + 1));
        element(xml, "language", page.locale());
        element(xml, "defaultLanguage", page.locale().isEmpty() ? "fr" : "");
        element(xml, "translation", page.locale().isEmpty() ? "0" : "1");
        element(xml, "creator", "xwiki:XWiki.Admin");
        element(xml, "parent", page.reference().endsWith(".WebHome") ? "" : page.reference().substring(0, dot)
            + ".WebHome");
        element(xml, "author", "xwiki:XWiki.Admin");
        element(xml, "contentAuthor", "xwiki:XWiki.Admin");
        element(xml, "version", "1.1");
        element(xml, "title", page.title());
        element(xml, "comment", "");
        element(xml, "minorEdit", "false");
        element(xml, "syntaxId", page.syntax());
        element(xml, "hidden", String.valueOf(page.hidden()));
        element(xml, "content", page.content());
        if (page.locale().isEmpty()) {
            for (PageObject object : page.objects()) {
                object(xml, page.reference(), object);
            }
        }
        return xml.append("</xwikidoc>" + NL).toString();
    }

    private void object(StringBuilder xml, String reference, PageObject object) throws IOException
    {
        xml.append("  <object>" + NL);
        xml.append("    <name>").append(escape(reference)).append("</name>" + NL);
        xml.append("    <number>").append(object.number()).append("</number>" + NL);
        xml.append("    <className>").append(escape(object.className())).append("</className>" + NL);
        xml.append("    <guid>").append(UUID.nameUUIDFromBytes((reference + '/' + object.className() + '/'
            + object.number()).getBytes(StandardCharsets.UTF_8))).append("</guid>" + NL);
        xml.append(classBlock(object.className()));
        for (String property : object.classDefinition().properties().keySet()) {
            String raw = object.values().get(property);
            if (raw == null) {
                continue;
            }
            PropertyDefinition definition = object.classDefinition().properties().get(property);
            String value = StandInValues.stored(StandInValues.typed(definition, raw));
            xml.append("    <property>" + NL + "      <").append(property).append('>').append(escape(value))
                .append("</").append(property).append('>' + NL + "    </property>" + NL);
        }
        xml.append("  </object>" + NL);
    }

    private String classBlock(String className) throws IOException
    {
        Path classPage = this.applicationResources.resolve(className.replace('.', '/') + ".xml");
        if (Files.exists(classPage)) {
            String page = Files.readString(classPage, StandardCharsets.UTF_8);
            String block = page.substring(page.indexOf("  <class>"), page.indexOf("  </class>")
                + "  </class>".length());
            return block.replaceAll("(?m)^", "  ") + NL;
        }
        // A class of the platform (rights): as an object of the application's pages carries it.
        String marker = "<className>" + className + "</className>";
        try (java.util.stream.Stream<Path> files = Files.walk(this.applicationResources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                int at = page.indexOf(marker);
                if (at >= 0 && page.indexOf("    <class>", at) >= 0) {
                    int start = page.indexOf("    <class>", at);
                    return page.substring(start, page.indexOf("    </class>", start) + "    </class>".length()) + NL;
                }
            }
        }
        throw new IOException("No definition of " + className + " in the application");
    }

    /**
     * The demonstration's setup page: a council's private data are sealed with its wiki's own key, which no package
     * can carry, and its settings are the wiki's own. So an animator applies the fictional council's settings (one
     * form to XWiki's save action) and records each member's fictional private data (one form per member to
     * {@code CDD.Code.MemberPrivateService}), through the application's own ways, with their checks and versions.
     *
     * @param settings the fictional council's settings
     * @param privateValues each member's private data
     * @param titles each member page's title
     * @return the page's content
     */
    public static String setupContent(java.util.Map<String, String> settings,
        java.util.Map<String, java.util.Map<String, String>> privateValues, java.util.Map<String, String> titles)
    {
        StringBuilder content = new StringBuilder("{{include reference=\"CDD.Code.Macros\"/}}" + NL + NL
            + "{{velocity}}" + NL
            + "## Written by DemoCouncilTest from the page tests' fictional council (FictionalCouncil): do not edit." + NL
            + "#cddRole()" + NL + "#set ($demoSettings = {");
        String separator = "";
        for (java.util.Map.Entry<String, String> setting : settings.entrySet()) {
            content.append(separator).append(literal(setting.getKey())).append(": ").append(literal(setting.getValue()));
            separator = ", ";
        }
        content.append("})" + NL + "#set ($demoMembers = [");
        separator = "";
        for (java.util.Map.Entry<String, java.util.Map<String, String>> member : privateValues.entrySet()) {
            content.append(separator).append(NL).append("  {'member': ").append(literal(member.getKey()))
                .append(", 'title': ").append(literal(titles.get(member.getKey())));
            for (java.util.Map.Entry<String, String> field : new java.util.TreeMap<>(member.getValue()).entrySet()) {
                content.append(", ").append(literal(field.getKey())).append(": ").append(literal(field.getValue()));
            }
            content.append('}');
            separator = ",";
        }
        content.append("])" + NL + "{{html clean=\"false\"}}" + NL
            + "<p>$escapetool.xml($services.localization.render('cdd.demo.intro'))</p>" + NL
            + "#if ($cddRole == 'animator')" + NL
            + "<h2>$escapetool.xml($services.localization.render('cdd.demo.settings.title'))</h2>" + NL
            + "<p>$escapetool.xml($services.localization.render('cdd.demo.settings.text'))</p>" + NL
            + "<form class=\"cdd-demo-settings\" method=\"post\" action=\"$escapetool.xml($xwiki.getURL("
            + "'CDD.Code.Configuration', 'save'))\">" + NL
            + "<input type=\"hidden\" name=\"form_token\" value=\"$escapetool.xml($services.csrf.token)\"/>" + NL
            + "<input type=\"hidden\" name=\"comment\" value=\"$escapetool.xml($services.localization.render("
            + "'cdd.demo.settings.comment'))\"/>" + NL
            + "<input type=\"hidden\" name=\"xredirect\" value=\"$escapetool.xml($doc.getURL())\"/>" + NL
            + "#foreach ($setting in $demoSettings.entrySet())" + NL
            + "<input type=\"hidden\" name=\"CDD.Code.ConfigurationClass_0_$escapetool.xml($setting.key)\" "
            + "value=\"$escapetool.xml($setting.value)\"/>" + NL
            + "#end" + NL
            + "<p><button type=\"submit\" class=\"btn btn-default\">$escapetool.xml($services.localization.render("
            + "'cdd.demo.settings.submit'))</button></p>" + NL + "</form>" + NL
            + "<h2>$escapetool.xml($services.localization.render('cdd.demo.private.title'))</h2>" + NL
            + "#foreach ($demo in $demoMembers)" + NL
            + "<form class=\"cdd-demo-private\" method=\"post\" action=\"$escapetool.xml($xwiki.getURL("
            + "'CDD.Code.MemberPrivateService'))\">" + NL
            + "<input type=\"hidden\" name=\"form_token\" value=\"$escapetool.xml($services.csrf.token)\"/>" + NL
            + "<input type=\"hidden\" name=\"member\" value=\"$escapetool.xml($demo.member)\"/>" + NL
            + "#foreach ($field in $services.cdd.privateData.fields)" + NL
            + "#set ($demoValue = \"$!demo.get($field)\")" + NL
            + "<input type=\"hidden\" name=\"cdd_$escapetool.xml($field)\" value=\"$escapetool.xml($demoValue)\"/>"
            + NL
            + "#end" + NL
            + "<p><button type=\"submit\" class=\"btn btn-default\">$escapetool.xml($services.localization.render("
            + "'cdd.demo.private.submit', [$demo.title]))</button></p>" + NL + "</form>" + NL
            + "#end" + NL + "#else" + NL
            + "<p>$escapetool.xml($services.localization.render('cdd.demo.animatorsOnly'))</p>" + NL
            + "#end" + NL + "{{/html}}" + NL + "{{/velocity}}");
        return content.toString();
    }

    // A Velocity string literal, not interpolated: a quote doubled.
    private static String literal(String value)
    {
        return '\'' + value.replace("'", "''") + '\'';
    }

    private static void element(StringBuilder xml, String name, String value)
    {
        if (value == null || value.isEmpty()) {
            xml.append("  <").append(name).append("/>" + NL);
        } else {
            xml.append("  <").append(name).append('>').append(escape(value)).append("</").append(name).append('>' + NL);
        }
    }

    private static String escape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
