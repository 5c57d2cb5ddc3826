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
package org.xwiki.contrib.cdd.script;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.entity.ArticleClass;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.knowledge.CharterArticle;
import org.xwiki.contrib.cdd.knowledge.CharterText;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.charter}: the charter's articles, which wording is in force and each article's history.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(CharterScriptService.HINT)
@Singleton
@Unstable
public class CharterScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.charter";

    /** Where stored dates' day is read. */
    @Inject
    private ClockProvider clockProvider;

    /**
     * @param articles the charter page's article objects, each as a map: {@code object} (its number), {@code number},
     *     {@code status}, {@code adoptedDate}, {@code repealedDate}; an entry that is not a map or has no readable
     *     article number is left out (a proposal without number counts as number 0), a date that cannot be read or
     *     is out of bounds counts as none
     * @return the charter in force, the proposals and each article's history
     */
    public CharterText text(List<?> articles)
    {
        List<CharterArticle> versions = new ArrayList<>();
        for (Object article : articles == null ? List.of() : articles) {
            if (article instanceof Map<?, ?> values) {
                CharterArticle version = article(values);
                if (version != null) {
                    versions.add(version);
                }
            }
        }
        return CharterText.of(versions);
    }

    private CharterArticle article(Map<?, ?> article)
    {
        Integer number = ScriptValues.toInteger(article.get(ArticleClass.NUMBER));
        Integer object = ScriptValues.toInteger(article.get("object"));
        String status = String.valueOf(article.get(ArticleClass.STATUS));
        // A proposal whose number was left empty stays among the proposals (as number 0), so that its author can
        // still find and number it; any other version needs its number.
        if (number == null && CouncilWorkflows.PROPOSED.equals(status)) {
            number = 0;
        }
        if (number == null || object == null) {
            return null;
        }
        ZoneId zone = this.clockProvider.getStorageZone();
        return new CharterArticle(number, object, status,
            ScriptValues.toDate(article.get(ArticleClass.ADOPTED_DATE), zone),
            ScriptValues.toDate(article.get(ArticleClass.REPEALED_DATE), zone), null);
    }
}
