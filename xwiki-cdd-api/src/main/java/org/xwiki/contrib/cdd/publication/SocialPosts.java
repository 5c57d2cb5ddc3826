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

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xwiki.stability.Unstable;

/**
 * Drafts of the posts announcing a publication: Mastodon (500 characters, a link counting as 23), LinkedIn (3,000)
 * and Facebook (63,206). Each holds the announcement, the summary (shortened at a word to fit), the link and the
 * hashtags of the text's themes: those the council configured ({@code theme=#Hashtag} lines), else the theme's words
 * joined, without accents or punctuation.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class SocialPosts
{
    /** Mastodon's limit. */
    public static final int MASTODON = 500;

    /** LinkedIn's limit. */
    public static final int LINKEDIN = 3000;

    /** Facebook's limit. */
    public static final int FACEBOOK = 63_206;

    /** What Mastodon counts for any link. */
    static final int MASTODON_LINK = 23;

    private static final String PARAGRAPH = "\n\n";

    private static final String ELLIPSIS = "…";

    private static final String HASH = "#";

    private SocialPosts()
    {
    }

    /**
     * @param announcement the first line, in the reader's language (the council publishes « title »)
     * @param summary the summary, as plain text
     * @param url the address of the published text
     * @param themes the text's themes
     * @param configured the council's hashtag of each theme, by theme (may be empty)
     * @return the three drafts, Mastodon first
     */
    public static List<SocialPost> of(String announcement, String summary, String url, List<String> themes,
        Map<String, String> configured)
    {
        String tags = String.join(" ", hashtags(themes, configured));
        List<SocialPost> posts = new ArrayList<>();
        posts.add(mastodon(announcement, summary, url, tags));
        String full = join(announcement, summary, url, tags);
        posts.add(new SocialPost("linkedin", full, length(full), LINKEDIN));
        posts.add(new SocialPost("facebook", full, length(full), FACEBOOK));
        return posts;
    }

    /**
     * @param themes some themes
     * @param configured the council's hashtag of each theme, by theme
     * @return one hashtag per theme, each once
     */
    public static List<String> hashtags(List<String> themes, Map<String, String> configured)
    {
        Set<String> tags = new LinkedHashSet<>();
        for (String theme : themes) {
            String tag = configured.getOrDefault(theme, "").trim();
            if (tag.isEmpty()) {
                tag = derived(theme);
            }
            if (!tag.isEmpty()) {
                tags.add(tag.startsWith(HASH) ? tag : HASH + tag);
            }
        }
        return List.copyOf(tags);
    }

    private static String derived(String theme)
    {
        StringBuilder tag = new StringBuilder();
        String plain = Normalizer.normalize(theme, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                tag.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return tag.toString();
    }

    private static SocialPost mastodon(String announcement, String summary, String url, String tags)
    {
        // The summary gives way, a word at a time: the announcement, the link and the hashtags stay whole.
        String text = join(announcement, summary, url, tags);
        String shortened = summary;
        while (mastodonLength(text, url) > MASTODON && !shortened.isEmpty()) {
            int space = shortened.lastIndexOf(' ');
            shortened = space <= 0 ? "" : shortened.substring(0, space);
            text = join(announcement, shortened.isEmpty() ? "" : shortened + ELLIPSIS, url, tags);
        }
        return new SocialPost("mastodon", text, mastodonLength(text, url), MASTODON);
    }

    private static int mastodonLength(String text, String url)
    {
        return url.isEmpty() || !text.contains(url) ? length(text)
            : length(text) - length(url) + MASTODON_LINK;
    }

    private static int length(String text)
    {
        return text.codePointCount(0, text.length());
    }

    private static String join(String... parts)
    {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.trim());
            }
        }
        return String.join(PARAGRAPH, kept);
    }
}
