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
package org.xwiki.contrib.cdd.privacy;

import java.util.List;

import org.xwiki.contrib.cdd.entity.ActionItemClass;
import org.xwiki.contrib.cdd.entity.CalendarTokenClass;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.MemberClass;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.entity.MethodFeedbackClass;
import org.xwiki.contrib.cdd.entity.NewsletterLogClass;
import org.xwiki.stability.Unstable;

/**
 * The council's register of processing activities (GDPR article 30), as this application processes personal data:
 * the one source of the register page ({@code CDD.Public.Privacy}) and of {@code docs/privacy.md}, whose test checks
 * that every personal property of the application is in it.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class ProcessingRegister
{
    /** The council's public-interest task (GDPR 6(1)(e); CGCT L5211-10-1 and L5741-1 for a PETR). */
    public static final String PUBLIC_TASK = "publicTask";

    /** A name: the member page's title. */
    public static final String NAME = "cdd.privacy.data.name";

    /** Who wrote and changed each page, and when: XWiki's page history. */
    public static final String HISTORY = "cdd.privacy.data.history";

    /** Every processing, in the register's order. */
    public static final List<ProcessingActivity> ALL = List.of(
        new ProcessingActivity("members", List.of(NAME, field(MemberClass.REFERENCE, MemberClass.STRUCTURE),
            field(MemberClass.REFERENCE, MemberClass.COLLEGE), field(MemberClass.REFERENCE, MemberClass.COMMUNE),
            field(MemberClass.REFERENCE, MemberClass.EPCI), field(MemberClass.REFERENCE, MemberClass.ROLE),
            field(MemberClass.REFERENCE, MemberClass.MANDATE_START),
            field(MemberClass.REFERENCE, MemberClass.MANDATE_END), field(MemberClass.REFERENCE, MemberClass.USER),
            field(MemberClass.REFERENCE, MemberClass.PUBLICATION_CONSENT)), PUBLIC_TASK),
        new ProcessingActivity("composition", List.of(
            field(MemberPrivateClass.REFERENCE, MemberPrivateClass.GENDER),
            field(MemberPrivateClass.REFERENCE, MemberPrivateClass.AGE_CLASS),
            field(MemberPrivateClass.REFERENCE, MemberPrivateClass.COMMUNITY_COUNCILLOR),
            field(MemberPrivateClass.REFERENCE, MemberPrivateClass.EMAIL),
            field(MemberPrivateClass.REFERENCE, MemberPrivateClass.PHONE)), PUBLIC_TASK),
        new ProcessingActivity("participation", List.of(field(GroupClass.REFERENCE, GroupClass.MEMBERS),
            field(GroupClass.REFERENCE, GroupClass.REFERENTS), field(MeetingClass.REFERENCE, MeetingClass.EXPECTED),
            field(MeetingClass.REFERENCE, MeetingClass.ATTENDEES), field(MeetingClass.REFERENCE, MeetingClass.EXCUSED),
            field(ActionItemClass.REFERENCE, ActionItemClass.OWNER),
            field(MethodFeedbackClass.REFERENCE, MethodFeedbackClass.AUTHOR),
            field(MethodFeedbackClass.REFERENCE, MethodFeedbackClass.COMMENT), HISTORY), PUBLIC_TASK),
        new ProcessingActivity("communication", List.of(
            field(DigestPreferenceClass.REFERENCE, DigestPreferenceClass.DIGEST),
            field(DigestPreferenceClass.REFERENCE, DigestPreferenceClass.NEWSLETTER),
            field(DigestPreferenceClass.REFERENCE, DigestPreferenceClass.LANGUAGE),
            field(CalendarTokenClass.REFERENCE, CalendarTokenClass.TOKEN_HASH),
            field(NewsletterLogClass.REFERENCE, NewsletterLogClass.ERRORS)), PUBLIC_TASK));

    private ProcessingRegister()
    {
    }

    /**
     * @param classReference a class
     * @param property one of its properties
     * @return the translation key of the property's name, as XWiki names it
     */
    public static String field(String classReference, String property)
    {
        return classReference + '_' + property;
    }
}
