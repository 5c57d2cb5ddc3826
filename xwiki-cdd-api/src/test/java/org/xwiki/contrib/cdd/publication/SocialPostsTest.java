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
package org.xwiki.contrib.cdd.publication;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drafts of social posts: hashtags from the themes, a Mastodon post that fits in 500 characters with its link
 * counted as 23, LinkedIn and Facebook posts whole.
 *
 * @version $Id$
 */
class SocialPostsTest
{
    private static final String URL = "https://cdd.example.org/xwiki/bin/view/CDD/Public/Opinions/AvisSCoT";

    @Test
    void hashtagsComeFromTheCouncilOrFromTheThemesWords()
    {
        assertEquals(List.of("#MobilitéDuQuotidien", "#ProjetAlimentaireTerritorialPAT", "#Eau"),
            SocialPosts.hashtags(List.of("Mobilité", "Projet alimentaire territorial (PAT)", "Eau", "Eau"),
                Map.of("Mobilité", "MobilitéDuQuotidien")));
        assertEquals(List.of("#Economie"), SocialPosts.hashtags(List.of("Économie", "…"), Map.of()));
    }

    @Test
    void theMastodonPostFitsAndTheOthersAreWhole()
    {
        String summary = "Le conseil recommande " + "de rouvrir la gare de Tarascon aux trains régionaux ".repeat(20)
            + "avant 2030.";
        List<SocialPost> posts = SocialPosts.of("Le conseil de développement publie « Avis SCoT ».", summary, URL,
            List.of("Mobilité", "SCoT"), Map.of());

        SocialPost mastodon = posts.get(0);
        assertEquals("mastodon", mastodon.network());
        assertTrue(mastodon.fits() && mastodon.length() > 450, String.valueOf(mastodon.length()));
        assertTrue(mastodon.text().endsWith(URL + "\n\n#Mobilite #SCoT"), mastodon.text());
        assertTrue(mastodon.text().contains("…\n\n" + URL), "the summary was shortened at a word");
        // Hand count: the link counts as 23 instead of its 68 characters.
        assertEquals(mastodon.text().codePointCount(0, mastodon.text().length()) - URL.length() + 23,
            mastodon.length());

        SocialPost linkedin = posts.get(1);
        assertTrue(linkedin.text().contains(summary) && linkedin.fits(), "whole within 3,000 characters");
        assertEquals(3000, linkedin.limit());
        assertEquals(63_206, posts.get(2).limit());

        SocialPost tooLong = SocialPosts.of("A", "x".repeat(3100), URL, List.of(), Map.of()).get(1);
        assertTrue(!tooLong.fits(), "a post over the limit says so, never cut silently");
    }
}
