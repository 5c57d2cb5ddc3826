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

import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.EntityRecord;
import org.xwiki.contrib.cdd.entity.MethodClass;
import org.xwiki.contrib.cdd.entity.MethodFeedbackClass;
import org.xwiki.contrib.cdd.entity.PropertyDefinition;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.toolbox.MethodMatcher;
import org.xwiki.contrib.cdd.toolbox.MethodNeed;
import org.xwiki.contrib.cdd.toolbox.MethodUsage;
import org.xwiki.contrib.cdd.toolbox.RatingSummary;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.toolbox}: the methods that fit a facilitator's situation, from what they typed in the catalogue.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(ToolboxScriptService.HINT)
@Singleton
@Unstable
public class ToolboxScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.toolbox";

    /**
     * Every feedback the service recorded, for the best rated methods: the state page it lies on (see
     * {@code $services.cdd.states.onRecords}), then its rating. Feedback typed into a method page itself, which any
     * member who may edit the page could forge, is not read.
     */
    public static final String FEEDBACK_QUERY = String.format("select doc.fullName, feedback.%s from Document doc, "
        + "doc.object(%s) as feedback where doc.translation = 0 and doc.space like '%s.%%'", MethodFeedbackClass.RATING,
        MethodFeedbackClass.REFERENCE, WorkflowStateClass.SPACE);

    /** The feedback of one method, on its state page bound to {@code :page}: author, rating, meeting, comment. */
    public static final String FEEDBACK_OF_QUERY = String.format("select feedback.%s, feedback.%s, feedback.%s, "
        + "feedback.%s from Document doc, doc.object(%s) as feedback where doc.fullName = :page",
        MethodFeedbackClass.AUTHOR, MethodFeedbackClass.RATING, MethodFeedbackClass.MEETING,
        MethodFeedbackClass.COMMENT, MethodFeedbackClass.REFERENCE);

    /** The longest feedback comment a member may send. */
    public static final int MAX_COMMENT = 2000;

    private static final List<String> FEEDBACK_RATINGS = MethodFeedbackClass.DEFINITION
        .property(MethodFeedbackClass.RATING).orElseThrow().allowedValues();

    @Inject
    private MethodMatcher matcher;

    @Inject
    private ScriptErrors errors;

    /**
     * @return the formats a facilitator may ask for ({@code both} is a method's answer, not a question)
     */
    public List<String> getFormats()
    {
        return List.of(MethodClass.IN_PERSON, MethodClass.ONLINE);
    }

    /**
     * @return the objectives a method may serve, in the order of the class
     */
    public List<String> getObjectives()
    {
        return MethodClass.DEFINITION.property(MethodClass.OBJECTIVES).map(PropertyDefinition::allowedValues)
            .orElse(List.of());
    }

    /**
     * @param methods method records (or record results)
     * @param participants the group size as typed (blank: any)
     * @param minutes the time available as typed (blank: any)
     * @param format {@code in_person}, {@code online} or blank
     * @param objective an objective or blank
     * @return the methods that fit, best first; null (and lastError) when a number cannot be read
     */
    public List<EntityRecord> match(List<?> methods, Object participants, Object minutes, String format,
        String objective)
    {
        this.errors.clear();
        Integer people = count(participants);
        if (people != null && people < 0) {
            return this.errors.fail(ScriptError.BAD_NUMBER, String.valueOf(participants));
        }
        Integer time = count(minutes);
        if (time != null && time < 0) {
            return this.errors.fail(ScriptError.BAD_NUMBER, String.valueOf(minutes));
        }
        return this.matcher.match(RecordLists.records(methods), new MethodNeed(people, time, format, objective));
    }

    /**
     * @param ratings the ratings of a method's feedback objects
     * @return how many, and their average
     */
    public RatingSummary ratings(List<?> ratings)
    {
        return RatingSummary.of(ratings);
    }

    /**
     * @return the statement of every feedback the service recorded, see {@link #FEEDBACK_QUERY}
     */
    public String getFeedbackQuery()
    {
        return FEEDBACK_QUERY;
    }

    /**
     * @return the statement of one method's feedback, with the parameter {@code page} (its state page)
     */
    public String getFeedbackOfQuery()
    {
        return FEEDBACK_OF_QUERY;
    }

    /**
     * @return the ratings a feedback may give, lowest first
     */
    public List<String> getFeedbackRatings()
    {
        return FEEDBACK_RATINGS;
    }

    /**
     * @return the longest feedback comment a member may send, see {@link #MAX_COMMENT}
     */
    public int getMaxComment()
    {
        return MAX_COMMENT;
    }

    /**
     * @param value a comment a member sent
     * @return whether it is longer than {@link #MAX_COMMENT} characters (then refused)
     */
    public boolean isCommentTooLong(Object value)
    {
        return feedbackComment(value) == null;
    }

    /**
     * @param value a rating a member sent
     * @return the rating's id ({@code 1} to {@code 5}), or {@code null} when it is none of them
     */
    public String feedbackRating(Object value)
    {
        String rating = value == null ? "" : String.valueOf(value).trim();
        return rating.length() == 1 && FEEDBACK_RATINGS.contains(rating) ? rating : null;
    }

    /**
     * @param value a feedback comment a member sent
     * @return the comment without surrounding blanks (empty for none), or {@code null} when it is longer than
     *     {@link #MAX_COMMENT} characters
     */
    public String feedbackComment(Object value)
    {
        String comment = value == null ? "" : String.valueOf(value).trim();
        return comment.length() > MAX_COMMENT ? null : comment;
    }

    /**
     * @param rows query rows of every feedback: the method page, then its rating
     * @param limit how many methods to keep
     * @return the best rated methods (page → summary), best first
     */
    public Map<String, RatingSummary> bestRated(List<?> rows, int limit)
    {
        return RatingSummary.best(RecordLists.withPages(rows), limit);
    }

    /**
     * @param rows query rows of the meetings' methods: the meeting page, then its method(s)
     * @param limit how many methods to keep
     * @return the most used methods (page → number of meetings), most used first
     */
    public Map<String, Integer> mostUsed(List<?> rows, int limit)
    {
        return MethodUsage.mostUsed(RecordLists.withPages(rows), limit);
    }

    // Blank is "any" (null); anything else must be a whole number of at least 1, else -1 flags the error.
    private static Integer count(Object typed)
    {
        String text = typed == null ? "" : String.valueOf(typed).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            return value >= 1 ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
