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
 * The council's accessibility statement (RGAA 4.1, article 47 of the law of 11 February 2005): what its
 * administrator fills in on {@value #PAGE}, which everyone reads; the sheet writes the statement around it with the
 * model's fixed wording, and Java says the conformity status from the audit's result.
 *
 * @version $Id$
 * @since 1.0.0
 */
@Unstable
public final class AccessibilityStatementClass
{
    /** The entity id, used in pages and translation keys. */
    public static final String ID = "accessibilityStatement";

    /** The XClass reference. */
    public static final String REFERENCE = "CDD.Code.AccessibilityStatementClass";

    /** The public page of the statement. */
    public static final String PAGE = "CDD.Public.Accessibility";

    /** Who publishes the service: the council and the body it belongs to. */
    public static final String ENTITY = "entity";

    /** The address of the wiki the statement covers. */
    public static final String WEBSITE = "website";

    /** The share of the RGAA criteria respected in the last audit, in percent. */
    public static final String COMPLIANCE_RATE = "complianceRate";

    /** The day the audit ended; none when there was no audit. */
    public static final String AUDIT_DATE = "auditDate";

    /** Who made the audit. */
    public static final String AUDITOR = "auditor";

    /** The pages the audit tested. */
    public static final String PAGES_TESTED = "pagesTested";

    /** The content that is not accessible: the non-conformities. */
    public static final String NON_COMPLIANT = "nonCompliant";

    /** Content exempted for a disproportionate burden. */
    public static final String DISPROPORTIONATE = "disproportionate";

    /** Content outside the law's scope. */
    public static final String EXEMPT = "exempt";

    /** The tools and technologies of the audit. */
    public static final String TOOLS = "tools";

    /** Where to write to report a difficulty: an e-mail address. */
    public static final String CONTACT_EMAIL = "contactEmail";

    /** Or a form's address. */
    public static final String CONTACT_URL = "contactUrl";

    /** Or a postal address. */
    public static final String CONTACT_ADDRESS = "contactAddress";

    /** The day the statement was made or updated. */
    public static final String STATEMENT_DATE = "statementDate";

    /** The multi-year plan and this year's actions. */
    public static final String ACTION_PLAN = "actionPlan";

    /** The class definition. */
    public static final EntityDefinition DEFINITION = EntityDefinition.builder(ID, REFERENCE)
        .add(ENTITY, PropertyType.STRING)
        .add(WEBSITE, PropertyType.STRING)
        .add(COMPLIANCE_RATE, PropertyType.INTEGER)
        .add(AUDIT_DATE, PropertyType.DATE)
        .add(AUDITOR, PropertyType.STRING)
        .text(PAGES_TESTED, 0)
        .text(NON_COMPLIANT, 0)
        .text(DISPROPORTIONATE, 0)
        .text(EXEMPT, 0)
        .text(TOOLS, 0)
        .add(CONTACT_EMAIL, PropertyType.STRING)
        .add(CONTACT_URL, PropertyType.STRING)
        .text(CONTACT_ADDRESS, 0)
        .add(STATEMENT_DATE, PropertyType.DATE)
        .text(ACTION_PLAN, 0)
        .build();

    private AccessibilityStatementClass()
    {
    }
}
