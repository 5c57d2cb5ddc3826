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
package org.xwiki.contrib.cdd.internal.macro;

import java.util.Set;

import javax.inject.Inject;

import org.apache.commons.lang3.StringUtils;
import org.xwiki.contrib.cdd.macro.MacroMessages;
import org.xwiki.rendering.macro.AbstractMacro;
import org.xwiki.rendering.macro.MacroExecutionException;
import org.xwiki.rendering.macro.descriptor.ContentDescriptor;

/**
 * What the council's macros share: their category in the macro picker, inline support, and errors in the reader's
 * language.
 *
 * @param <P> the parameters bean
 * @version $Id$
 * @since 1.0.0
 */
public abstract class AbstractCouncilMacro<P> extends AbstractMacro<P>
{
    /** The category the WYSIWYG editor's macro picker shows them under. */
    public static final String CATEGORY = "Conseil de développement";

    /** Longer values are cut where an error quotes them. */
    protected static final int MAX_QUOTED_LENGTH = 60;

    @Inject
    protected MacroMessages messages;

    /**
     * @param name the macro name (translated by {@code rendering.macro.<id>.name})
     * @param description its description
     * @param contentDescriptor its content, or null when it has none
     * @param parametersBeanClass its parameters
     */
    protected AbstractCouncilMacro(String name, String description, ContentDescriptor contentDescriptor,
        Class<?> parametersBeanClass)
    {
        super(name, description, contentDescriptor, parametersBeanClass);
        setDefaultCategories(Set.of(CATEGORY));
    }

    @Override
    public boolean supportsInlineMode()
    {
        return true;
    }

    /**
     * @param key the translation key of the error
     * @param parameters its parameters
     * @return the exception to throw: XWiki shows its message in an error box
     */
    protected MacroExecutionException error(String key, Object... parameters)
    {
        return new MacroExecutionException(this.messages.get(key, parameters));
    }

    /**
     * @param typed what the author typed, quoted in an error
     * @return the same text, cut when it is longer than {@link #MAX_QUOTED_LENGTH}: enough to find it in the page,
     *     not a page of digits in the message
     */
    protected static String quoted(String typed)
    {
        return StringUtils.abbreviate(typed, MAX_QUOTED_LENGTH);
    }
}
