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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * Decides whether a user has a right on a page from the rights objects of the pages, as XWiki's authorization module
 * does ({@code xwiki-platform-security-authorization}: {@code Right}, {@code DefaultAuthorizationSettler},
 * {@code DefaultSecurityEntryReader}, {@code DefaultSecurityCacheLoader}). The levels are the page
 * ({@code XWiki.XWikiRights} objects on it), each space from the nearest to the top ({@code XWiki.XWikiGlobalRights}
 * on {@code <space>.WebPreferences}) and the wiki ({@code XWiki.XWikiGlobalRights} on {@code XWiki.XWikiPreferences}).
 * See {@code docs/harness.md} for the rules imitated and what is not.
 *
 * @version $Id$
 */
public final class RightsEvaluator
{
    /** The guest user, as the platform names the unauthenticated user. */
    public static final String GUEST = "XWiki.XWikiGuest";

    /** The group every registered user joins on registration. */
    public static final String ALL_GROUP = "XWiki.XWikiAllGroup";

    /** The group of the wiki's administrators. */
    public static final String ADMIN_GROUP = "XWiki.XWikiAdminGroup";

    private static final String RIGHTS_CLASS = "XWiki.XWikiRights";

    private static final String GLOBAL_RIGHTS_CLASS = "XWiki.XWikiGlobalRights";

    private static final String GROUPS_CLASS = "XWiki.XWikiGroups";

    private static final String WEB_PREFERENCES = "WebPreferences";

    private static final String WIKI_PREFERENCES = "XWiki.XWikiPreferences";

    private static final String LIST_SEPARATORS = "[ ,|]+";

    /** Where a rule is read: the levels of the platform's {@code EntityType}s that the harness knows. */
    private enum LevelType
    {
        DOCUMENT, SPACE, WIKI
    }

    /** Whether a right is decided at a level, and how. */
    private enum State
    {
        UNDETERMINED, ALLOW, DENY
    }

    /**
     * The rights of the platform that the application's pages and rights objects use, with the properties of the
     * platform's {@code Right}: default state, tie resolution, whether a lower level overrides a higher allowance,
     * implied rights and the levels where a rule for it counts. Other names ({@code login}, {@code register},
     * {@code undelete}) are dropped from rules, as the platform drops unknown ones.
     */
    public enum Right
    {
        /** View a page. */
        VIEW("view", true, false, true),
        /** Edit a page: implies view. */
        EDIT("edit", true, false, true),
        /** Delete a page: implies view. */
        DELETE("delete", false, false, true),
        /** Comment a page. */
        COMMENT("comment", true, false, true),
        /** Write scripts that run (checked for a page's content author). */
        SCRIPT("script", false, false, true),
        /** Administer a space or the wiki; not a page-level right. */
        ADMIN("admin", false, true, false),
        /** Programming; a wiki-level right. */
        PROGRAM("programming", false, true, false);

        private final String id;

        private final boolean allowedByDefault;

        private final boolean allowOnTie;

        private final boolean overridable;

        Right(String id, boolean allowedByDefault, boolean allowOnTie, boolean overridable)
        {
            this.id = id;
            this.allowedByDefault = allowedByDefault;
            this.allowOnTie = allowOnTie;
            this.overridable = overridable;
        }

        /** @return the right's name in rights objects and in {@code hasAccessLevel} */
        public String id()
        {
            return this.id;
        }

        /**
         * @param name a right's name
         * @return the right, empty for a right the harness does not know
         */
        public static Optional<Right> of(String name)
        {
            for (Right right : values()) {
                if (right.id.equalsIgnoreCase(name.trim())) {
                    return Optional.of(right);
                }
            }
            return Optional.empty();
        }

        Set<Right> implied()
        {
            switch (this) {
                case EDIT:
                case DELETE:
                    return EnumSet.of(VIEW);
                case ADMIN:
                    return EnumSet.of(VIEW, SCRIPT, EDIT, DELETE, COMMENT);
                case PROGRAM:
                    return EnumSet.of(VIEW, SCRIPT, EDIT, DELETE, COMMENT, ADMIN);
                default:
                    return EnumSet.noneOf(Right.class);
            }
        }

        boolean countsAt(LevelType level)
        {
            return this == ADMIN ? level != LevelType.DOCUMENT : this != PROGRAM || level == LevelType.WIKI;
        }
    }

    private record Rule(Set<Right> rights, Set<String> users, Set<String> groups, boolean allow)
    {
    }

    private record Level(LevelType type, List<Rule> rules)
    {
    }

    /** The tie resolution and override policy of each right, changed by the rights that imply it while settling. */
    private static final class Policies
    {
        private final Map<Right, Right> source = new EnumMap<>(Right.class);

        Right of(Right right)
        {
            return this.source.getOrDefault(right, right);
        }

        void take(Right implied, Right from)
        {
            this.source.put(implied, of(from));
        }
    }

    private final Function<String, Optional<XarPage>> pages;

    private final Map<String, Set<String>> groupsOfMember;

    /**
     * @param pages finds a page of the wiki by reference (the application's, the test's, the wiki's own)
     * @param allPages every page of the wiki, to read group memberships ({@code XWiki.XWikiGroups} objects)
     */
    public RightsEvaluator(Function<String, Optional<XarPage>> pages, Collection<XarPage> allPages)
    {
        this.pages = pages;
        this.groupsOfMember = new HashMap<>();
        for (XarPage page : allPages) {
            if (!page.isTranslation()) {
                for (PageObject object : page.objectsOf(GROUPS_CLASS)) {
                    String member = normalize(object.values().getOrDefault("member", ""));
                    if (!member.isEmpty()) {
                        this.groupsOfMember.computeIfAbsent(member, k -> new LinkedHashSet<>()).add(page.reference());
                    }
                }
            }
        }
    }

    /**
     * @param user a user reference, null for a guest
     * @param declaredGroups groups the test makes the user a direct member of, besides the wiki's group pages
     * @return every group the user belongs to, directly or through groups that are members of groups
     */
    public Set<String> groupsOf(String user, Collection<String> declaredGroups)
    {
        Set<String> groups = new LinkedHashSet<>();
        if (user == null || GUEST.equals(user)) {
            return groups;
        }
        Deque<String> toVisit = new ArrayDeque<>(declaredGroups);
        toVisit.add(ALL_GROUP);
        toVisit.addAll(this.groupsOfMember.getOrDefault(normalize(user), Set.of()));
        while (!toVisit.isEmpty()) {
            String group = normalize(toVisit.pop());
            if (groups.add(group)) {
                toVisit.addAll(this.groupsOfMember.getOrDefault(group, Set.of()));
            }
        }
        return groups;
    }

    /**
     * @param rightName a right's name, e.g. {@code view}
     * @param user a user reference, null for a guest
     * @param declaredGroups groups the test makes the user a direct member of
     * @param reference a page reference, e.g. {@code CDD.Saisines.PLUi}
     * @return whether XWiki would allow it
     */
    public boolean hasAccess(String rightName, String user, Collection<String> declaredGroups, String reference)
    {
        Optional<Right> right = Right.of(rightName);
        if (right.isEmpty()) {
            throw new IllegalArgumentException("The harness does not know the right " + rightName);
        }
        String subject = user == null ? GUEST : normalize(user);
        return settle(subject, groupsOf(subject, declaredGroups), levels(reference)).get(right.get());
    }

    /** From the page up to the wiki: the rules of each level. */
    private List<Level> levels(String reference)
    {
        List<Level> levels = new ArrayList<>();
        List<Rule> pageRules = rules(reference, RIGHTS_CLASS);
        String name = reference.substring(reference.lastIndexOf('.') + 1);
        if (WEB_PREFERENCES.equals(name) || WIKI_PREFERENCES.equals(reference)) {
            // DefaultSecurityEntryReader: on a preferences page, edit is taken out of its own rules and allowed to
            // no one, so that only administrators (through admin right) edit it.
            List<Rule> stripped = new ArrayList<>();
            for (Rule rule : pageRules) {
                Set<Right> rights = EnumSet.noneOf(Right.class);
                rights.addAll(rule.rights());
                rights.remove(Right.EDIT);
                if (!rights.isEmpty()) {
                    stripped.add(new Rule(rights, rule.users(), rule.groups(), rule.allow()));
                }
            }
            stripped.add(new Rule(EnumSet.of(Right.EDIT), Set.of(), Set.of(), true));
            pageRules = stripped;
        }
        levels.add(new Level(LevelType.DOCUMENT, pageRules));
        String space = reference.substring(0, Math.max(reference.lastIndexOf('.'), 0));
        while (!space.isEmpty()) {
            levels.add(new Level(LevelType.SPACE, rules(space + '.' + WEB_PREFERENCES, GLOBAL_RIGHTS_CLASS)));
            space = space.substring(0, Math.max(space.lastIndexOf('.'), 0));
        }
        levels.add(new Level(LevelType.WIKI, rules(WIKI_PREFERENCES, GLOBAL_RIGHTS_CLASS)));
        return levels;
    }

    private List<Rule> rules(String reference, String className)
    {
        List<Rule> rules = new ArrayList<>();
        this.pages.apply(reference).ifPresent(page -> {
            for (PageObject object : page.objectsOf(className)) {
                Set<Right> rights = EnumSet.noneOf(Right.class);
                for (String level : split(object.values().get("levels"))) {
                    Right.of(level).ifPresent(rights::add);
                }
                Set<String> users = split(object.values().get("users"));
                Set<String> groups = split(object.values().get("groups"));
                // A rule with no known right or naming nobody is dropped; a missing allow reads as 0: deny.
                if (!rights.isEmpty() && !(users.isEmpty() && groups.isEmpty())) {
                    rules.add(new Rule(rights, users, groups,
                        "1".equals(object.values().getOrDefault("allow", "0").trim())));
                }
            }
        });
        return rules;
    }

    private static Set<String> split(String list)
    {
        Set<String> values = new LinkedHashSet<>();
        if (list != null) {
            for (String value : list.trim().split(LIST_SEPARATORS)) {
                if (!value.isEmpty()) {
                    values.add(normalize(value));
                }
            }
        }
        return values;
    }

    /** Rules name users and groups with or without the wiki: {@code xwiki:XWiki.Camille} is {@code XWiki.Camille}. */
    private static String normalize(String reference)
    {
        String trimmed = reference.trim();
        int colon = trimmed.indexOf(':');
        return colon >= 0 ? trimmed.substring(colon + 1) : trimmed;
    }

    /**
     * The settling of {@code AbstractAuthorizationSettler} and {@code DefaultAuthorizationSettler}: from the page up,
     * the lowest level that decides a right decides it, except that a right allowed at a higher level with a
     * no-override policy (admin, programming and what they imply) is allowed whatever was decided below; a right that
     * no level decides takes its default.
     */
    private static Map<Right, Boolean> settle(String user, Set<String> groups, List<Level> levels)
    {
        Policies policies = new Policies();
        Map<Right, State> result = new EnumMap<>(Right.class);
        for (Level level : levels) {
            if (level.rules().isEmpty()) {
                continue;
            }
            Map<Right, State> decided = settleLevel(user, groups, level, policies);
            for (Right right : Right.values()) {
                State value = decided.getOrDefault(right, State.UNDETERMINED);
                State current = result.getOrDefault(right, State.UNDETERMINED);
                if (value == State.UNDETERMINED || !right.countsAt(level.type())) {
                    continue;
                }
                if (current == State.UNDETERMINED) {
                    result.put(right, value);
                } else if (value == State.ALLOW && !policies.of(right).overridable) {
                    result.put(right, State.ALLOW);
                }
            }
        }
        Map<Right, Boolean> access = new EnumMap<>(Right.class);
        for (Right right : Right.values()) {
            State state = result.getOrDefault(right, State.UNDETERMINED);
            access.put(right, state == State.UNDETERMINED ? right.allowedByDefault : state == State.ALLOW);
        }
        return access;
    }

    /**
     * One level: a rule naming the user beats the rules naming their groups; rules of the same kind that disagree
     * give the right's tie resolution; an allowed right allows what it implies; a right allowed to someone at this
     * level and decided for nobody the user is, is denied to the user.
     */
    private static Map<Right, State> settleLevel(String user, Set<String> groups, Level level, Policies policies)
    {
        Map<Right, State> state = new EnumMap<>(Right.class);
        Set<Right> fromUser = EnumSet.noneOf(Right.class);
        Set<Right> allowed = EnumSet.noneOf(Right.class);
        for (Right right : Right.values()) {
            if (!right.countsAt(level.type())) {
                continue;
            }
            for (Rule rule : level.rules()) {
                if (!rule.rights().contains(right)) {
                    continue;
                }
                State ruleState = rule.allow() ? State.ALLOW : State.DENY;
                if (rule.allow()) {
                    allowed.add(right);
                }
                if (rule.users().contains(user)) {
                    if (fromUser.add(right)) {
                        state.put(right, ruleState);
                    } else {
                        resolveConflict(state, right, ruleState, policies);
                    }
                } else if (!fromUser.contains(right) && rule.groups().stream().anyMatch(groups::contains)) {
                    resolveConflict(state, right, ruleState, policies);
                }
                if (state.get(right) == State.ALLOW) {
                    imply(state, right, level.type(), fromUser, policies);
                }
            }
        }
        for (Right right : allowed) {
            state.putIfAbsent(right, State.DENY);
        }
        return state;
    }

    private static void imply(Map<Right, State> state, Right right, LevelType type, Set<Right> fromUser,
        Policies policies)
    {
        for (Right implied : right.implied()) {
            if (!implied.countsAt(type)) {
                continue;
            }
            policies.take(implied, right);
            if (fromUser.contains(implied) == fromUser.contains(right)) {
                resolveConflict(state, implied, State.ALLOW, policies);
            } else if (fromUser.contains(right)) {
                state.put(implied, State.ALLOW);
                fromUser.add(implied);
            }
        }
    }

    private static void resolveConflict(Map<Right, State> state, Right right, State ruleState, Policies policies)
    {
        State current = state.get(right);
        if (current == null) {
            state.put(right, ruleState);
        } else if (current != ruleState) {
            state.put(right, policies.of(right).allowOnTie ? State.ALLOW : State.DENY);
        }
    }
}
