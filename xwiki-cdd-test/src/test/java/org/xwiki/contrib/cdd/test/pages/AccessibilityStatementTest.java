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

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.StandInDocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, item 1: the accessibility statement. Everyone reads it, guests included; the administrator fills it in; the
 * status it announces comes from the audit (Java), and the drawer entry shown on every page of the wiki announces the
 * same status; the model's fixed wording (recourse to the Défenseur des droits) is always there.
 *
 * @version $Id$
 */
class AccessibilityStatementTest extends AbstractPageTest
{
    private static final String STATEMENT = "CDD.Public.Accessibility";

    private static final String SHEET = "CDD.Code.AccessibilityStatementSheet";

    @BeforeEach
    void asAGuest()
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setUser(null);
        this.scenario.setGroups();
    }

    private XarPage filled(String... values)
    {
        List<String> all = new java.util.ArrayList<>(List.of("entity", "Conseil de développement du Pays d’Arles",
            "contactEmail", "accessibilite@cdd-arles.example", "contactAddress", "60 boulevard Émile Zola, Arles",
            "tools", "axe-core dans Chromium ; NVDA 2025 avec Firefox", "nonCompliant",
            "Les graphiques n’ont pas de **légende** <script>alert(1)</script>", "statementDate", "2026-11-02"));
        all.addAll(List.of(values));
        return SamplePages.withObject(applicationPages(), STATEMENT, "Déclaration",
            "CDD.Code.AccessibilityStatementClass", all.toArray(new String[0]));
    }

    private Document statement(XarPage data) throws Exception
    {
        this.scenario.addPage(data);
        return this.renderer.render(this.scenario.storedPage(STATEMENT).orElseThrow(), page(SHEET));
    }

    private Document drawer() throws Exception
    {
        // The drawer entry's content, as XWiki executes a UI extension on any page, whoever reads it: with the rights
        // of its author, an administrator (WikiUIExtension), the reader never opening CDD.Code.AccessibilityLink.
        XarPage uix = page("CDD.Code.AccessibilityLink");
        String content = uix.objectsOf("XWiki.UIExtensionClass").get(0).values().get("content");
        String reader = this.scenario.getUser();
        this.scenario.setUser("XWiki.Admin");
        this.scenario.setAdmin(true);
        try {
            return this.renderer.render(new XarPage(uix.path(), uix.reference(), uix.locale(), uix.defaultLanguage(),
                uix.title(), uix.syntax(), uix.hidden(), content, uix.contentLine(), uix.titleLine(), uix.xclass(),
                uix.objects(), uix.parseError()));
        } finally {
            this.scenario.setAdmin(false);
            this.scenario.setUser(reader);
        }
    }

    @Test
    void aPartialAuditGivesAPartiallyCompliantStatementThatGuestsRead() throws Exception
    {
        assertTrue(this.scenario.hasRight("view", STATEMENT), "everyone reads the statement");
        assertTrue(this.scenario.hasRight("view", SHEET), "and its sheet, or XWiki would skip it");
        assertFalse(this.scenario.hasRight("edit", STATEMENT));

        Document html = statement(filled("complianceRate", "72", "auditDate", "2026-10-15", "auditor",
            "la mission numérique du PETR"));
        assertTranslated(html);
        assertEquals("Accessibilité : partiellement conforme", html.select(".cdd-a11y-status").text());
        String text = html.text();
        assertTrue(text.contains("Conseil de développement du Pays d’Arles s’engage à rendre ses services numériques "
            + "accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005."), text);
        assertTrue(text.contains("L’audit de conformité réalisé par la mission numérique du PETR le 15 octobre 2026 "
            + "révèle que 72 % des critères du RGAA version 4.1 sont respectés."), text);
        assertTrue(text.contains("Les graphiques n’ont pas de légende"), "the administrator's text, as wiki syntax");
        assertTrue(html.select("script").isEmpty());
        assertEquals(List.of("https://formulaire.defenseurdesdroits.fr/",
            "https://www.defenseurdesdroits.fr/saisir/delegues"), html.select(".cdd-a11y-recourse a").eachAttr("href"));
        assertTrue(text.contains("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."));
        assertEquals("mailto:accessibilite@cdd-arles.example", html.selectFirst(".cdd-a11y-contact a").attr("href"));
        assertEquals("2026-11-02", html.selectFirst("time").attr("datetime"));
        assertEquals(List.of("Non-conformités", "Dérogations pour charge disproportionnée",
            "Contenus non soumis à l’obligation d’accessibilité"), html.select("h3").eachText().subList(0, 3));
        assertEquals("Accessibilité : partiellement conforme", drawer().select(".cdd-a11y-link a").text());

        this.scenario.setLocale(Locale.ENGLISH);
        Document english = statement(filled("complianceRate", "72", "auditDate", "2026-10-15"));
        assertTranslated(english);
        assertEquals("Accessibility: partially compliant", english.select(".cdd-a11y-status").text());
        assertTrue(english.text().contains("72% of the criteria of RGAA version 4.1 are respected."));
    }

    @Test
    void withoutAnAuditTheStatementSaysNotCompliantAndAFullAuditSaysFully() throws Exception
    {
        Document none = statement(filled("complianceRate", "100"));
        assertEquals("Accessibilité : non conforme", none.select(".cdd-a11y-status").text(), "a rate without an audit");
        assertTrue(none.text().contains("Aucun audit de conformité n’a encore été réalisé."));
        assertEquals("Accessibilité : non conforme", drawer().select(".cdd-a11y-link a").text());

        Document full = statement(filled("complianceRate", "100", "auditDate", "2026-10-15"));
        assertEquals("Accessibilité : totalement conforme", full.select(".cdd-a11y-status").text());
        Document low = statement(filled("complianceRate", "40", "auditDate", "2026-10-15"));
        assertEquals("Accessibilité : non conforme", low.select(".cdd-a11y-status").text());

        // As shipped: nothing filled in yet, still a complete statement with the recourse and a link to it.
        this.scenario.addPage(page(STATEMENT));
        Document shipped = this.renderer.render(page(STATEMENT), page(SHEET));
        assertTranslated(shipped);
        assertTrue(shipped.text().startsWith("Le conseil de développement s’engage"), shipped.text());
        assertNotNull(shipped.selectFirst(".cdd-a11y-recourse"));
        // A visitor may not view the council's home page: the statement still names its address, never "null".
        assertTrue(shipped.text().contains("s’applique à " + StandInDocument.SERVER), shipped.text());
        assertFalse(shipped.text().contains("null"), shipped.text());
        Document home = this.renderer.render(page("CDD.WebHome"));
        assertEquals("Déclaration d’accessibilité", home.select(".cdd-a11y-statement-link a").first().text());
    }

    @Test
    void theAdministratorFillsItInWithLabelledFields() throws Exception
    {
        this.scenario.setUser("XWiki.Admin");
        this.scenario.setAdmin(true);
        this.scenario.setAction("edit");
        Document form = statement(filled());
        this.scenario.setAction("view");
        assertEquals(15, form.select(".cdd-a11y-statement-edit label").size(), "one per field");
        assertLabelsBound(form, ".cdd-a11y-statement-edit label");
        assertTranslated(form);
    }
}
