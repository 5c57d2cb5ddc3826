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
import java.util.List;
import java.util.UUID;

import org.xwiki.contrib.cdd.entity.Entities;
import org.xwiki.contrib.cdd.entity.EntityDefinition;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.PropertyType;

/**
 * Writes the XAR page of an entity's XClass from its one Java definition, so that the two start equal;
 * {@code ClassDefinitionCheck} keeps them equal afterwards. Run by hand when an entity is added:
 * {@code java -cp … ClassPageGenerator <xwiki-cdd-ui/src/main/resources> <entity id>…}, then {@code mvn xar:format}.
 *
 * @version $Id$
 */
public final class ClassPageGenerator
{
    private static final String INDENT = "      ";

    private ClassPageGenerator()
    {
    }

    /**
     * @param arguments the resources folder of the XAR module, then entity ids
     * @throws IOException when a page cannot be written
     */
    public static void main(String[] arguments) throws IOException
    {
        Path resources = Path.of(arguments[0]);
        for (String id : List.of(arguments).subList(1, arguments.length)) {
            EntityDefinition entity = Entities.find(id).orElseThrow(() -> new IllegalArgumentException(id));
            String name = entity.classReference().substring(entity.classReference().lastIndexOf('.') + 1);
            Path file = resources.resolve("CDD/Code/" + name + ".xml");
            Files.writeString(file, page(entity, name), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }

    static String page(EntityDefinition entity, String name)
    {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n\n<xwikidoc version=\"1.5\" reference=\"")
            .append(entity.classReference()).append("\" locale=\"\">\n  <web>CDD.Code</web>\n  <name>").append(name)
            .append("</name>\n  <language/>\n  <defaultLanguage/>\n  <translation>0</translation>\n")
            .append("  <creator>xwiki:XWiki.Admin</creator>\n  <parent>CDD.Code.WebHome</parent>\n")
            .append("  <author>xwiki:XWiki.Admin</author>\n  <contentAuthor>xwiki:XWiki.Admin</contentAuthor>\n")
            .append("  <version>1.1</version>\n  <title>").append(name).append("</title>\n  <comment/>\n")
            .append("  <minorEdit>false</minorEdit>\n  <syntaxId>xwiki/2.1</syntaxId>\n  <hidden>true</hidden>\n")
            .append("  <content/>\n  <class>\n    <name>").append(entity.classReference()).append("</name>\n")
            .append("    <customClass/>\n    <customMapping/>\n    <defaultViewSheet/>\n    <defaultEditSheet/>\n")
            .append("    <defaultWeb/>\n    <nameField/>\n    <validationScript/>\n");
        int number = 1;
        for (PropertyDefinition property : entity.properties().values()) {
            xml.append("    <").append(property.name()).append(">\n");
            attributes(xml, property, number++);
            xml.append(INDENT).append("<classType>").append(property.type().xwikiClassType()).append("</classType>\n")
                .append("    </").append(property.name()).append(">\n");
        }
        xml.append("  </class>\n  <object>\n    <name>").append(entity.classReference()).append("</name>\n")
            .append("    <number>0</number>\n    <className>XWiki.ClassSheetBinding</className>\n    <guid>")
            .append(UUID.nameUUIDFromBytes((entity.classReference() + "#sheet").getBytes(StandardCharsets.UTF_8)))
            .append("</guid>\n    <class>\n      <name>XWiki.ClassSheetBinding</name>\n      <customClass/>\n")
            .append("      <customMapping/>\n      <defaultViewSheet/>\n      <defaultEditSheet/>\n")
            .append("      <defaultWeb/>\n      <nameField/>\n      <validationScript/>\n      <sheet>\n")
            .append("        <cache>0</cache>\n        <classname/>\n        <customDisplay/>\n")
            .append("        <disabled>0</disabled>\n        <displayType>input</displayType>\n")
            .append("        <hint/>\n        <idField/>\n        <multiSelect>0</multiSelect>\n")
            .append("        <name>sheet</name>\n        <number>1</number>\n        <picker>1</picker>\n")
            .append("        <prettyName>Sheet</prettyName>\n        <relationalStorage>0</relationalStorage>\n")
            .append("        <separator> </separator>\n        <separators/>\n        <size>30</size>\n")
            .append("        <sort>none</sort>\n        <sql/>\n        <unmodifiable>0</unmodifiable>\n")
            .append("        <validationMessage/>\n        <validationRegExp/>\n        <valueField/>\n")
            .append("        <classType>com.xpn.xwiki.objects.classes.PageClass</classType>\n      </sheet>\n")
            .append("    </class>\n    <property>\n      <sheet>").append(entity.classReference().replace("Class",
                "Sheet")).append("</sheet>\n    </property>\n  </object>\n</xwikidoc>\n");
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value)
    {
        String text = String.valueOf(value);
        xml.append(INDENT).append('<').append(name).append(text.isEmpty() ? "/>" : '>' + text + "</" + name + '>')
            .append('\n');
    }

    private static void attributes(StringBuilder xml, PropertyDefinition property, int number)
    {
        PropertyType type = property.type();
        int multiple = type.isMultiple() ? 1 : 0;
        switch (type) {
            case TEXT:
                element(xml, "contenttype", "FullyRenderedText");
                element(xml, "editor", "Text");
                element(xml, "restricted", 1);
                element(xml, "rows", 5);
                element(xml, "size", 60);
                break;
            case LIST:
            case LIST_MULTI:
            case CONFIGURED:
            case CONFIGURED_MULTI:
                boolean configured = type == PropertyType.CONFIGURED || type == PropertyType.CONFIGURED_MULTI;
                element(xml, "cache", 0);
                element(xml, "displayType", multiple == 1 && !configured ? "checkbox" : "select");
                element(xml, "freeText", configured ? "allowed" : "forbidden");
                element(xml, "largeStorage", 0);
                element(xml, "multiSelect", multiple);
                element(xml, "relationalStorage", multiple);
                element(xml, "separator", "|");
                element(xml, "separators", "|");
                element(xml, "size", multiple == 1 ? 5 : 1);
                element(xml, "sort", "none");
                element(xml, "values", String.join("|", property.allowedValues()));
                break;
            case DATE:
            case DATE_TIME:
                element(xml, "dateFormat", type == PropertyType.DATE ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm");
                element(xml, "emptyIsToday", 0);
                element(xml, "picker", 1);
                element(xml, "size", 20);
                break;
            case INTEGER:
                element(xml, "numberType", "integer");
                element(xml, "size", 10);
                break;
            case BOOLEAN:
                element(xml, "defaultValue", "");
                element(xml, "displayFormType", "select");
                element(xml, "displayType", "yesno");
                break;
            case USER:
            case USERS:
                element(xml, "cache", 0);
                element(xml, "displayType", "input");
                element(xml, "multiSelect", multiple);
                element(xml, "picker", 1);
                element(xml, "size", 20);
                element(xml, "usesList", 1);
                break;
            case PAGE:
            case PAGES:
                element(xml, "cache", 0);
                element(xml, "classname", property.targetClass());
                element(xml, "displayType", "input");
                element(xml, "freeText", "forbidden");
                element(xml, "idField", "");
                element(xml, "multiSelect", multiple);
                element(xml, "picker", 1);
                element(xml, "relationalStorage", multiple);
                element(xml, "separator", "|");
                element(xml, "separators", "|");
                element(xml, "size", 1);
                element(xml, "sort", "none");
                element(xml, "sql", "");
                element(xml, "valueField", "");
                break;
            default:
                element(xml, "picker", 0);
                element(xml, "size", 30);
                break;
        }
        element(xml, "disabled", 0);
        element(xml, "name", property.name());
        element(xml, "number", number);
        element(xml, "prettyName", property.name());
        element(xml, "unmodifiable", 0);
        element(xml, "validationMessage", "");
        element(xml, "validationRegExp", "");
    }
}
