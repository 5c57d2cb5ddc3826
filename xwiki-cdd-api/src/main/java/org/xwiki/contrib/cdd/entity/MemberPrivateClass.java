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
package org.xwiki.contrib.cdd.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.xwiki.stability.Unstable;

/**
 * The private data of a council member: gender, age class, contact and the councillor flag. XWiki has no rights per
 * property, so these live in their own object on a page of {@code CDD.Members.Private}, a space that only the
 * animators' group may view or edit; reports use them only in anonymous totals. Rights are not enough: XWiki's
 * generic endpoints filter and count objects by their values on pages the user may not view, so the object holds
 * the values <em>sealed</em> (encrypted, see {@code PrivateDataSeal}) in one property, {@value #SEALED}, and only the
 * member it belongs to in clear.
 * <p>
 * The one definition of {@code CDD.Code.MemberPrivateClass}: property names and types. The XAR class must match it.
 * The fields inside the seal are {@link #SEALED_FIELDS}.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class MemberPrivateClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "memberPrivate";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.MemberPrivateClass";

    /** The space holding the private pages, one per member, readable by the animators only. */
    public static final String SPACE = "CDD.Members.Private";

    /** Gender: woman. */
    public static final String FEMALE = "f";

    /** Gender: man. */
    public static final String MALE = "m";

    /** Gender: other. */
    public static final String OTHER = "other";

    /** Gender: not disclosed (never guessed). */
    public static final String UNDISCLOSED = "undisclosed";

    /** The member page these data belong to. */
    public static final String MEMBER = "member";

    /** Gender: f, m, other or undisclosed. */
    public static final String GENDER = "gender";

    /** The age class (configured classes). */
    public static final String AGE_CLASS = "ageClass";

    /** An elected community councillor (incompatible with membership). */
    public static final String COMMUNITY_COUNCILLOR = "communityCouncillor";

    /** E-mail address. */
    public static final String EMAIL = "email";

    /** Phone number. */
    public static final String PHONE = "phone";

    /** The sealed values of every other field (a text only the application's key opens). */
    public static final String SEALED = "sealed";

    /** The definition of the XClass: the member, in clear, and the seal. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .page(MEMBER, PropertyType.PAGE, MemberClass.REFERENCE)
        .add(SEALED, PropertyType.TEXT)
        .build();

    /** The id of {@link #SEALED_FIELDS}. */
    public static final String SEALED_ID = "memberPrivateSealed";

    /** The fields inside the seal, as the composition and the indicators read them once opened. Not a class. */
    public static final EntityDefinition SEALED_FIELDS = EntityDefinition.builder(SEALED_ID, REFERENCE)
        .list(GENDER, PropertyType.LIST, FEMALE, MALE, OTHER, UNDISCLOSED)
        .add(AGE_CLASS, PropertyType.CONFIGURED)
        .add(COMMUNITY_COUNCILLOR, PropertyType.BOOLEAN)
        .add(EMAIL, PropertyType.STRING)
        .add(PHONE, PropertyType.STRING)
        .build();

    /**
     * A member as the composition check and the indicators read them: the member's properties joined with their
     * private ones (a query row of both objects), under the id {@value #WITH_MEMBER_ID}. Not a class of its own.
     */
    public static final String WITH_MEMBER_ID = "memberWithPrivateData";

    /** The joined definition, see {@link #WITH_MEMBER_ID}. */
    public static final EntityDefinition WITH_MEMBER = joined();

    private static final String NESTED_HOME = ".WebHome";

    private MemberPrivateClass()
    {
    }

    private static EntityDefinition joined()
    {
        Map<String, PropertyDefinition> properties = new LinkedHashMap<>(MemberClass.DEFINITION.properties());
        properties.putAll(SEALED_FIELDS.properties());
        return new EntityDefinition(WITH_MEMBER_ID, MemberClass.REFERENCE, properties);
    }

    /**
     * @param page a page's full name
     * @return whether it is a member's private page: directly in {@value #SPACE}, where only animators write
     */
    public static boolean isPrivatePage(String page)
    {
        String prefix = SPACE + '.';
        return page != null && page.startsWith(prefix) && page.length() > prefix.length()
            && page.indexOf('.', prefix.length()) < 0;
    }

    /**
     * @param page a page's full name
     * @return whether it is a member page: {@code CDD.Members.<name>} or {@code CDD.Members.<name>.WebHome}, not the
     *     space's home nor a page of the private space
     */
    public static boolean isMemberPage(String page)
    {
        String prefix = MemberClass.SPACE + '.';
        if (page == null || !page.startsWith(prefix)) {
            return false;
        }
        String name = page.substring(prefix.length());
        String rest = name.endsWith(NESTED_HOME) ? name.substring(0, name.length() - NESTED_HOME.length()) : name;
        return !rest.isEmpty() && rest.indexOf('.') < 0 && !"WebHome".equals(rest)
            && !SPACE.equals(prefix + rest);
    }

    /**
     * @param memberPage the full name of a member page, terminal ({@code CDD.Members.Camille}) or not
     *     ({@code CDD.Members.Camille.WebHome})
     * @return the full name of the page holding that member's private data
     */
    public static String privatePage(String memberPage)
    {
        String name = memberPage.endsWith(NESTED_HOME)
            ? memberPage.substring(0, memberPage.length() - NESTED_HOME.length()) : memberPage;
        return SPACE + '.' + name.substring(name.lastIndexOf('.') + 1);
    }
}
