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
package org.xwiki.contrib.cdd.test.check;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.VelocityFragment;
import org.xwiki.contrib.cdd.test.page.WikiSource;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.velocity.VelocityManager;
import org.xwiki.velocity.XWikiVelocityException;

/**
 * Check d: the Velocity code of every {@code {{velocity}}} macro and of every title compiles with XWiki's own
 * {@link VelocityManager}; errors name the page file, its line and the column.
 *
 * @version $Id$
 */
public class VelocityCompileCheck implements PageCheck
{
    private final VelocityManager velocityManager;

    /**
     * @param velocityManager XWiki's Velocity manager
     */
    public VelocityCompileCheck(VelocityManager velocityManager)
    {
        this.velocityManager = velocityManager;
    }

    /**
     * @param fragment some Velocity code
     * @param velocityManager XWiki's Velocity manager
     * @return the root of its syntax tree
     * @throws XWikiVelocityException when it does not compile
     */
    public static SimpleNode compile(VelocityFragment fragment, VelocityManager velocityManager)
        throws XWikiVelocityException
    {
        return (SimpleNode) velocityManager.compile("cdd-check", new StringReader(fragment.code())).getTemplate()
            .getData();
    }

    @Override
    public List<Problem> check(XarPage page, PageSet all)
    {
        List<Problem> problems = new ArrayList<>();
        if (page.parseError() != null) {
            return problems;
        }
        for (VelocityFragment fragment : WikiSource.velocityFragments(page)) {
            try {
                compile(fragment, this.velocityManager);
            } catch (XWikiVelocityException | VelocityException e) {
                // The engine throws Velocity's own unchecked exception for syntax errors.
                ParseErrorException parseError = findParseError(e);
                int line = parseError == null ? 1 : parseError.getLineNumber();
                int column = parseError == null ? 0 : parseError.getColumnNumber();
                String reason = parseError == null ? e.getMessage() : parseError.getMessage();
                problems.add(new Problem(page.path(), fragment.toFileLine(line), "Velocity in the " + fragment.where()
                    + " does not compile (Velocity line " + line + ", column " + column + "): " + reason));
            }
        }
        return problems;
    }

    private static ParseErrorException findParseError(Throwable error)
    {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseErrorException parseError) {
                return parseError;
            }
        }
        return null;
    }
}
