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

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.test.AbstractPageTest;
import org.xwiki.contrib.cdd.test.page.FictionalCouncil;
import org.xwiki.contrib.cdd.test.page.SamplePages;
import org.xwiki.contrib.cdd.workflow.CouncilRole;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page an animator restricted inside the council's spaces (an {@code XWiki.XWikiRights} object allowing view to the
 * animators only) stays out of the lists of those who may not view it: the lists' queries carry XWiki's
 * {@code document} and {@code viewable} filters, evaluated with the platform's rights rules.
 *
 * @version $Id$
 */
class RestrictedPagesTest extends AbstractPageTest
{
    private static final String SECRET = "Projet d’avis confidentiel";

    private static final String METHOD = "Méthode réservée";

    private Document render(String reference, String group) throws Exception
    {
        this.scenario.setLocale(Locale.FRENCH);
        this.scenario.setGroups(group);
        FictionalCouncil.pages(applicationPages()).forEach(this.scenario::addPage);
        this.scenario.addPage(SamplePages.restricted(SamplePages.withObject(applicationPages(),
            "CDD.Contributions.Confidentiel", SECRET, ContributionClass.REFERENCE, ContributionClass.TYPE, "opinion",
            ContributionClass.STATUS, "in_review"), "view", CouncilRole.ANIMATORS_GROUP));
        this.scenario.addPage(SamplePages.restricted(SamplePages.withObject(applicationPages(),
            "CDD.Toolbox.Reservee", METHOD, MethodClass.REFERENCE, MethodClass.OBJECTIVES, "ideation"), "view",
            CouncilRole.ANIMATORS_GROUP));
        return this.renderer.render(page(reference));
    }

    @Test
    void aMemberDoesNotSeeInTheListsWhatTheyMayNotView() throws Exception
    {
        assertFalse(render("CDD.WebHome", CouncilRole.MEMBERS_GROUP).text().contains(SECRET));
        assertFalse(render("CDD.Toolbox.WebHome", CouncilRole.MEMBERS_GROUP).text().contains(METHOD));
    }

    @Test
    void theAnimatorsForWhomItIsMeantSeeIt() throws Exception
    {
        assertTrue(render("CDD.WebHome", CouncilRole.ANIMATORS_GROUP).text().contains(SECRET));
        assertTrue(render("CDD.Toolbox.WebHome", CouncilRole.ANIMATORS_GROUP).text().contains(METHOD));
    }
}
