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
package org.xwiki.contrib.cdd.test.script;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Proves that a test stand-in only offers what the real platform object offers: every public method it declares must
 * appear in {@code xwiki-script-api.tsv} for the class it stands in for, with the same name and number of parameters.
 *
 * @version $Id$
 */
public final class StandInConformance
{
    private StandInConformance()
    {
    }

    /**
     * @param api the platform script API
     * @param standIn the stand-in class
     * @param platformClass the platform class it stands in for
     * @param extraMethods methods the TSV leaves out on purpose for that class (name → parameter count)
     * @return one line per stand-in method that the platform class does not have
     */
    public static List<String> violations(ScriptApi api, Class<?> standIn, String platformClass,
        Map<String, Integer> extraMethods)
    {
        List<String> violations = new ArrayList<>();
        if (!api.classes().contains(platformClass)) {
            violations.add(platformClass + " is not in the script API TSV");
            return violations;
        }
        for (Method method : Arrays.stream(standIn.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()).toList()) {
            int count = method.getParameterCount();
            boolean listed = !api.find(platformClass, method.getName(), count).isEmpty()
                && api.find(platformClass, method.getName(), count).stream()
                    .anyMatch(m -> m.parameterTypes().size() == count);
            boolean extra = Integer.valueOf(count).equals(extraMethods.get(method.getName()));
            if (!listed && !extra) {
                violations.add(standIn.getSimpleName() + "." + method.getName() + " with " + count
                    + " parameter(s) is not a public method of " + platformClass);
            }
        }
        return violations;
    }
}
