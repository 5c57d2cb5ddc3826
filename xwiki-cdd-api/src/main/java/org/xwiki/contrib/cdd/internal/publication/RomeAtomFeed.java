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
package org.xwiki.contrib.cdd.internal.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.publication.FeedHead;
import org.xwiki.contrib.cdd.publication.Links;
import org.xwiki.contrib.cdd.publication.PublicationFeed;
import org.xwiki.contrib.cdd.publication.PublishedOpinion;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * The Atom feed written by ROME, the library XWiki's own feed API uses. An entry's id is a tag URI (RFC 4151) made of
 * the wiki's host, the day the text was first published and the council's page: it never changes when the copy is
 * written again (a recommendation's follow-up), so a reader shows the entry as updated, not as a new one.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class RomeAtomFeed implements PublicationFeed
{
    private static final String ATOM = "atom_1.0";

    private static final String TEXT = "text";

    private static final String ALTERNATE = "alternate";

    @Inject
    private ClockProvider clockProvider;

    @Override
    public String atom(FeedHead head, List<PublishedOpinion> opinions, Map<String, String> urls)
    {
        ZoneId zone = this.clockProvider.getClock().getZone();
        Feed feed = new Feed(ATOM);
        feed.setId(xmlText(head.self()));
        feed.setTitleEx(text(head.title()));
        Person author = new Person();
        author.setName(xmlText(head.author()));
        feed.setAuthors(List.<SyndPerson>of(author));
        Link selfLink = link(head.self(), "self");
        selfLink.setType("application/atom+xml");
        feed.setOtherLinks(List.of(selfLink));
        feed.setAlternateLinks(List.of(link(head.library(), ALTERNATE)));
        String host = Links.host(head.self(), "localhost");
        List<Entry> entries = new ArrayList<>();
        for (PublishedOpinion opinion : opinions.stream().limit(MAX_ENTRIES).toList()) {
            String url = Links.absolute(head.self(), urls.get(opinion.page()));
            entries.add(entry(opinion, host, zone, url.isEmpty() ? null : url));
        }
        feed.setEntries(entries);
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Comparator.naturalOrder())
            .orElse(Date.from(head.now())));
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            // Every field is set above from values that are never null: this is a defect, not bad input.
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
    }

    private static Entry entry(PublishedOpinion opinion, String host, ZoneId zone, String url)
    {
        LocalDate published = opinion.publicationDate() != null ? opinion.publicationDate()
            : Objects.requireNonNullElse(opinion.adoptionDate(), LocalDate.EPOCH);
        Entry entry = new Entry();
        entry.setId(String.format("tag:%s,%s:%s", host, published,
            URLEncoder.encode(opinion.record(), StandardCharsets.UTF_8)));
        entry.setTitleEx(text(opinion.title()));
        Instant start = published.atStartOfDay(zone).toInstant();
        entry.setPublished(Date.from(start));
        entry.setUpdated(Date.from(opinion.updated() != null ? opinion.updated() : start));
        entry.setSummary(text(opinion.summary()));
        if (url != null) {
            entry.setAlternateLinks(List.of(link(url, ALTERNATE)));
        }
        List<Category> categories = new ArrayList<>();
        for (String theme : opinion.themes()) {
            Category category = new Category();
            // A theme is configured as its own label.
            category.setTerm(xmlText(theme));
            category.setLabel(xmlText(theme));
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    private static Content text(String value)
    {
        Content content = new Content();
        content.setType(TEXT);
        content.setValue(xmlText(value));
        return content;
    }

    /** Characters XML 1.0 cannot hold (control characters a paste may bring) are left out rather than fail. */
    private static String xmlText(String value)
    {
        StringBuilder text = new StringBuilder();
        Objects.requireNonNullElse(value, "").codePoints().filter(RomeAtomFeed::isXmlCharacter)
            .forEach(text::appendCodePoint);
        return text.toString();
    }

    private static boolean isXmlCharacter(int c)
    {
        boolean whitespace = c == '\t' || c == '\n' || c == '\r';
        boolean basic = c >= ' ' && c <= 0xD7FF;
        boolean beyond = c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
        return whitespace || basic || beyond;
    }

    private static Link link(String href, String rel)
    {
        Link link = new Link();
        link.setHref(xmlText(href));
        link.setRel(rel);
        return link;
    }
}
