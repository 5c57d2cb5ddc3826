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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.calendar.ClockProvider;
import org.xwiki.contrib.cdd.entity.DigestPreferenceClass;
import org.xwiki.contrib.cdd.entity.GroupClass;
import org.xwiki.contrib.cdd.entity.MeetingClass;
import org.xwiki.contrib.cdd.entity.NewsletterLogClass;
import org.xwiki.contrib.cdd.entity.SaisineClass;
import org.xwiki.contrib.cdd.entity.TutorialClass;
import org.xwiki.contrib.cdd.entity.WorkflowStates;
import org.xwiki.contrib.cdd.internal.publication.NewsletterWriter;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.macro.CurrentLocale;
import org.xwiki.contrib.cdd.publication.Links;
import org.xwiki.contrib.cdd.publication.NewsletterAudience;
import org.xwiki.contrib.cdd.publication.NewsletterIssue;
import org.xwiki.contrib.cdd.publication.NewsletterItem;
import org.xwiki.contrib.cdd.publication.NewsletterMail;
import org.xwiki.contrib.cdd.publication.NewsletterPeriod;
import org.xwiki.contrib.cdd.publication.NewsletterRecipients;
import org.xwiki.contrib.cdd.publication.NewsletterSection;
import org.xwiki.contrib.cdd.publication.PublishedOpinion;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.publication.newsletter}: the council's newsletter. The page runs the queries (one per list),
 * this service chooses what goes in it for the period, writes it for mail clients, and tells whom of the chosen
 * audience it goes to: those who turned it off and those without an address are left out. XWiki 17.10 has no
 * general e-mail opt-out (its notification preferences are per event, its mail sender skips nobody): the choice is
 * the application's own, next to the daily digest's, on {@value DigestPreferenceClass#PAGE}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(NewsletterScriptService.HINT)
@Singleton
@Unstable
public class NewsletterScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.newsletter";

    /** How far ahead the newsletter announces the council's public meetings, in months. */
    public static final int MEETING_MONTHS = 3;

    /** The most items of one section: a period of a year holds far fewer. */
    public static final int MAX_ITEMS = 200;

    private static final String COUNCIL = RecordLists.COUNCIL_PAGES;


    private static final String REFERRAL_QUERY = String.format("select doc.fullName, doc.title, saisine.%s, "
        + "saisine.%s from Document doc, doc.object(%s) as saisine where %s and %s", SaisineClass.RECEIVED_DATE,
        SaisineClass.DUE_DATE, SaisineClass.REFERENCE, COUNCIL, within("saisine", SaisineClass.RECEIVED_DATE));

    private static final String MEETING_QUERY = String.format("select doc.fullName, doc.title, meeting.%s, "
        + "meeting.%s, meeting.%s, meeting.%s from Document doc, doc.object(%s) as meeting where %s and meeting.%s "
        + "in ('%s', '%s') and %s", MeetingClass.START, MeetingClass.COMMUNE, MeetingClass.ADDRESS,
        MeetingClass.CANCELLED, MeetingClass.REFERENCE, COUNCIL, MeetingClass.KIND, MeetingClass.PLENARY,
        MeetingClass.PUBLIC_EVENT, within("meeting", MeetingClass.START));

    private static final String TUTORIAL_QUERY = String.format("select doc.fullName, doc.title, tutorial.%s from "
        + "Document doc, doc.object(%s) as tutorial where %s and tutorial.%s = '%s' and %s",
        TutorialClass.PUBLICATION_DATE, TutorialClass.REFERENCE, COUNCIL, TutorialClass.STATUS,
        WorkflowStates.PUBLISHED, within("tutorial", TutorialClass.PUBLICATION_DATE));

    private static final String GROUPS = " from Document doc, doc.object(" + GroupClass.REFERENCE
        + ") as workgroup where " + COUNCIL + " and workgroup." + GroupClass.STATUS + " = '" + GroupClass.ACTIVE + "'";

    private static final String GROUP_QUERY = "select doc.fullName, doc.title, workgroup." + GroupClass.REFERENTS
        + GROUPS + " order by doc.title, doc.fullName";

    private static final String GROUP_MEMBER_QUERY = "select doc.fullName, workgroup." + GroupClass.MEMBERS + GROUPS;

    private static final String ANIMATOR_QUERY = String.format("select member.member from Document doc, "
        + "doc.object(XWiki.XWikiGroups) as member where doc.fullName = '%s'", CouncilRole.ANIMATORS_GROUP);

    private static final String OPT_OUT_QUERY = String.format("select pref.%s from Document doc, doc.object(%s) as "
        + "pref where doc.fullName = '%s' and pref.%s = 0", DigestPreferenceClass.USER,
        DigestPreferenceClass.REFERENCE, DigestPreferenceClass.PAGE, DigestPreferenceClass.NEWSLETTER);

    private static final String LOG_QUERY = String.format("select sending.%s, sending.%s, sending.%s, sending.%s, "
        + "sending.%s, sending.%s, sending.%s, sending.%s, sending.%s, sending.%s from Document doc, doc.object(%s) "
        + "as sending where doc.fullName = '%s' order by sending.%s desc", NewsletterLogClass.PERIOD_START,
        NewsletterLogClass.PERIOD_END, NewsletterLogClass.AUDIENCE, NewsletterLogClass.SENDER, NewsletterLogClass.AT,
        NewsletterLogClass.BATCH, NewsletterLogClass.SENT, NewsletterLogClass.FAILED, NewsletterLogClass.OPTED_OUT,
        NewsletterLogClass.NO_ADDRESS, NewsletterLogClass.REFERENCE, NewsletterLogClass.PAGE, NewsletterLogClass.AT);

    @Inject
    private ClockProvider clockProvider;

    @Inject
    private CurrentLocale currentLocale;

    @Inject
    private ScriptErrors errors;

    /** @return the statement of the referrals received in a period (bind {@code start}, {@code end}: {@link #start}) */
    public String getReferralQuery()
    {
        return REFERRAL_QUERY;
    }

    /** @return the statement of the plenaries and public events in a window (bind {@code start}, {@code end}) */
    public String getMeetingQuery()
    {
        return MEETING_QUERY;
    }

    /** @return the statement of the tutorials published in a period (bind {@code start}, {@code end}) */
    public String getTutorialQuery()
    {
        return TUTORIAL_QUERY;
    }

    /** @return the statement of the active working groups: page, title, referents */
    public String getGroupQuery()
    {
        return GROUP_QUERY;
    }

    /** @return the statement of the active working groups' members: page, member page (a row per member) */
    public String getGroupMemberQuery()
    {
        return GROUP_MEMBER_QUERY;
    }

    /** @return the statement of the animators' group's users */
    public String getAnimatorQuery()
    {
        return ANIMATOR_QUERY;
    }

    /** @return the statement of the users who turned the newsletter off */
    public String getOptOutQuery()
    {
        return OPT_OUT_QUERY;
    }

    /**
     * @return the statement of the sendings, latest first: period start and end, audience, sender, when, batch id,
     *     sent, failed, turned off, without address
     */
    public String getLogQuery()
    {
        return LOG_QUERY;
    }

    /** @return the page holding the sendings */
    public String getLogPage()
    {
        return NewsletterLogClass.PAGE;
    }

    /** @return the previous month, the period an animator most often sends */
    public NewsletterPeriod getDefaultPeriod()
    {
        LocalDate firstOfMonth = today().withDayOfMonth(1);
        return new NewsletterPeriod(firstOfMonth.minusMonths(1), firstOfMonth.minusDays(1));
    }

    /**
     * @param from the first day, as typed ({@code yyyy-MM-dd}) or a date
     * @param to the last day
     * @return the period; null (and {@code $services.cdd.lastError}) for a date that cannot be read or is out of
     *     bounds, an end before the start, or more than {@value NewsletterPeriod#MAX_DAYS} days
     */
    public NewsletterPeriod period(Object from, Object to)
    {
        ZoneId zone = this.clockProvider.getStorageZone();
        LocalDate first = ScriptValues.toDate(from, zone);
        LocalDate last = ScriptValues.toDate(to, zone);
        NewsletterPeriod period = null;
        if (first == null) {
            this.errors.badDate(from, zone);
        } else if (last == null) {
            this.errors.badDate(to, zone);
        } else if (last.isBefore(first)) {
            this.errors.fail(ScriptError.BAD_PERIOD, first.toString(), last.toString());
        } else if (new NewsletterPeriod(first, last).days() > NewsletterPeriod.MAX_DAYS) {
            this.errors.fail(ScriptError.PERIOD_TOO_LONG, first.toString(), last.toString(),
                String.valueOf(NewsletterPeriod.MAX_DAYS));
        } else {
            period = new NewsletterPeriod(first, last);
        }
        return period;
    }

    /**
     * @param period a period
     * @return the instant its first day starts, to bind as {@code start}
     */
    public Date start(Object period)
    {
        return period instanceof NewsletterPeriod chosen ? midnight(chosen.from()) : null;
    }

    /**
     * @param period a period
     * @return the instant after its last day, to bind as {@code end}
     */
    public Date end(Object period)
    {
        return period instanceof NewsletterPeriod chosen ? midnight(chosen.to().plusDays(1)) : null;
    }

    /**
     * @param period a period
     * @return its last day, to store in a date property
     */
    public Date lastDay(Object period)
    {
        return period instanceof NewsletterPeriod chosen ? midnight(chosen.to()) : null;
    }

    /** @return how many months ahead the newsletter announces the council's public meetings */
    public int getMeetingMonths()
    {
        return MEETING_MONTHS;
    }

    /**
     * @param texts texts
     * @return them, one a line
     */
    public String joinLines(List<?> texts)
    {
        return String.join("\n", ScriptValues.toStrings(listOrEmpty(texts)));
    }

    /** @return the start of today, from which meetings are announced (bind as {@code start}) */
    public Date getMeetingsStart()
    {
        return midnight(today());
    }

    /** @return the end of the last day meetings are announced (bind as {@code end}) */
    public Date getMeetingsEnd()
    {
        return midnight(meetingsUntil().plusDays(1));
    }

    /**
     * @param period the period
     * @param opinions the published texts ({@code $services.cdd.publication.opinions}); those published in the period
     *     are kept
     * @param referralRows the rows of {@link #getReferralQuery()}
     * @param meetingRows the rows of {@link #getMeetingQuery()}; cancelled meetings are left out
     * @param tutorialRows the rows of {@link #getTutorialQuery()}
     * @param urls each page's URL ({@code $xwiki.getURL}), by page: relative ones are read from {@code base}
     * @param base the absolute URL of the page asking
     * @return what the newsletter tells; null for no period
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public NewsletterIssue issue(Object period, List<?> opinions, List<?> referralRows, List<?> meetingRows,
        List<?> tutorialRows, Map<?, ?> urls, String base)
    {
        if (!(period instanceof NewsletterPeriod chosen)) {
            return null;
        }
        Map<String, String> links = new LinkedHashMap<>();
        ScriptValues.toTextMap(urls).forEach((page, url) -> links.put(page, Links.absolute(base, url)));
        Map<NewsletterSection, List<NewsletterItem>> sections = new EnumMap<>(NewsletterSection.class);
        sections.put(NewsletterSection.PUBLICATIONS, publications(chosen, opinions, links));
        sections.put(NewsletterSection.REFERRALS, items(referralRows, links, false));
        sections.put(NewsletterSection.MEETINGS, items(meetingRows, links, true));
        sections.put(NewsletterSection.TUTORIALS, items(tutorialRows, links, false));
        return new NewsletterIssue(chosen, meetingsUntil(), sections);
    }

    /** @return the keys of the translated words a newsletter needs, each {@code cdd.newsletter.mail.<key>} */
    public List<String> getLabelKeys()
    {
        return NewsletterWriter.LABELS;
    }

    /** @return the languages a newsletter is written in */
    public List<String> getLanguages()
    {
        return DigestPreferenceClass.LANGUAGES;
    }

    /**
     * @param language a language as sent by a form
     * @return it when the newsletter is written in it; the reader's when it is among them; else the first
     */
    public String language(String language)
    {
        String chosen = language == null ? "" : language.trim();
        if (!DigestPreferenceClass.LANGUAGES.contains(chosen)) {
            chosen = this.currentLocale.get().getLanguage();
        }
        return DigestPreferenceClass.LANGUAGES.contains(chosen) ? chosen : DigestPreferenceClass.LANGUAGES.get(0);
    }

    /**
     * @param languages the languages people chose for the council's e-mails
     *     ({@code $services.cdd.deadlines.reminders.languages})
     * @param user a person
     * @param fallback the newsletter's language, for whoever chose none
     * @return the language of that person's newsletter
     */
    public String languageOf(Map<?, ?> languages, String user, String fallback)
    {
        Object chosen = languages == null || user == null ? null : languages.get(user);
        return chosen instanceof Locale locale && DigestPreferenceClass.LANGUAGES.contains(locale.getLanguage())
            ? locale.getLanguage() : language(fallback);
    }

    /**
     * @param language a language of {@link #getLanguages()}
     * @return its locale, to render translations in
     */
    public Locale locale(String language)
    {
        return Locale.forLanguageTag(language(language));
    }

    /**
     * @param issue the newsletter's content
     * @param territory the council's territory, as configured
     * @param language its language
     * @return the parameters of every translated word: the territory, the period's first and last days and the last
     *     day of the meetings announced, written in full in that language
     */
    public List<String> parameters(Object issue, String territory, String language)
    {
        if (!(issue instanceof NewsletterIssue chosen)) {
            return List.of();
        }
        Locale locale = locale(language);
        java.time.format.DateTimeFormatter written = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale);
        return List.of(territory == null ? "" : territory, written.format(chosen.period().from()),
            written.format(chosen.period().to()), written.format(chosen.meetingsUntil()));
    }

    /**
     * @param issue the newsletter's content
     * @param labels the translated words of {@link #getLabelKeys()} in that language, by key
     * @param language its language
     * @param settingsUrl the absolute address of the page where a member turns the newsletter off
     * @return the newsletter as it is sent; null for no issue
     */
    public NewsletterMail mail(Object issue, Map<?, ?> labels, String language, String settingsUrl)
    {
        return issue instanceof NewsletterIssue chosen
            ? NewsletterWriter.write(chosen, ScriptValues.toTextMap(labels), locale(language), settingsUrl) : null;
    }

    /**
     * @param groupRows the rows of {@link #getGroupQuery()}
     * @return whom a newsletter may go to: the council, the animators, each active working group
     */
    public List<NewsletterAudience> audiences(List<?> groupRows)
    {
        Map<String, NewsletterAudience> audiences = new LinkedHashMap<>();
        audiences.put(NewsletterAudience.COUNCIL, new NewsletterAudience(NewsletterAudience.COUNCIL, ""));
        audiences.put(NewsletterAudience.ANIMATORS, new NewsletterAudience(NewsletterAudience.ANIMATORS, ""));
        for (Object row : listOrEmpty(groupRows)) {
            List<?> cells = RecordLists.cells(row);
            String page = cells.isEmpty() ? "" : RecordLists.page(cells.get(0));
            if (!page.isEmpty()) {
                audiences.putIfAbsent(page, new NewsletterAudience(page, cells.size() > 1 ? text(cells.get(1)) : page));
            }
        }
        return new ArrayList<>(audiences.values());
    }

    /**
     * @param id an audience as sent by a form
     * @param groupRows the rows of {@link #getGroupQuery()}
     * @return that audience; null for another value
     */
    public NewsletterAudience audience(String id, List<?> groupRows)
    {
        return audiences(groupRows).stream().filter(audience -> audience.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * @param audience the audience ({@link #audience})
     * @param memberUserRows the members and their users ({@code $services.cdd.privateData.memberUserQuery})
     * @param animatorRows the rows of {@link #getAnimatorQuery()}
     * @param groupRows the rows of {@link #getGroupQuery()}
     * @param groupMemberRows the rows of {@link #getGroupMemberQuery()}
     * @return the users of that audience, each once: a working group's referents and the users of its members
     */
    public List<String> users(Object audience, List<?> memberUserRows, List<?> animatorRows, List<?> groupRows,
        List<?> groupMemberRows)
    {
        Set<String> users = new LinkedHashSet<>();
        if (audience instanceof NewsletterAudience chosen) {
            Map<String, String> userOfMember = new LinkedHashMap<>();
            for (Object row : listOrEmpty(memberUserRows)) {
                List<?> cells = RecordLists.cells(row);
                if (cells.size() > 1) {
                    userOfMember.putIfAbsent(RecordLists.page(cells.get(0)), ReminderSources.user(cells.get(1)));
                }
            }
            if (NewsletterAudience.COUNCIL.equals(chosen.id())) {
                users.addAll(userOfMember.values());
            } else if (NewsletterAudience.ANIMATORS.equals(chosen.id())) {
                listOrEmpty(animatorRows).forEach(row -> users.add(firstUser(row)));
            } else {
                groupUsers(chosen.id(), userOfMember, groupRows, groupMemberRows, users);
            }
        }
        users.remove("");
        return new ArrayList<>(users);
    }

    /**
     * @param users the users of the audience ({@link #users})
     * @param emails each user's address ({@code $services.cdd.privateData.emails})
     * @param optOutRows the rows of {@link #getOptOutQuery()}
     * @return whom to write to, and who is left out and why
     */
    public NewsletterRecipients recipients(List<?> users, Map<?, ?> emails, List<?> optOutRows)
    {
        Set<String> optedOut = new LinkedHashSet<>();
        listOrEmpty(optOutRows).forEach(row -> optedOut.add(firstUser(row)));
        Map<String, String> addresses = ScriptValues.toTextMap(emails);
        Map<String, String> to = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        List<String> noAddress = new ArrayList<>();
        for (String user : ScriptValues.toStrings(listOrEmpty(users))) {
            if (optedOut.contains(user)) {
                out.add(user);
            } else if (addresses.getOrDefault(user, "").isEmpty()) {
                noAddress.add(user);
            } else {
                to.put(user, addresses.get(user));
            }
        }
        return new NewsletterRecipients(to, out, noAddress);
    }

    /**
     * @param logRows the rows of {@link #getLogQuery()}
     * @param period a period
     * @param audience an audience
     * @return whether a newsletter of that period already went to that audience
     */
    public boolean sentBefore(List<?> logRows, Object period, Object audience)
    {
        if (!(period instanceof NewsletterPeriod days) || !(audience instanceof NewsletterAudience chosen)) {
            return false;
        }
        ZoneId zone = this.clockProvider.getStorageZone();
        return listOrEmpty(logRows).stream().map(RecordLists::cells).anyMatch(cells -> cells.size() > 2
            && days.from().equals(ScriptValues.toDate(cells.get(0), zone))
            && days.to().equals(ScriptValues.toDate(cells.get(1), zone)) && chosen.id().equals(text(cells.get(2))));
    }

    private void groupUsers(String group, Map<String, String> userOfMember, List<?> groupRows,
        List<?> groupMemberRows, Set<String> users)
    {
        for (Object row : listOrEmpty(groupRows)) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() > 2 && group.equals(RecordLists.page(cells.get(0)))) {
                for (String referent : text(cells.get(2)).split(",")) {
                    users.add(ReminderSources.user(referent.trim()));
                }
            }
        }
        for (Object row : listOrEmpty(groupMemberRows)) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() > 1 && group.equals(RecordLists.page(cells.get(0)))) {
                users.add(userOfMember.getOrDefault(text(cells.get(1)), ""));
            }
        }
    }

    private List<NewsletterItem> publications(NewsletterPeriod period, List<?> opinions, Map<String, String> links)
    {
        return listOrEmpty(opinions).stream().filter(PublishedOpinion.class::isInstance)
            .map(PublishedOpinion.class::cast).filter(opinion -> period.contains(opinion.publicationDate()))
            .sorted(java.util.Comparator.comparing(PublishedOpinion::publicationDate).thenComparing(
                PublishedOpinion::page)).limit(MAX_ITEMS)
            .map(opinion -> new NewsletterItem(opinion.title(), links.getOrDefault(opinion.page(), ""),
                opinion.publicationDate().atStartOfDay(), null, "", text(opinion.summary())))
            .toList();
    }

    /** Referrals (page, title, received, due), meetings (page, title, start, commune, address, cancelled). */
    private List<NewsletterItem> items(List<?> rows, Map<String, String> links, boolean meetings)
    {
        List<NewsletterItem> items = new ArrayList<>();
        for (Object row : listOrEmpty(rows)) {
            List<?> cells = RecordLists.cells(row);
            boolean shown = !(meetings && cancelled(cells)) && items.size() < MAX_ITEMS;
            if (shown && cells.size() > 2 && cells.get(2) instanceof Date date) {
                items.add(item(cells, date, links, meetings));
            }
        }
        return items;
    }

    private NewsletterItem item(List<?> cells, Date date, Map<String, String> links, boolean meeting)
    {
        ZoneId storage = this.clockProvider.getStorageZone();
        String page = RecordLists.page(cells.get(0));
        String title = text(cells.get(1)).isEmpty() ? page : text(cells.get(1));
        LocalDateTime when = LocalDateTime.ofInstant(date.toInstant(), storage);
        if (meeting) {
            return new NewsletterItem(title, links.getOrDefault(page, ""), when, null, place(cells), "");
        }
        LocalDate due = cells.size() > 3 ? ScriptValues.toDate(cells.get(3), storage) : null;
        return new NewsletterItem(title, links.getOrDefault(page, ""), when.toLocalDate().atStartOfDay(), due, "", "");
    }

    private static boolean cancelled(List<?> cells)
    {
        return cells.size() > 5 && ("1".equals(text(cells.get(5))) || Boolean.TRUE.equals(cells.get(5)));
    }

    private static String firstUser(Object row)
    {
        List<?> cells = RecordLists.cells(row);
        return cells.isEmpty() ? "" : ReminderSources.user(cells.get(0));
    }

    private static String place(List<?> cells)
    {
        List<String> parts = new ArrayList<>();
        for (int i = 4; i > 2 && i < cells.size(); i--) {
            if (!text(cells.get(i)).isBlank()) {
                parts.add(text(cells.get(i)).trim());
            }
        }
        return String.join(", ", parts);
    }

    private LocalDate today()
    {
        return LocalDate.now(this.clockProvider.getClock());
    }

    private LocalDate meetingsUntil()
    {
        return today().plusMonths(MEETING_MONTHS);
    }

    private Date midnight(LocalDate day)
    {
        return Date.from(day.atStartOfDay(this.clockProvider.getStorageZone()).toInstant());
    }

    /** The condition and order of a date property between {@code :start} (included) and {@code :end} (excluded). */
    private static String within(String alias, String property)
    {
        String path = alias + '.' + property;
        return String.format("%1$s >= :start and %1$s < :end order by %1$s, doc.fullName", path);
    }

    private static List<?> listOrEmpty(List<?> list)
    {
        return list == null ? List.of() : list;
    }

    private static String text(Object value)
    {
        return value == null ? "" : String.valueOf(value);
    }
}
