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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.test.standin.StandInAuthorizationScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInContext;
import org.xwiki.contrib.cdd.test.standin.StandInCsrfScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInMailResult;
import org.xwiki.contrib.cdd.test.standin.StandInMailSenderScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInMailStatus;
import org.xwiki.contrib.cdd.test.standin.StandInMailStatusResult;
import org.xwiki.contrib.cdd.test.standin.StandInMimeMessage;
import org.xwiki.contrib.cdd.test.standin.StandInDocument;
import org.xwiki.contrib.cdd.test.standin.StandInLocalizationScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInModelScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInObject;
import org.xwiki.contrib.cdd.test.standin.StandInQueryManagerScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInRenderingScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInRequest;
import org.xwiki.contrib.cdd.test.standin.StandInResponse;
import org.xwiki.contrib.cdd.test.standin.StandInScriptQuery;
import org.xwiki.contrib.cdd.test.standin.StandInSkinExtension;
import org.xwiki.contrib.cdd.test.standin.StandInSecurityScriptService;
import org.xwiki.contrib.cdd.test.standin.StandInXWiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stand-in's public methods appear, by name and number of parameters, in {@code xwiki-script-api.tsv}.
 *
 * @version $Id$
 */
class StandInConformanceTest
{
    /** Stand-in → the platform class it stands in for. */
    static final Map<Class<?>, String> STAND_INS = Map.ofEntries(
        Map.entry(StandInDocument.class, "com.xpn.xwiki.api.Document"),
        Map.entry(StandInObject.class, "com.xpn.xwiki.api.Object"),
        Map.entry(StandInXWiki.class, "com.xpn.xwiki.api.XWiki"),
        Map.entry(StandInContext.class, "com.xpn.xwiki.api.Context"),
        Map.entry(StandInRequest.class, "com.xpn.xwiki.web.XWikiRequest"),
        Map.entry(StandInResponse.class, "com.xpn.xwiki.web.XWikiResponse"),
        Map.entry(StandInLocalizationScriptService.class, "org.xwiki.localization.script.LocalizationScriptService"),
        Map.entry(StandInCsrfScriptService.class, "org.xwiki.csrf.script.CSRFTokenScriptService"),
        Map.entry(StandInSecurityScriptService.class, "org.xwiki.security.script.SecurityScriptService"),
        Map.entry(StandInAuthorizationScriptService.class,
            "org.xwiki.security.authorization.script.SecurityAuthorizationScriptService"),
        Map.entry(StandInRenderingScriptService.class, "org.xwiki.rendering.script.RenderingScriptService"),
        Map.entry(StandInModelScriptService.class, "org.xwiki.model.script.ModelScriptService"),
        Map.entry(StandInQueryManagerScriptService.class, "org.xwiki.query.script.QueryManagerScriptService"),
        Map.entry(StandInScriptQuery.class, "org.xwiki.query.internal.ScriptQuery"),
        Map.entry(StandInSkinExtension.class, "com.xpn.xwiki.plugin.skinx.SkinExtensionPluginApi"),
        Map.entry(StandInMailSenderScriptService.class, "org.xwiki.mail.script.MailSenderScriptService"),
        Map.entry(StandInMimeMessage.class, "org.xwiki.mail.script.ScriptMimeMessage"),
        Map.entry(StandInMailResult.class, "org.xwiki.mail.script.ScriptMailResult"),
        Map.entry(StandInMailStatusResult.class, "org.xwiki.mail.MailStatusResult"),
        Map.entry(StandInMailStatus.class, "org.xwiki.mail.MailStatus"));

    /** Servlet request methods, which the TSV leaves out for XWikiRequest (see xwiki-script-api.md). */
    private static final Map<String, Integer> SERVLET = Map.of("getParameter", 1, "getMethod", 0);

    private final ScriptApi api = ScriptApi.load();

    @Test
    void everyStandInMethodExistsInThePlatform()
    {
        List<String> violations = new ArrayList<>();
        STAND_INS.forEach((standIn, platformClass) -> violations.addAll(StandInConformance.violations(this.api,
            standIn, platformClass, standIn == StandInRequest.class ? SERVLET : Map.of())));

        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    /** A stand-in that invents a method: the check must catch it. */
    static class InventiveDocument
    {
        public String getFullName()
        {
            return "CDD.WebHome";
        }

        public String getCouncilName()
        {
            return "CDD";
        }

        public String getTitle(String extra)
        {
            return extra;
        }
    }

    @Test
    void aMethodThePlatformLacksIsCaught()
    {
        List<String> violations = StandInConformance.violations(this.api, InventiveDocument.class,
            "com.xpn.xwiki.api.Document", Map.of());

        assertEquals(2, violations.size(), String.join("\n", violations));
        assertTrue(violations.get(0).contains("getCouncilName") || violations.get(1).contains("getCouncilName"));
        assertTrue(String.join("\n", violations).contains("getTitle with 1 parameter(s)"));
    }

    @Test
    void theScriptApiSplitsGenericParametersAtDepthZero()
    {
        assertEquals(List.of("Map<String,?>", "int"), ScriptApi.splitParameters("Map<String,?>,int"));
        assertEquals(List.of(), ScriptApi.splitParameters(""));
    }
}
