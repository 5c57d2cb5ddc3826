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
package org.xwiki.contrib.cdd.internal.knowledge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.knowledge.AudienceShelf;
import org.xwiki.contrib.cdd.knowledge.ReviewSchedule;
import org.xwiki.contrib.cdd.knowledge.ToolShelf;
import org.xwiki.contrib.cdd.knowledge.TutorialCard;
import org.xwiki.contrib.cdd.knowledge.TutorialItem;
import org.xwiki.contrib.cdd.knowledge.TutorialQuestion;
import org.xwiki.contrib.cdd.knowledge.TutorialShelf;
import org.xwiki.contrib.cdd.workflow.CouncilWorkflows;

/**
 * Filters and groups tutorials for the home page; stateless.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Singleton
public class DefaultTutorialShelf implements TutorialShelf
{
    private static final String NONE = "";

    private static final Comparator<TutorialCard> BY_TITLE =
        Comparator.comparing((TutorialCard card) -> fold(card.title())).thenComparing(TutorialCard::page);

    @Inject
    private ReviewSchedule reviewSchedule;

    @Override
    public List<AudienceShelf> arrange(List<TutorialItem> tutorials, Map<String, String> toolTitles,
        TutorialQuestion question)
    {
        // audience -> tool key -> shelf under construction; the audiences keep the class order.
        Map<String, Map<String, ShelfBuilder>> audiences = new LinkedHashMap<>();
        for (String audience : audienceOrder()) {
            audiences.put(audience, new TreeMap<>());
        }
        // Folded once: the text is the reader's, of any length, and is compared with every tutorial.
        List<String> words = words(question.text());
        for (TutorialItem item : tutorials) {
            EntityRecord tutorial = item.record();
            String toolLabel = toolLabel(tutorial, toolTitles);
            TutorialCard card = cardFor(item, toolLabel, question, words);
            if (card == null) {
                continue;
            }
            List<String> forWhom = tutorial.strings(TutorialClass.AUDIENCE).stream()
                .filter(audiences::containsKey).distinct().toList();
            for (String audience : forWhom.isEmpty() ? List.of(NONE) : forWhom) {
                if (isBlank(question.audience()) || question.audience().equals(audience)) {
                    String toolPage = text(tutorial, TutorialClass.TOOL);
                    audiences.computeIfAbsent(audience, key -> new TreeMap<>())
                        .computeIfAbsent(fold(toolLabel) + '\u0000' + toolPage,
                            key -> new ShelfBuilder(toolPage, toolLabel))
                        .cards().add(card);
                }
            }
        }
        List<AudienceShelf> shelves = new ArrayList<>();
        audiences.forEach((audience, tools) -> {
            if (!tools.isEmpty()) {
                shelves.add(new AudienceShelf(audience, tools.values().stream().map(ShelfBuilder::build).toList()));
            }
        });
        return shelves;
    }

    // The card of a tutorial the reader may see and asked for, else null.
    private TutorialCard cardFor(TutorialItem item, String toolLabel, TutorialQuestion question, List<String> words)
    {
        EntityRecord tutorial = item.record();
        boolean draft = !CouncilWorkflows.PUBLISHED.equals(text(tutorial, TutorialClass.STATUS));
        if (draft && !question.animator() && !sameUser(item.creator(), question.user())
            || !matches(question, item.title(), toolLabel, tutorial, words)) {
            return null;
        }
        LocalDate lastReviewed = tutorial.date(TutorialClass.LAST_REVIEWED);
        return new TutorialCard(tutorial.page(), item.title(), text(tutorial, TutorialClass.LEVEL),
            tutorial.integer(TutorialClass.DURATION_MINUTES), lastReviewed, draft,
            !draft && this.reviewSchedule.needsReview(lastReviewed, question.reviewMonths()));
    }

    private static List<String> audienceOrder()
    {
        return TutorialClass.DEFINITION.property(TutorialClass.AUDIENCE).map(PropertyDefinition::allowedValues)
            .orElse(List.of());
    }

    private static String toolLabel(EntityRecord tutorial, Map<String, String> toolTitles)
    {
        String page = text(tutorial, TutorialClass.TOOL);
        if (!page.isEmpty()) {
            String title = toolTitles == null ? null : toolTitles.get(page);
            return isBlank(title) ? page.substring(page.lastIndexOf('.') + 1) : title.trim();
        }
        return text(tutorial, TutorialClass.TOOL_NAME).trim();
    }

    private static boolean matches(TutorialQuestion question, String title, String toolLabel, EntityRecord tutorial,
        List<String> words)
    {
        if (!isBlank(question.level()) && !question.level().equals(text(tutorial, TutorialClass.LEVEL))) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(title) + ' ' + fold(toolLabel);
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String text)
    {
        return isBlank(text) ? List.of()
            : Arrays.stream(fold(text).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static boolean sameUser(String creator, String user)
    {
        if (isBlank(creator) || isBlank(user)) {
            return false;
        }
        // Query rows give "XWiki.alice", the context may give "xwiki:XWiki.alice".
        return localName(creator).equals(localName(user));
    }

    private static String localName(String user)
    {
        return user.substring(user.indexOf(':') + 1);
    }

    // Lower case without accents, so that "reunion" finds "Réunion".
    private static String fold(String text)
    {
        String value = text == null ? NONE : text;
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", NONE).toLowerCase(Locale.ROOT)
            .trim();
    }

    private static String text(EntityRecord tutorial, String property)
    {
        String value = tutorial.string(property);
        return value == null ? NONE : value;
    }

    private static boolean isBlank(String text)
    {
        return text == null || text.isBlank();
    }

    private record ShelfBuilder(String tool, String label, List<TutorialCard> cards)
    {
        ShelfBuilder(String tool, String label)
        {
            this(tool, label, new ArrayList<>());
        }

        ToolShelf build()
        {
            return new ToolShelf(this.tool, this.label, this.cards.stream().sorted(BY_TITLE).toList());
        }
    }
}
