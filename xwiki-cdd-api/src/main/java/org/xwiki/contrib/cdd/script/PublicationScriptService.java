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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.calendar.DateBounds;
import org.xwiki.contrib.cdd.entity.ArticleClass;
import org.xwiki.contrib.cdd.entity.ContributionClass;
import org.xwiki.contrib.cdd.entity.PublicationClass;
import org.xwiki.contrib.cdd.entity.RecommendationClass;
import org.xwiki.contrib.cdd.entity.ReportClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.publication.FeedHead;
import org.xwiki.contrib.cdd.publication.LibraryChoices;
import org.xwiki.contrib.cdd.publication.LibraryFilter;
import org.xwiki.contrib.cdd.publication.PublicationFacts;
import org.xwiki.contrib.cdd.publication.PublicationFeed;
import org.xwiki.contrib.cdd.publication.PublishedOpinion;
import org.xwiki.contrib.cdd.publication.PublishedRecommendation;
import org.xwiki.contrib.cdd.publication.SocialPost;
import org.xwiki.contrib.cdd.publication.SocialPosts;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.publication}: what the council publishes for the public. The workflow service asks
 * {@link #action} what a move does to the public copy and writes it with {@link #opinion}; the public pages read the
 * copies with one query ({@link #getLibraryQuery()}) and {@link #opinions}, then filter ({@link #filter},
 * {@link #select}) or write the feed ({@link #atom}).
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(PublicationScriptService.HINT)
@Singleton
@Unstable
public class PublicationScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.publication";

    /** The move publishes the text: its copy is written and readable by guests. */
    public static final String PUBLISH = "publish";

    /** The move withdraws the text: its copy is marked withdrawn and closed to guests. */
    public static final String WITHDRAW = "withdraw";

    /** The move changes what the copy shows (a recommendation's follow-up): the copy is written again. */
    public static final String UPDATE = "update";

    /** The move adopts or repeals an article: the public copy of the charter in force is written again. */
    public static final String CHARTER = "charter";

    /** The move publishes an activity report: its public copy is written. */
    public static final String REPORT = "report";

    /** The most copies read for one page: far above what a council publishes in its lifetime. */
    public static final int MAX_OPINIONS = 2000;

    /** The longest criterion typed in a library filter, in characters. */
    public static final int MAX_CRITERION = 200;

    private static final String CONTRIBUTIONS_SPACE = "CDD.Contributions.";

    /** The key of a recommendation's object number in the values a page hands over. */
    private static final String NUMBER = "number";

    private static final String LIBRARY_QUERY = String.format("select doc.fullName, publication.%s from Document doc, "
        + "doc.object(%s) as publication where doc.translation = 0 and doc.space like '%s%%' and publication.%s = "
        + "'%s' order by doc.fullName", PublicationClass.FACTS, PublicationClass.REFERENCE, PublicationClass.SPACE,
        PublicationClass.STATE, PublicationClass.PUBLISHED);

    @Inject
    private PublicationFacts facts;

    @Inject
    private PublicationFeed feed;

    @Inject
    private ClockProvider clockProvider;

    @Inject
    @Named(OpenDataScriptService.HINT)
    private ScriptService openData;

    @Inject
    @Named(CalendarScriptService.HINT)
    private ScriptService calendar;

    @Inject
    @Named(NewsletterScriptService.HINT)
    private ScriptService newsletter;

    @Inject
    @Named(PublicDocumentsScriptService.HINT)
    private ScriptService documents;

    /** @return the council's newsletter: {@code $services.cdd.publication.newsletter} */
    public NewsletterScriptService getNewsletter()
    {
        return (NewsletterScriptService) this.newsletter;
    }

    /** @return the charter in force and the activity reports: {@code $services.cdd.publication.documents} */
    public PublicDocumentsScriptService getDocuments()
    {
        return (PublicDocumentsScriptService) this.documents;
    }

    /** @return the council's calendar feeds: {@code $services.cdd.publication.calendar} */
    public CalendarScriptService getCalendar()
    {
        return (CalendarScriptService) this.calendar;
    }

    /** @return the council's open datasets: {@code $services.cdd.publication.openData} */
    public OpenDataScriptService getOpenData()
    {
        return (OpenDataScriptService) this.openData;
    }

    /**
     * @return the statement of every published copy: its page and its facts
     */
    public String getLibraryQuery()
    {
        return LIBRARY_QUERY;
    }

    /**
     * @param record a contribution's page
     * @return the page of its public copy; null for a page outside {@code CDD.Contributions}
     */
    public String copyPage(String record)
    {
        if (record == null || !record.startsWith(CONTRIBUTIONS_SPACE)
            || record.length() == CONTRIBUTIONS_SPACE.length()) {
            return null;
        }
        return PublicationClass.SPACE + '.' + record.substring(CONTRIBUTIONS_SPACE.length());
    }

    /**
     * @param workflow the workflow of the move ({@code contribution}, {@code recommendation}…)
     * @param from the confirmed state before the move
     * @param to the state after the move
     * @param contributionState the contribution's confirmed state after the move (for a recommendation, the state of
     *     the text it belongs to)
     * @return {@link #PUBLISH}, {@link #WITHDRAW}, {@link #UPDATE} (a text's copy), {@link #CHARTER} (the charter's),
     *     {@link #REPORT} (a report's), or an empty text when no public copy is concerned
     */
    public String action(String workflow, String from, String to, String contributionState)
    {
        String action = "";
        if (ContributionClass.ID.equals(workflow)) {
            if (WorkflowStates.PUBLISHED.equals(to)) {
                action = PUBLISH;
            } else if (WorkflowStates.PUBLISHED.equals(from)) {
                action = WITHDRAW;
            }
        } else if (RecommendationClass.ID.equals(workflow) && WorkflowStates.PUBLISHED.equals(contributionState)) {
            action = UPDATE;
        } else if (ArticleClass.ID.equals(workflow)) {
            action = CHARTER;
        } else if (ReportClass.ID.equals(workflow) && WorkflowStates.PUBLISHED.equals(to)) {
            action = REPORT;
        }
        return action;
    }

    /**
     * Writes the facts of a text's public copy. Only what the public may read is kept: no author, no member; the
     * follow-up of a recommendation only when the animators chose to publish it.
     *
     * @param record the contribution's page
     * @param title its title
     * @param contribution its values (type, themes, adoption date and body, votes, transmittedTo)
     * @param recommendations the values of each recommendation, in order, with its confirmed follow-up state
     * @param about what the copy says about the text beyond its values: {@code referralKind} and {@code referral}
     *     (the kind and title of the referral it answers, empty for none), {@code referralBodies} (the bodies
     *     the referral's opinion was transmitted to), {@code group} (the title of the group that
     *     wrote it), {@code summary} (its summary as plain text, for the feed and the open data) and
     *     {@code publicationDate} (the day it was first published)
     * @return the facts (JSON)
     */
    public String opinion(String record, String title, Map<?, ?> contribution, List<?> recommendations,
        Map<?, ?> about)
    {
        ZoneId zone = this.clockProvider.getStorageZone();
        Map<String, Object> values = ScriptValues.toValueMap(contribution);
        Map<String, Object> described = ScriptValues.toValueMap(about);
        List<PublishedRecommendation> published = new ArrayList<>();
        for (Object item : recommendations == null ? List.of() : recommendations) {
            if (item instanceof Map<?, ?> map) {
                published.add(recommendation(ScriptValues.toValueMap(map), zone));
            }
        }
        PublishedOpinion opinion = new PublishedOpinion(copyPage(record), text(record), text(title),
            text(values.get(ContributionClass.TYPE)), strings(values.get(ContributionClass.THEMES)),
            text(described.get("referralKind")), text(described.get("referral")), text(described.get("group")),
            text(values.get(ContributionClass.ADOPTING_BODY)),
            ScriptValues.toDate(values.get(ContributionClass.ADOPTION_DATE), zone),
            new PublishedOpinion.Votes(count(values.get(ContributionClass.VOTES_FOR)),
                count(values.get(ContributionClass.VOTES_AGAINST)),
                count(values.get(ContributionClass.VOTES_ABSTENTION))),
            bodies(values.get(ContributionClass.TRANSMITTED_TO), described.get("referralBodies")),
            text(described.get("summary")),
            ScriptValues.toDate(described.get(ContributionClass.PUBLICATION_DATE), zone),
            this.clockProvider.getClock().instant(), published);
        return this.facts.write(opinion);
    }

    /**
     * @param page a public copy's page
     * @param facts its facts, as {@link #opinion} wrote them
     * @return what it holds; null when they cannot be read
     */
    public PublishedOpinion read(String page, Object facts)
    {
        return page == null ? null : this.facts.read(page, facts == null ? null : facts.toString()).orElse(null);
    }

    /**
     * The follow-up of one recommendation moved while its text is published: only that recommendation changes in the
     * copy, everything else stays as it was published (a member's later edits of the text are not published by it).
     *
     * @param facts the copy's facts, as {@link #opinion} wrote them
     * @param number the moved recommendation's object number
     * @param values its follow-up: {@code followUpStatus}, {@code reply} (plain text), {@code replyDate},
     *     {@code reviewDate}, {@code publicFollowUp}
     * @return the facts with that recommendation's follow-up replaced and dated now; null when the facts cannot be
     *     read or hold no such recommendation (one added after the publication: published again with the text)
     */
    public String followUp(Object facts, Object number, Map<?, ?> values)
    {
        PublishedOpinion published = facts == null ? null : this.facts.read("", facts.toString()).orElse(null);
        Integer moved = ScriptValues.toInteger(number);
        if (published == null || moved == null
            || published.recommendations().stream().noneMatch(item -> item.number() == moved)) {
            return null;
        }
        Map<String, Object> followUp = ScriptValues.toValueMap(values);
        followUp.put(NUMBER, moved);
        List<PublishedRecommendation> recommendations = new ArrayList<>();
        for (PublishedRecommendation item : published.recommendations()) {
            if (item.number() == moved) {
                followUp.put(RecommendationClass.TEXT, item.text());
                followUp.put(RecommendationClass.ADDRESSEE, item.addressee());
                recommendations.add(recommendation(followUp, this.clockProvider.getStorageZone()));
            } else {
                recommendations.add(item);
            }
        }
        return this.facts.write(new PublishedOpinion(published.page(), published.record(), published.title(),
            published.type(), published.themes(), published.referralKind(), published.referral(), published.group(),
            published.adoptingBody(), published.adoptionDate(), published.votes(), published.transmittedTo(),
            published.summary(), published.publicationDate(), this.clockProvider.getClock().instant(),
            recommendations));
    }

    /**
     * @param rows the rows of {@link #getLibraryQuery()}: page, facts
     * @return the published opinions they hold (at most {@link #MAX_OPINIONS}), those that cannot be read left out
     */
    public List<PublishedOpinion> opinions(List<?> rows)
    {
        List<PublishedOpinion> opinions = new ArrayList<>();
        for (Object row : rows == null ? List.of() : rows) {
            if (opinions.size() >= MAX_OPINIONS) {
                break;
            }
            if (row instanceof Object[] cells && cells.length > 1 && cells[0] != null) {
                this.facts.read(cells[0].toString(), cells[1] == null ? null : cells[1].toString())
                    .ifPresent(opinions::add);
            }
        }
        return opinions;
    }

    /**
     * @param theme a theme id, or empty
     * @param year a year, or empty
     * @param type a type of text, or empty
     * @param referralKind a kind of referral, or empty
     * @param group a group's title, or empty
     * @param body a deliberative body's id, or empty
     * @return what the visitor chose; a year outside the application's bounds or a criterion too long counts as not
     *     chosen (a criterion that matches nothing shows an empty list, never an error)
     */
    public LibraryFilter filter(Object theme, Object year, Object type, Object referralKind, Object group,
        Object body)
    {
        Integer number = ScriptValues.toInteger(year);
        return new LibraryFilter(criterion(theme), number != null && DateBounds.containsYear(number) ? number : 0,
            criterion(type), criterion(referralKind), criterion(group), criterion(body));
    }

    /**
     * @param opinions the published opinions ({@link #opinions})
     * @param filter what the visitor chose ({@link #filter}); anything else chooses nothing
     * @return those it accepts, the newest publication first
     */
    public List<PublishedOpinion> select(List<?> opinions, Object filter)
    {
        return (filter instanceof LibraryFilter chosen ? chosen : LibraryFilter.ALL).apply(published(opinions));
    }

    /**
     * @param opinions the published opinions
     * @return the values each filter offers
     */
    public LibraryChoices choices(List<?> opinions)
    {
        return LibraryChoices.of(published(opinions));
    }

    /**
     * @param opinions the published opinions, the newest first ({@link #select})
     * @param urls the URL of each one's public page, by page ({@code $xwiki.getURL}: relative to the feed's URL)
     * @param head the feed's own URL, the library's URL, the feed's title and the council's name, in that order
     * @return the Atom 1.0 document
     */
    public String atom(List<?> opinions, Map<?, ?> urls, List<?> head)
    {
        // Each at its place: a missing one is empty, never a reason to shift the others.
        List<String> texts = new ArrayList<>();
        for (Object item : head == null ? List.of() : head) {
            texts.add(text(item));
        }
        while (texts.size() < 4) {
            texts.add("");
        }
        return this.feed.atom(new FeedHead(texts.get(0), texts.get(1), texts.get(2), texts.get(3),
            this.clockProvider.getClock().instant()), published(opinions),
            ScriptValues.toTextMap(urls));
    }

    /**
     * @param opinion a published text ({@link #read})
     * @param announcement the first line, in the reader's language
     * @param url the address of its public page
     * @param hashtags the council's hashtag of each theme, by theme ({@code $services.cdd.pairs})
     * @return drafts of posts for Mastodon, LinkedIn and Facebook, with their lengths; empty without a text
     */
    public List<SocialPost> posts(Object opinion, String announcement, String url, Map<?, ?> hashtags)
    {
        if (!(opinion instanceof PublishedOpinion text)) {
            return List.of();
        }
        return SocialPosts.of(text(announcement), text.summary(), text(url), text.themes(),
            ScriptValues.toTextMap(hashtags));
    }

    private static PublishedRecommendation recommendation(Map<String, Object> values, ZoneId zone)
    {
        boolean open = "1".equals(text(values.get(RecommendationClass.PUBLIC_FOLLOW_UP)))
            || Boolean.TRUE.equals(values.get(RecommendationClass.PUBLIC_FOLLOW_UP));
        String status = text(values.get(RecommendationClass.FOLLOW_UP_STATUS));
        String state = status.isEmpty() ? WorkflowStates.PENDING : status;
        Integer number = ScriptValues.toInteger(values.get(NUMBER));
        return new PublishedRecommendation(number == null ? 0 : number, text(values.get(RecommendationClass.TEXT)),
            text(values.get(RecommendationClass.ADDRESSEE)), open,
            open ? state : "",
            open ? text(values.get(RecommendationClass.REPLY)) : "",
            open ? ScriptValues.toDate(values.get(RecommendationClass.REPLY_DATE), zone) : null,
            open ? ScriptValues.toDate(values.get(RecommendationClass.REVIEW_DATE), zone) : null);
    }

    private static List<PublishedOpinion> published(List<?> opinions)
    {
        // A page may hand over any list: only the published opinions in it count.
        return opinions == null ? List.of() : opinions.stream().filter(PublishedOpinion.class::isInstance)
            .map(PublishedOpinion.class::cast).toList();
    }

    private static List<String> bodies(Object contribution, Object referral)
    {
        // The bodies the text was sent to, as the text says and as its referral says, each once.
        Set<String> bodies = new LinkedHashSet<>(strings(contribution));
        bodies.addAll(strings(referral));
        return List.copyOf(bodies);
    }

    private static String criterion(Object value)
    {
        String text = text(value).trim();
        return text.length() > MAX_CRITERION ? "" : text;
    }

    private static String text(Object value)
    {
        return value == null ? "" : value.toString();
    }

    private static int count(Object value)
    {
        Integer number = ScriptValues.toInteger(value);
        return number == null ? 0 : number;
    }

    private static List<String> strings(Object value)
    {
        if (value instanceof List<?> list) {
            return ScriptValues.toStrings(list).stream().filter(item -> !item.isBlank()).toList();
        }
        String text = text(value);
        return text.isBlank() ? List.of() : List.of(text.split("[|,]"));
    }
}
