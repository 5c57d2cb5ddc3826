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

import java.util.ArrayList;
import java.util.List;

import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;

/**
 * The calls a page makes to a method a stand-in does not have. XWiki's Velocity gives {@code null} for them and goes on,
 * so a method the platform has and the stand-in lacks would print "null" in a page and pass unseen (the accessibility
 * statement did: "applies to null"). The harness is stricter: it records each such call, and {@code PageRenderer}
 * fails the render. A method the platform lacks too is also reported statically by {@code ScriptApiCheck}. Velocity
 * calls this handler for references that are neither quiet ({@code $!x.y}) nor tested ({@code #if ($x.y)}): those
 * stay uncovered.
 *
 * @version $Id$
 */
public class StandInGaps implements InvalidReferenceEventHandler
{
    private final List<String> gaps = new ArrayList<>();

    @Override
    public Object invalidGetMethod(Context context, String reference, Object object, String property, Info info)
    {
        note(object, property, reference, info);
        return null;
    }

    @Override
    public boolean invalidSetMethod(Context context, String leftReference, String rightReference, Info info)
    {
        return false;
    }

    @Override
    public Object invalidMethod(Context context, String reference, Object object, String method, Info info)
    {
        note(object, method, reference, info);
        return null;
    }

    private void note(Object object, String name, String reference, Info info)
    {
        if (object != null && object.getClass().getPackageName().equals(StandInGaps.class.getPackageName())) {
            this.gaps.add(object.getClass().getSimpleName() + '.' + name + " in " + reference + " (line "
                + (info == null ? "?" : info.getLine()) + ')');
        }
    }

    /**
     * @return the gaps recorded since the last call, then forgets them
     */
    public List<String> take()
    {
        List<String> taken = List.copyOf(this.gaps);
        this.gaps.clear();
        return taken;
    }
}
