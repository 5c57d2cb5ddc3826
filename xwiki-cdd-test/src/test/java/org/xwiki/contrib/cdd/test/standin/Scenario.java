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
package org.xwiki.contrib.cdd.test.standin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.WorkflowStateClass;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.query.FixtureDatabase;
import org.xwiki.contrib.cdd.test.query.QueryEvaluator;
import org.xwiki.contrib.cdd.test.query.QueryEvaluator.Query;

/**
 * What a page test sets up before rendering a page: who the user is and what rights they have, the locale, the
 * request, what queries answer, and the pages of the application. The stand-ins read it. Test-only state: it is reset
 * by {@link #reset(PageSet)} before each test.
 *
 * @version $Id$
 */
@Component(roles = Scenario.class)
@Singleton
public class Scenario
{
    /** The council's time zone in every test, as the application's default. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/Paris");

    /**
     * The day every test runs on unless it says otherwise (a Saturday): the tests that depend on the day also run on
     * each of {@link HarnessDays#todays()}.
     */
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 28);

    private static final LocalTime NOON = LocalTime.NOON;

    private static final String GROUPS_CLASS = "XWiki.XWikiGroups";

    /** The user a test runs as when it does not say otherwise. */
    public static final String DEFAULT_USER = "XWiki.Camille";

    /** The user the application's pages are saved by in the XAR: their content author, a wiki administrator. */
    public static final String APPLICATION_AUTHOR = "XWiki.Admin";

    private PageSet pages = new PageSet(List.of());

    private String contentType = "text/html; charset=UTF-8";

    private String characterEncoding;

    private int contentLength = -1;

    private java.io.StringWriter responseBody = new java.io.StringWriter();

    private java.io.PrintWriter responseWriter = new java.io.PrintWriter(this.responseBody);

    private boolean finished;

    private XarPage page;

    private Locale locale = Locale.ENGLISH;

    private String user = DEFAULT_USER;

    private Clock clock = Clock.fixed(DEFAULT_TODAY.atTime(NOON).atZone(COUNCIL_ZONE).toInstant(), COUNCIL_ZONE);

    private boolean admin;

    /** The rights evaluation over the wiki's pages, rebuilt when the test adds a page. */
    private RightsEvaluator rightsEvaluator;

    private String action = "view";

    private String method = "GET";

    private final Map<String, String> parameters = new HashMap<>();

    /** The creator and last save date of the test's pages, when a test gives them. */
    private final Map<String, FixtureDatabase.StoredPage> storedPages = new HashMap<>();

    /** Whether queries see only the test's pages, as if the application's were not installed. */
    private boolean withoutApplicationPages;

    /** The council groups the current user belongs to in the wiki. */
    private final Set<String> groups = new HashSet<>();

    private final List<String> executedQueries = new ArrayList<>();

    private final List<Map<String, Object>> executedValues = new ArrayList<>();

    private final List<String> savedComments = new ArrayList<>();

    /** The e-mails the mail service sent (see {@link StandInMailSenderScriptService}). */
    private final List<SentMail> sentMails = new ArrayList<>();

    /** Recipients whose mail server refuses what is sent to them. */
    private final Set<String> refusingRecipients = new HashSet<>();

    /**
     * An e-mail as the mail service sent it.
     *
     * @param to the recipient
     * @param subject the subject
     * @param html the HTML part
     * @param text the text alternative
     */
    public record SentMail(String to, String subject, String html, String text)
    {
    }

    private final List<String> usedSkinExtensions = new ArrayList<>();

    /** Pages of the test that are not in the XAR (a fictional council's), and the documents handed out this test. */
    private final Map<String, XarPage> extraPages = new HashMap<>();

    private final Map<String, StandInDocument> documents = new HashMap<>();

    private ContentRenderer contentRenderer;

    private String scriptAuthor;

    /** The pages deleted, as XWiki's recycle bin keeps them (with the deleter). */
    private final List<Deleted> recycleBin = new ArrayList<>();

    /**
     * A page in the recycle bin.
     *
     * @param page the page as it was when deleted
     * @param deleter who deleted it
     */
    public record Deleted(XarPage page, String deleter)
    {
    }

    /**
     * Renders wiki content to XHTML, for {@code getRenderedContentRestricted()}.
     */
    @FunctionalInterface
    public interface ContentRenderer
    {
        /**
         * @param content xwiki/2.1 content
         * @param restricted whether script macros are refused, as in restricted rendering
         * @return its XHTML
         * @throws Exception when it cannot be rendered
         */
        String render(String content, boolean restricted) throws Exception;
    }

    /**
     * @param renderer what renders a document's content, set by the page renderer for each page
     */
    public void setContentRenderer(ContentRenderer renderer)
    {
        this.contentRenderer = renderer;
    }

    /**
     * @param content xwiki/2.1 content
     * @param restricted whether script macros are refused, as in restricted rendering
     * @return its XHTML, in the context of the page being rendered
     * @throws Exception when it cannot be rendered
     */
    public String renderContent(String content, boolean restricted) throws Exception
    {
        return this.contentRenderer.render(content, restricted);
    }

    /**
     * Forget what the previous test set.
     *
     * @param applicationPages the pages of the application
     */
    public void reset(PageSet applicationPages)
    {
        this.pages = applicationPages;
        this.page = null;
        this.locale = Locale.ENGLISH;
        this.user = DEFAULT_USER;
        setToday(DEFAULT_TODAY);
        this.admin = false;
        this.rightsEvaluator = null;
        this.action = "view";
        this.method = "GET";
        this.parameters.clear();
        this.storedPages.clear();
        this.groups.clear();
        this.withoutApplicationPages = false;
        this.executedQueries.clear();
        this.executedValues.clear();
        this.savedComments.clear();
        this.sentMails.clear();
        this.refusingRecipients.clear();
        this.usedSkinExtensions.clear();
        this.extraPages.clear();
        this.documents.clear();
        this.scriptAuthor = null;
        this.recycleBin.clear();
    }

    /**
     * Deletes a page of the test, as {@code XWiki.deleteDocument} does with the recycle bin on (the default): the page
     * and its translations leave the wiki (loads, queries and rights no longer see them) and go to the recycle bin.
     * Only the test's pages: the harness refuses to delete one of the application's, rather than pretend.
     *
     * @param reference the page
     * @param deleter who deletes it
     */
    public void delete(String reference, String deleter)
    {
        if (!this.extraPages.containsKey(reference)) {
            throw new UnsupportedOperationException("The harness deletes only the test's pages, not " + reference);
        }
        List<String> keys = this.extraPages.entrySet().stream()
            .filter(e -> e.getValue().reference().equals(reference)).map(Map.Entry::getKey).toList();
        for (String key : keys) {
            this.recycleBin.add(new Deleted(this.extraPages.remove(key), deleter));
            this.storedPages.remove(key);
        }
        this.documents.remove(reference);
        this.rightsEvaluator = null;
    }

    /** @return the test's pages as the wiki holds them now: those added, saved or created, not those deleted */
    public List<XarPage> getTestPages()
    {
        return List.copyOf(this.extraPages.values());
    }

    /** @return the pages deleted, in the order they were, as the recycle bin keeps them */
    public List<Deleted> getRecycleBin()
    {
        return List.copyOf(this.recycleBin);
    }

    /**
     * @param page a page of the test's fictional council, that $xwiki.getDocument can then load and queries find
     *     (created by {@code XWiki.Admin}, saved now)
     */
    public void addPage(XarPage page)
    {
        put(page);
        confirmStates(page);
    }

    // A fixture record comes with the state page the workflow service would have written (see FixtureStates), and
    // with none when all its objects are in their initial state.
    private void confirmStates(XarPage page)
    {
        String statePage = WorkflowStateClass.statePage(page.reference());
        if (statePage == null || page.isTranslation()) {
            return;
        }
        java.util.Optional<XarPage> states = FixtureStates.statePage(page, this.pages);
        if (states.isPresent()) {
            put(states.get());
        } else if (this.extraPages.remove(statePage) != null) {
            this.documents.remove(statePage);
            this.rightsEvaluator = null;
        }
    }

    private void put(XarPage page)
    {
        this.extraPages.put(page.reference() + localeSuffix(page), page);
        this.documents.remove(page.reference());
        this.rightsEvaluator = null;
    }

    /**
     * @param page a page of the test
     * @param creator who created it
     * @param date when it was last saved
     */
    public void addPage(XarPage page, String creator, Date date)
    {
        addPage(page);
        this.storedPages.put(page.reference() + localeSuffix(page), new FixtureDatabase.StoredPage(page, creator,
            date));
    }

    private static String localeSuffix(XarPage page)
    {
        return page.isTranslation() ? "." + page.locale() : "";
    }

    /**
     * @param groups the wiki groups the current user is a member of (an {@code XWiki.XWikiGroups} object on each),
     *     replacing those set before; null ones are ignored
     */
    public void setGroups(String... groups)
    {
        this.groups.clear();
        for (String group : groups) {
            if (group != null) {
                this.groups.add(group);
            }
        }
    }

    /**
     * @param query a query as a page built it
     * @return its rows, run over the application's pages and the test's
     */
    public List<?> run(Query query)
    {
        this.executedQueries.add(query.statement());
        this.executedValues.add(new HashMap<>(query.values()));
        List<Object> rows = (this.withoutApplicationPages ? QueryEvaluator.withoutApplicationPages(this.pages)
            : QueryEvaluator.of(this.pages)).execute(query, storedPagesForQueries());
        // The result filters, in the order they were added, as XWiki's query executor runs them.
        for (String filter : query.filters()) {
            if ("document".equals(filter)) {
                rows = rows.stream().map(Scenario::withReference).toList();
            } else if ("viewable".equals(filter)) {
                rows = rows.stream().filter(this::isViewable).toList();
            }
        }
        return rows;
    }

    // DocumentQueryFilter: a String row, or the String first column, becomes a document reference.
    private static Object withReference(Object row)
    {
        if (row instanceof String page) {
            return new StandInDocumentReference(page);
        }
        if (row instanceof Object[] cells && cells.length > 0 && cells[0] instanceof String page) {
            Object[] copy = cells.clone();
            copy[0] = new StandInDocumentReference(page);
            return copy;
        }
        return row;
    }

    // ViewableQueryFilter: a row is kept only when it (or its first column) is a reference the user may view, as the
    // rights evaluation decides it.
    private boolean isViewable(Object row)
    {
        Object first = row instanceof Object[] cells && cells.length > 0 ? cells[0] : row;
        return first instanceof StandInDocumentReference reference && hasRight("view", reference.fullName());
    }

    /**
     * Queries then see only the test's own pages, as in a wiki where the application's pages are not installed.
     */
    public void withoutApplicationPages()
    {
        this.withoutApplicationPages = true;
    }

    private List<FixtureDatabase.StoredPage> storedPagesForQueries()
    {
        List<FixtureDatabase.StoredPage> stored = new ArrayList<>();
        this.extraPages.forEach((key, page) -> stored.add(this.storedPages.getOrDefault(key,
            new FixtureDatabase.StoredPage(page, "XWiki.Admin", getNow()))));
        for (String group : this.user == null ? Set.<String>of() : this.groups) {
            XarPage groupPage = this.extraPages.containsKey(group) ? this.extraPages.get(group)
                : this.pages.page(group, "").orElseThrow(() -> new AssertionError("no group page " + group));
            List<PageObject> objects = new ArrayList<>(groupPage.objects());
            int number = objects.stream().filter(o -> GROUPS_CLASS.equals(o.className()))
                .mapToInt(o -> o.number() + 1).max().orElse(0);
            objects.add(new PageObject(GROUPS_CLASS, number, null, Map.of("member", String.valueOf(this.user))));
            stored.add(new FixtureDatabase.StoredPage(new XarPage(groupPage.path(), groupPage.reference(),
                groupPage.locale(), groupPage.defaultLanguage(), groupPage.title(), groupPage.syntax(),
                groupPage.hidden(), groupPage.content(), groupPage.contentLine(), groupPage.titleLine(),
                groupPage.xclass(), objects, null), "XWiki.Admin", getNow()));
        }
        return stored;
    }

    /**
     * @param reference a page reference
     * @return the page as stored in the wiki: the test's version of it (saved or added), else the application's
     */
    public java.util.Optional<XarPage> storedPage(String reference)
    {
        return wikiPage(reference);
    }

    /**
     * Saves a new version of a page, as the save action or a script does: later renders and queries see it, a new
     * page is created by the current user, and the version's comment is recorded.
     *
     * @param page the page as saved
     * @param comment the version comment
     */
    public void store(XarPage page, String comment)
    {
        store(page, comment, this.user);
    }

    /**
     * Saves a new version of a page as {@link #store(XarPage, String)} does, a new page being created by the given
     * author (the script's author for {@code saveAsAuthor}). Nothing else is derived from it: a record saved so keeps
     * its confirmed states as they were.
     *
     * @param page the page as saved
     * @param comment the version comment
     * @param author who saves it
     */
    public void store(XarPage page, String comment, String author)
    {
        boolean isNew = storedPage(page.reference()).isEmpty();
        FixtureDatabase.StoredPage before = this.storedPages.get(page.reference());
        put(page);
        this.storedPages.put(page.reference() + localeSuffix(page), new FixtureDatabase.StoredPage(page,
            isNew ? String.valueOf(author) : before != null ? before.creator() : APPLICATION_AUTHOR, getNow()));
        this.savedComments.add(comment);
    }

    /**
     * @return the author of the script being run, whose rights {@code saveAsAuthor} and {@code getDocumentAsAuthor}
     *     check: the content author of the application's pages as the XAR has them, unless the test sets another
     */
    public String getScriptAuthor()
    {
        return this.scriptAuthor != null ? this.scriptAuthor : APPLICATION_AUTHOR;
    }

    /**
     * @param author the content author of the script being run (e.g. a member who saved a copy of a service page)
     */
    public void setScriptAuthor(String author)
    {
        this.scriptAuthor = author;
    }

    /**
     * @param reference a page reference
     * @return the document for it, the same one all along the test (so that a test sees what a page saved), null
     *     when the page exists neither in the test nor in the XAR
     */
    public StandInDocument document(String reference)
    {
        XarPage page = this.extraPages.containsKey(reference) ? this.extraPages.get(reference)
            : this.pages.page(reference, "").orElse(null);
        return page == null ? null : this.documents.computeIfAbsent(reference, r -> new StandInDocument(page, this));
    }

    /** A provider: the localization stand-in itself needs the scenario. */
    @javax.inject.Inject
    @javax.inject.Named("localization")
    private javax.inject.Provider<org.xwiki.script.service.ScriptService> localization;

    /** @return the localization stand-in, for the displayers */
    public StandInLocalizationScriptService getLocalization()
    {
        return (StandInLocalizationScriptService) this.localization.get();
    }

    /**
     * @param councilTime the council's wall-clock time the test runs at: the one clock of the pages and of the Java
     *     components (see {@link HarnessClockProvider})
     */
    public void setNow(LocalDateTime councilTime)
    {
        this.clock = Clock.fixed(councilTime.atZone(COUNCIL_ZONE).toInstant(), COUNCIL_ZONE);
    }

    /**
     * @param day the day the test runs on, at noon in the council's zone
     */
    public void setToday(LocalDate day)
    {
        setNow(day.atTime(NOON));
    }

    /** @return the one clock of the test: fixed, in the council's zone */
    public Clock getClock()
    {
        return this.clock;
    }

    /** @return today, in the council's zone */
    public LocalDate getToday()
    {
        return LocalDate.now(this.clock);
    }

    /**
     * @return "now" as XWiki hands dates to pages: the council's wall-clock time in the server's zone (see
     *     {@code ClockProvider#getStorageZone})
     */
    public Date getNow()
    {
        return Date.from(LocalDateTime.now(this.clock).atZone(ZoneId.systemDefault()).toInstant());
    }

    /**
     * @param day a day
     * @return it as XWiki stores a date typed in a form ({@code DateClass} parses in the server's zone)
     */
    public static Date storedDate(LocalDate day)
    {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /**
     * @param days days from today, negative for the past
     * @return that day, as XWiki stores a date typed in a form
     */
    public Date storedDay(int days)
    {
        return storedDate(getToday().plusDays(days));
    }

    /** @return the pages of the application */
    public PageSet getPages()
    {
        return this.pages;
    }

    /** @return the page being rendered */
    public XarPage getPage()
    {
        return this.page;
    }

    /** @param page the page being rendered */
    public void setPage(XarPage page)
    {
        this.page = page;
        // A record the test renders as it made it (not as the wiki stores it) is a fixture too: it comes with its
        // state page (see FixtureStates). The page as stored (after a save) or the application's own page keeps the
        // states the wiki has.
        if (page != null && !page.equals(this.extraPages.get(page.reference() + localeSuffix(page)))
            && !this.pages.page(page.reference(), page.locale()).filter(page::equals).isPresent()) {
            confirmStates(page);
        }
    }

    /** @return the user's locale */
    public Locale getLocale()
    {
        return this.locale;
    }

    /** @param locale the user's locale */
    public void setLocale(Locale locale)
    {
        this.locale = locale;
    }

    /** @return the current user, null for a guest */
    public String getUser()
    {
        return this.user;
    }

    /** @param user the current user, null for a guest */
    public void setUser(String user)
    {
        this.user = user;
    }

    /** @return whether the user has admin right on the current page (a wiki administrator, here) */
    public boolean isAdmin()
    {
        return hasRight("admin", null);
    }

    /**
     * @param admin whether the user is a member of {@code XWiki.XWikiAdminGroup}, to which the wiki grants admin
     *     right (see {@link StandardWiki})
     */
    public void setAdmin(boolean admin)
    {
        this.admin = admin;
    }

    /**
     * @param right a right name such as {@code edit}
     * @param reference the page, or null for the current one
     * @return whether the user has it, as XWiki decides from the rights objects of the wiki's pages and the user's
     *     groups (see {@link RightsEvaluator})
     */
    public boolean hasRight(String right, String reference)
    {
        String target = reference != null ? reference : this.page == null ? "Main.WebHome" : this.page.reference();
        return rights().hasAccess(right, this.user, getGroups(), target);
    }

    /**
     * @param right a right name such as {@code edit}
     * @param someone a user reference, null for a guest
     * @param reference a page
     * @return whether that user has it there, counting only the groups the wiki's pages give them (the test's
     *     groups are the current user's)
     */
    public boolean hasRight(String right, String someone, String reference)
    {
        if (java.util.Objects.equals(someone, this.user)) {
            return hasRight(right, reference);
        }
        return rights().hasAccess(right, someone, Set.of(), reference);
    }

    /** @return the groups the test makes the current user a direct member of (with the administrators' group) */
    public Set<String> getGroups()
    {
        Set<String> all = new HashSet<>(this.groups);
        if (this.admin) {
            all.add(RightsEvaluator.ADMIN_GROUP);
        }
        return all;
    }

    private RightsEvaluator rights()
    {
        if (this.rightsEvaluator == null) {
            List<XarPage> all = new ArrayList<>(this.pages.pages());
            all.addAll(this.extraPages.values());
            all.addAll(StandardWiki.PAGES);
            this.rightsEvaluator = new RightsEvaluator(this::wikiPage, all);
        }
        return this.rightsEvaluator;
    }

    private java.util.Optional<XarPage> wikiPage(String reference)
    {
        if (this.extraPages.containsKey(reference)) {
            return java.util.Optional.of(this.extraPages.get(reference));
        }
        java.util.Optional<XarPage> page = this.pages.page(reference, "");
        return page.isPresent() ? page : StandardWiki.PAGES.stream().filter(p -> p.reference().equals(reference))
            .findFirst();
    }

    /** @return the action, e.g. {@code view} or {@code edit} */
    public String getAction()
    {
        return this.action;
    }

    /** @param action the action, e.g. {@code view} or {@code edit} */
    public void setAction(String action)
    {
        this.action = action;
    }

    /** @return the HTTP method of the request */
    public String getMethod()
    {
        return this.method;
    }

    /** @param method the HTTP method of the request */
    public void setMethod(String method)
    {
        this.method = method;
    }

    /** @return the request parameters */
    public Map<String, String> getParameters()
    {
        return this.parameters;
    }



    /**
     * @param fragment a part of a statement
     * @return the values bound to the first executed statement that contains it
     */
    public Map<String, Object> valuesOf(String fragment)
    {
        for (int i = 0; i < this.executedQueries.size(); i++) {
            if (this.executedQueries.get(i).contains(fragment)) {
                return this.executedValues.get(i);
            }
        }
        throw new AssertionError("no executed statement contains " + fragment + ": " + this.executedQueries);
    }

    /** @return the statements executed so far, to prove a list costs one query */
    public List<String> getExecutedQueries()
    {
        return this.executedQueries;
    }

    /** @return the skin extensions pages asked for, e.g. {@code jsx:CDD.Code.Presentation} */
    public List<String> getUsedSkinExtensions()
    {
        return this.usedSkinExtensions;
    }

    /** @return the e-mails the mail service sent so far, in order */
    public List<SentMail> getSentMails()
    {
        return this.sentMails;
    }

    /** @return the recipients whose mail server refuses mail (add to make a send fail) */
    public Set<String> getRefusingRecipients()
    {
        return this.refusingRecipients;
    }

    /** @return the comments of the saves done so far */
    public List<String> getSavedComments()
    {
        return this.savedComments;
    }

    /**
     * @return the content type the last rendered page's response has ({@code $response.setContentType})
     */
    public String getContentType()
    {
        return this.contentType;
    }

    /**
     * @param type the content type of the response
     */
    public void setContentType(String type)
    {
        this.contentType = type;
    }

    /**
     * Starts a new response: HTML, an empty body, not finished (as every request does).
     */
    public void newResponse()
    {
        this.contentType = "text/html; charset=UTF-8";
        this.characterEncoding = null;
        this.contentLength = -1;
        this.responseBody = new java.io.StringWriter();
        this.responseWriter = new java.io.PrintWriter(this.responseBody);
        this.finished = false;
    }

    /** @return the writer of the response's body ({@code $response.writer}) */
    public java.io.PrintWriter getResponseWriter()
    {
        return this.responseWriter;
    }

    /** @return what the page wrote to the response itself ({@code $response.writer}) */
    public String getResponseBody()
    {
        this.responseWriter.flush();
        return this.responseBody.toString();
    }

    /** @return the character encoding the page set, null when none */
    public String getCharacterEncoding()
    {
        return this.characterEncoding;
    }

    /** @param encoding the character encoding of the response */
    public void setCharacterEncoding(String encoding)
    {
        this.characterEncoding = encoding;
    }

    /** @return the content length the page set, -1 when none */
    public int getContentLength()
    {
        return this.contentLength;
    }

    /** @param length the content length of the response, in bytes */
    public void setContentLength(int length)
    {
        this.contentLength = length;
    }

    /** @return whether the page said the response is complete ({@code $xcontext.setFinished(true)}) */
    public boolean isFinished()
    {
        return this.finished;
    }

    /** @param finished whether the response is complete: XWiki then writes nothing more */
    public void setFinished(boolean finished)
    {
        this.finished = finished;
    }

    /** @return the CSRF token of the current user */
    public String getToken()
    {
        return "token-" + this.user;
    }
}
