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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.cdd.entity.MemberPrivateClass;
import org.xwiki.contrib.cdd.internal.script.ScriptErrors;
import org.xwiki.contrib.cdd.internal.script.ScriptValues;
import org.xwiki.contrib.cdd.privacy.PrivateDataException;
import org.xwiki.contrib.cdd.privacy.PrivateDataRules;
import org.xwiki.contrib.cdd.privacy.PrivateDataSeal;
import org.xwiki.contrib.cdd.privacy.ProcessingActivity;
import org.xwiki.contrib.cdd.privacy.ProcessingRegister;
import org.xwiki.script.service.ScriptService;
import org.xwiki.stability.Unstable;

/**
 * {@code $services.cdd.privateData}: a member's private data, sealed before they reach the private page and opened
 * for the animators' pages. The pages check who may read or write (the private space's rights, the animator's role);
 * a seal only opens for the member it was made for.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Component
@Named(PrivateDataScriptService.HINT)
@Singleton
@Unstable
public class PrivateDataScriptService implements ScriptService
{
    /** The component hint. */
    public static final String HINT = "cdd.privateData";

    /** Some value was refused; the page lists which with {@link #problems}. */
    public static final String INVALID = "cdd.privateData.error.invalid";

    @Inject
    private PrivateDataSeal privateDataSeal;

    @Inject
    private ScriptErrors errors;

    @Inject
    @Named(MemberExportScriptService.HINT)
    private ScriptService export;

    @Inject
    @Named(AnonymisationScriptService.HINT)
    private ScriptService anonymisation;

    /** @return one member's data, for their right of access: {@code $services.cdd.privateData.export} */
    public MemberExportScriptService getExport()
    {
        return (MemberExportScriptService) this.export;
    }

    /**
     * @return anonymising the members who left: {@code $services.cdd.privateData.anonymisation}
     */
    public AnonymisationScriptService getAnonymisation()
    {
        return (AnonymisationScriptService) this.anonymisation;
    }

    /**
     * @return the council's register of processing activities: what personal data the application holds, why, on
     *     what legal basis, who reads them and for how long ({@code CDD.Public.Privacy})
     */
    public List<ProcessingActivity> getRegister()
    {
        return ProcessingRegister.ALL;
    }

    /**
     * @param memberPage the full name of a member page: {@code CDD.Members.<name>} or its nested form
     * @return the full name of the page holding that member's private data, in the space only animators may read;
     *     null (and lastError) when the page is not a member page of {@code CDD.Members}
     */
    public String privatePage(String memberPage)
    {
        this.errors.clear();
        return MemberPrivateClass.isMemberPage(memberPage) ? MemberPrivateClass.privatePage(memberPage)
            : this.errors.fail(ScriptError.BAD_PAGE, String.valueOf(memberPage));
    }

    /**
     * @param privatePage the page holding the private object (its full name or reference)
     * @param sealed the private object's sealed text; empty when nothing was entered yet
     * @return every field's value (empty when not entered); null (and lastError) when the text does not open: a page
     *     that is not a member's private page, the text of another page, another key, a changed text
     */
    public Map<String, String> open(Object privatePage, String sealed)
    {
        this.errors.clear();
        String page = RecordLists.page(privatePage);
        if (page.isBlank()) {
            return this.errors.fail(ScriptError.BAD_PAGE, String.valueOf(privatePage));
        }
        try {
            return sealed == null || sealed.isBlank() ? nothingEntered() : this.privateDataSeal.open(page, sealed);
        } catch (PrivateDataException e) {
            return this.errors.fail(e.getReason().translationKey());
        }
    }

    /**
     * @param values the values typed, by field name
     * @param ageClasses the age classes the council configured
     * @return the translation key of each refused value ({@code cdd.privateData.invalid.<field>}); empty when all
     *     may be saved
     */
    public List<String> problems(Map<?, ?> values, List<?> ageClasses)
    {
        return PrivateDataRules.problems(ScriptValues.toTextMap(values), ScriptValues.toStrings(ageClasses));
    }

    /**
     * @param privatePage the member's private page, which will hold the text ({@link #privatePage})
     * @param values the values to keep, by field name
     * @param ageClasses the age classes the council configured
     * @return the sealed text to store; null (and lastError) when a value is refused ({@link #problems}), the page is
     *     not a private page, or no key can be had
     */
    public String seal(Object privatePage, Map<?, ?> values, List<?> ageClasses)
    {
        this.errors.clear();
        String page = RecordLists.page(privatePage);
        if (page.isBlank()) {
            return this.errors.fail(ScriptError.BAD_PAGE, String.valueOf(privatePage));
        }
        Map<String, String> texts = ScriptValues.toTextMap(values);
        if (!PrivateDataRules.problems(texts, ScriptValues.toStrings(ageClasses)).isEmpty()) {
            return this.errors.fail(INVALID);
        }
        try {
            return this.privateDataSeal.seal(page, texts);
        } catch (PrivateDataException e) {
            return this.errors.fail(e.getReason().translationKey());
        }
    }

    private static Map<String, String> nothingEntered()
    {
        Map<String, String> values = new LinkedHashMap<>();
        PrivateDataRules.FIELDS.forEach(field -> values.put(field, ""));
        return values;
    }

    /**
     * @param field a field of the private data
     * @param value its value
     * @return the translation key naming that value for a field of fixed values (gender, councillor), e.g.
     *     {@code CDD.Code.MemberPrivateClass_gender_f}; null for a field shown as typed, or an empty value
     */
    public String labelKey(String field, String value)
    {
        boolean fixed =
            MemberPrivateClass.GENDER.equals(field) || MemberPrivateClass.COMMUNITY_COUNCILLOR.equals(field);
        return fixed && value != null && !value.isBlank()
            ? String.format("%s_%s_%s", MemberPrivateClass.REFERENCE, field, value.trim()) : null;
    }

    /** @return the statement of the council's members and their users (see {@link #emails}) */
    public String getMemberUserQuery()
    {
        return MemberRows.memberUserQuery();
    }

    /**
     * The addresses the council keeps for its members: the daily digest and the council's mailings write to them.
     *
     * @param memberUserRows the rows of {@link #getMemberUserQuery()}: member page, user
     * @param privateRows the rows of the composition's private query ({@code $services.cdd.composition.privateQuery})
     * @return each user's e-mail address, from their member's private data; users without one are left out
     */
    public Map<String, String> emails(List<?> memberUserRows, List<?> privateRows)
    {
        Map<String, String> byMember = emailsByMember(privateRows);
        Map<String, String> emails = new LinkedHashMap<>();
        for (Object row : memberUserRows == null ? List.of() : memberUserRows) {
            List<?> cells = RecordLists.cells(row);
            if (cells.size() > 1 && cells.get(0) != null && cells.get(1) != null) {
                String email = byMember.get(RecordLists.page(cells.get(0)));
                String user = ReminderSources.user(cells.get(1));
                if (email != null && !user.isEmpty()) {
                    emails.putIfAbsent(user, email);
                }
            }
        }
        return emails;
    }

    private Map<String, String> emailsByMember(List<?> privateRows)
    {
        Map<String, String> byMember = new java.util.HashMap<>();
        for (Map.Entry<String, Map<String, String>> member : MemberRows.openAll(privateRows, this.privateDataSeal)) {
            String email = PrivateDataRules.value(member.getValue(), MemberPrivateClass.EMAIL);
            if (!email.isEmpty() && PrivateDataRules.problems(Map.of(MemberPrivateClass.EMAIL, email), List.of())
                .isEmpty()) {
                byMember.putIfAbsent(member.getKey(), email);
            }
        }
        return byMember;
    }

    /** @return the fields of the private data, in the form's order */
    public List<String> getFields()
    {
        return PrivateDataRules.FIELDS;
    }

    /** @return the genders one may enter */
    public List<String> getGenders()
    {
        return PrivateDataRules.GENDERS;
    }

    /** @return the longest e-mail address accepted */
    public int getMaxEmail()
    {
        return PrivateDataRules.MAX_EMAIL;
    }

    /** @return the longest phone number accepted */
    public int getMaxPhone()
    {
        return PrivateDataRules.MAX_PHONE;
    }
}
