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

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.ApplicationInfo;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.workflow.CouncilRole;
import org.xwiki.contrib.cdd.workflow.WorkflowService;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * Entry point of the Conseil de développement application for wiki pages: {@code $services.cdd}. It only delegates to
 * the application's components, so that pages stay thin and every rule is tested in Java. It never throws into a page:
 * on bad input a call returns null and {@link #getLastError()} says why, until the next call.
 *
 * @version $Id$
 * @since 1.0.0
 */
// The facade of $services.cdd: one getter per sub-service, so it depends on each of them by design.
@SuppressWarnings("checkstyle:ClassFanOutComplexity")
@Component
@Named("cdd")
@Singleton
@Unstable
public class CddScriptService implements ScriptService
{
    /** The council groups of a user: only the three groups, matched by their exact full name. */
    public static final String ROLE_QUERY = "select doc.fullName from Document doc, doc.object(XWiki.XWikiGroups) as g "
        + "where g.member = :user and doc.fullName in (:groups)";

    @Inject
    private ApplicationInfo applicationInfo;

    @Inject
    private WorkflowService workflowService;

    @Inject
    private ScriptErrors errors;

    @Inject
    @Named(DeadlineScriptService.HINT)
    private ScriptService deadlines;

    @Inject
    @Named(RecordScriptService.HINT)
    private ScriptService records;

    @Inject
    @Named(CompositionScriptService.HINT)
    private ScriptService composition;

    @Inject
    @Named(ToolboxScriptService.HINT)
    private ScriptService toolbox;

    @Inject
    @Named(IndicatorScriptService.HINT)
    private ScriptService indicators;

    @Inject
    @Named(TutorialScriptService.HINT)
    private ScriptService tutorials;

    @Inject
    @Named(ToolScriptService.HINT)
    private ScriptService tools;

    @Inject
    @Named(TimeScriptService.HINT)
    private ScriptService time;

    @Inject
    @Named(GroupScriptService.HINT)
    private ScriptService groups;

    @Inject
    @Named(CharterScriptService.HINT)
    private ScriptService charter;

    @Inject
    @Named(StateScriptService.HINT)
    private ScriptService states;

    @Inject
    @Named(PrivateDataScriptService.HINT)
    private ScriptService privateData;

    @Inject
    @Named(PublicationScriptService.HINT)
    private ScriptService publication;

    /**
     * @return the version of the installed application, e.g. {@code 1.0.0}; the home page shows it so that an
     *     administrator can tell which version answers
     */
    public String getVersion()
    {
        return this.applicationInfo.getVersion();
    }

    /**
     * @param id a workflow id: {@code saisine}, {@code contribution}, {@code recommendation}, {@code actionItem},
     *     {@code tutorial} or {@code minutes}
     * @return the workflow, null (and lastError) when unknown
     */
    public WorkflowScript workflow(String id)
    {
        this.errors.clear();
        WorkflowScript script = this.workflowService.definition(id)
            .map(definition -> new WorkflowScript(definition, this.workflowService)).orElse(null);
        return script != null ? script : this.errors.fail(ScriptError.UNKNOWN_WORKFLOW, String.valueOf(id));
    }

    /**
     * @param numbers the numbers of the objects of one class on a page (they may have gaps: removed objects)
     * @return the number a new object must take so that no existing one is overwritten: one more than the highest
     */
    public int nextNumber(List<?> numbers)
    {
        int next = 0;
        for (Object number : numbers == null ? List.of() : numbers) {
            if (number instanceof Number value) {
                next = Math.max(next, value.intValue() + 1);
            }
        }
        return next;
    }


    /**
     * @return the query of the council groups the current user belongs to: bind {@code user} (the user reference) and
     *     {@code groups} ({@link #getCouncilGroups()}), then give its rows to {@link #roleOf(Collection)}
     */
    public String getRoleQuery()
    {
        return ROLE_QUERY;
    }

    /**
     * @return the full names of the council's three groups, the only ones that give a role
     */
    public List<String> getCouncilGroups()
    {
        return CouncilRole.groups();
    }

    /**
     * @param groups the current user's wiki groups, as {@link #getRoleQuery()} returns them
     * @return the council role id they give ({@code member}, {@code referent}, {@code animator}), null when none
     */
    public String roleOf(Collection<?> groups)
    {
        CouncilRole role = CouncilRole.fromGroups(ScriptValues.toStrings(groups));
        return role == null ? null : role.id();
    }

    /**
     * @param text a configuration field with one item a line ({@code #} starts a comment)
     * @return the items, trimmed, without blank lines and comments
     */
    public List<String> lines(String text)
    {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }

    /**
     * @param text a configuration field with one {@code key=value} a line, e.g. {@code Arles=ACCM}
     * @return the pairs in their order; a line without {@code =} maps to an empty value
     */
    public Map<String, String> pairs(String text)
    {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int equals = line.indexOf('=');
            pairs.put((equals < 0 ? line : line.substring(0, equals)).trim(),
                equals < 0 ? "" : line.substring(equals + 1).trim());
        }
        return pairs;
    }

    /**
     * @param text a configuration field with one {@code key=value} a line
     * @return the keys, in order (e.g. the communes of {@code Arles=ACCM} lines)
     */
    public List<String> pairKeys(String text)
    {
        return new ArrayList<>(pairs(text).keySet());
    }

    /**
     * @param text a configuration field with one {@code key=value} a line
     * @return the distinct non-empty values, in order (e.g. the EPCIs of {@code Arles=ACCM} lines)
     */
    public List<String> pairValues(String text)
    {
        return pairs(text).values().stream().filter(v -> !v.isEmpty()).distinct().toList();
    }

    /**
     * @param id the field's id and name, e.g. {@code CDD.Code.MemberClass_0_college}
     * @param options the choices, from the configuration
     * @param current the object's current value (a string, "a|b", or a list)
     * @param multiple whether several values may be chosen
     * @return the escaped HTML of the {@code <select>}; a current value missing from the options stays selected
     */
    public String select(String id, List<?> options, Object current, boolean multiple)
    {
        return SelectHtml.select(id, ScriptValues.toStrings(options), current, multiple);
    }

    /**
     * @return due dates, holidays and deadline status
     */
    public DeadlineScriptService getDeadlines()
    {
        return (DeadlineScriptService) this.deadlines;
    }

    /**
     * @return entity definitions and typed records
     */
    public RecordScriptService getRecords()
    {
        return (RecordScriptService) this.records;
    }

    /**
     * @return the composition check
     */
    public CompositionScriptService getComposition()
    {
        return (CompositionScriptService) this.composition;
    }

    /**
     * @return the methods toolbox
     */
    public ToolboxScriptService getToolbox()
    {
        return (ToolboxScriptService) this.toolbox;
    }

    /**
     * @return the tutorials
     */
    public TutorialScriptService getTutorials()
    {
        return (TutorialScriptService) this.tutorials;
    }

    /**
     * @return the collaborative tools
     */
    public ToolScriptService getTools()
    {
        return (ToolScriptService) this.tools;
    }

    /**
     * @return the charter: which wording of each article is in force
     */
    public CharterScriptService getCharter()
    {
        return (CharterScriptService) this.charter;
    }

    /**
     * @return the working groups of a user
     */
    public GroupScriptService getGroups()
    {
        return (GroupScriptService) this.groups;
    }

    /**
     * @return now and today, from the application's one clock, in the council's time zone
     */
    public TimeScriptService getTime()
    {
        return (TimeScriptService) this.time;
    }

    /**
     * @return the workflow states the service confirmed, which pages trust instead of the records' copies
     */
    public StateScriptService getStates()
    {
        return (StateScriptService) this.states;
    }

    /**
     * @return the self-evaluation indicators
     */
    public IndicatorScriptService getIndicators()
    {
        return (IndicatorScriptService) this.indicators;
    }

    /**
     * @return members' private data, sealed and opened
     */
    public PrivateDataScriptService getPrivateData()
    {
        return (PrivateDataScriptService) this.privateData;
    }

    /**
     * @return what the council publishes for the public: copies, library, feed
     */
    public PublicationScriptService getPublication()
    {
        return (PublicationScriptService) this.publication;
    }

    /**
     * @return why the last call returned null in this request, null when it succeeded
     */
    public ScriptError getLastError()
    {
        return this.errors.last();
    }
}
