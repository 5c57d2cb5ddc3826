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

import org.xwiki.stability.Unstable;

/**
 * The one definition of {@code CDD.Code.PublicationClass}: the public copy of an adopted text, on
 * {@code CDD.Public.Opinions.<name>}, the only place guests read. Written only by {@code CDD.Code.WorkflowService}
 * (an administrator's script) when an animator publishes the text, again when the follow-up of one of its
 * recommendations moves, and marked withdrawn when the text is archived; no member can edit it, so nothing a member
 * types in a draft reaches the public before it is published.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class PublicationClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "publication";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.PublicationClass";

    /** The space of the public copies of adopted texts. */
    public static final String SPACE = "CDD.Public.Opinions";

    /** State: readable by guests. */
    public static final String PUBLISHED = WorkflowStates.PUBLISHED;

    /** State: withdrawn (the text was archived); readable by animators and administrators only. */
    public static final String WITHDRAWN = "withdrawn";

    /** The council's page it was copied from. */
    public static final String RECORD = "record";

    /** Published or withdrawn. */
    public static final String STATE = "state";

    /** What the copy holds besides its texts, as {@code PublicationFacts} writes it (JSON). */
    public static final String FACTS = "facts";

    /** The summary, as adopted (wiki syntax, shown restricted). */
    public static final String SUMMARY = ContributionClass.SUMMARY;

    /** Section 1: the context and the question. */
    public static final String CONTEXT = ContributionClass.CONTEXT;

    /** Section 2: the analysis. */
    public static final String FINDINGS = ContributionClass.FINDINGS;

    /** Section 4: annexes. */
    public static final String ANNEXES = ContributionClass.ANNEXES;

    /** When the copy was last written. */
    public static final String UPDATED_ON = "updatedOn";

    /** When it was withdrawn. */
    public static final String WITHDRAWN_ON = "withdrawnOn";

    /** The definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(RECORD, PropertyType.STRING)
        .list(STATE, PropertyType.LIST, PUBLISHED, WITHDRAWN)
        .text(FACTS, 0)
        .text(SUMMARY, 0)
        .text(CONTEXT, 0)
        .text(FINDINGS, 0)
        .text(ANNEXES, 0)
        .add(UPDATED_ON, PropertyType.DATE_TIME)
        .add(WITHDRAWN_ON, PropertyType.DATE)
        .build();

    private PublicationClass()
    {
    }
}
