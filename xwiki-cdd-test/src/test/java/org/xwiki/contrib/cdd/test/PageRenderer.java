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
package org.xwiki.contrib.cdd.test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.context.ExecutionContextException;
import org.xwiki.context.ExecutionContextManager;
import org.xwiki.contrib.cdd.test.page.XarPage;
import org.xwiki.contrib.cdd.test.standin.Scenario;
import org.xwiki.contrib.cdd.test.standin.StandInContext;
import org.xwiki.contrib.cdd.test.standin.StandInDocument;
import org.xwiki.contrib.cdd.test.standin.StandInRequest;
import org.xwiki.contrib.cdd.test.standin.StandInResponse;
import org.xwiki.contrib.cdd.test.standin.StandInXWiki;
import org.xwiki.rendering.block.XDOM;
import org.xwiki.rendering.parser.Parser;
import org.xwiki.rendering.renderer.BlockRenderer;
import org.xwiki.rendering.renderer.printer.DefaultWikiPrinter;
import org.xwiki.rendering.syntax.Syntax;
import org.xwiki.rendering.transformation.TransformationContext;
import org.xwiki.rendering.transformation.TransformationManager;
import org.apache.velocity.VelocityContext;
import org.xwiki.velocity.VelocityEngine;
import org.xwiki.velocity.VelocityManager;

/**
 * Executes a page of the XAR as XWiki would for a view: binds the stand-ins ({@code $doc}, {@code $xwiki},
 * {@code $xcontext}, {@code $request}) in a fresh Velocity context, parses the content as xwiki/2.1, runs the macro
 * transformation (our macros, XWiki's rendering macros and the test {@code {{velocity}}} macro) and renders XHTML.
 * A macro error fails the rendering: a page that shows an error box is broken.
 *
 * @version $Id$
 */
public class PageRenderer
{
    /** The class of the paragraph a page the user may not view renders as. */
    public static final String ACCESS_DENIED = "cdd-harness-access-denied";

    private final ComponentManager componentManager;

    private final org.xwiki.contrib.cdd.test.standin.StandInGaps gaps =
        new org.xwiki.contrib.cdd.test.standin.StandInGaps();

    /**
     * @param componentManager the test component manager (all components, stand-ins included)
     */
    public PageRenderer(ComponentManager componentManager)
    {
        this.componentManager = componentManager;
    }

    /**
     * @param page the page to execute, for the user, locale and request of the scenario
     * @return the XHTML, parsed
     * @throws Exception when the page cannot be executed or shows a rendering error
     */
    public Document render(XarPage page) throws Exception
    {
        // As the view action: a user without view right on the page gets XWiki's "access denied" screen, and none of
        // the page's code runs.
        if (!this.componentManager.<Scenario>getInstance(Scenario.class).hasRight("view", page.reference())) {
            return Jsoup.parseBodyFragment("<p class=\"" + ACCESS_DENIED + "\">Access denied</p>");
        }
        bind(page);
        // As XWiki does while rendering a document: #macro definitions of one {{velocity}} block serve the next ones.
        VelocityEngine engine = this.componentManager.<VelocityManager>getInstance(VelocityManager.class)
            .getVelocityEngine();
        engine.startedUsingMacroNamespace(page.reference());
        try {
            return renderContent(page);
        } finally {
            engine.stoppedUsingMacroNamespace(page.reference());
        }
    }

    /**
     * Executes a sheet on a page, as XWiki displays a page whose class has a sheet: {@code $doc} is the page (its
     * objects), {@code $tdoc} its translation in the scenario's locale when the XAR has one (its title and content),
     * and the sheet's content is what runs.
     *
     * @param data the page
     * @param sheet the sheet
     * @return the XHTML, parsed
     * @throws Exception when the sheet cannot be executed or shows a rendering error
     */
    public Document render(XarPage data, XarPage sheet) throws Exception
    {
        // As SheetDocumentDisplayer: a sheet the user may not view is skipped, and the page's own content shows.
        if (!this.componentManager.<Scenario>getInstance(Scenario.class).hasRight("view", sheet.reference())) {
            return render(data);
        }
        bind(data);
        VelocityEngine engine = this.componentManager.<VelocityManager>getInstance(VelocityManager.class)
            .getVelocityEngine();
        engine.startedUsingMacroNamespace(data.reference());
        try {
            return check(sheet, Jsoup.parseBodyFragment(toXhtml(sheet.content(), data.reference(), false)));
        } finally {
            engine.stoppedUsingMacroNamespace(data.reference());
        }
    }

    private Document renderContent(XarPage page) throws Exception
    {
        return check(page, Jsoup.parseBodyFragment(toXhtml(page.content(), page.reference(), false)));
    }

    private String toXhtml(String content, String reference, boolean restricted) throws Exception
    {
        XDOM xdom = this.componentManager.<Parser>getInstance(Parser.class, Syntax.XWIKI_2_1.toIdString())
            .parse(new StringReader(content));
        TransformationContext transformationContext = new TransformationContext(xdom, Syntax.XWIKI_2_1);
        transformationContext.setId(reference);
        transformationContext.setRestricted(restricted);
        transformationContext.setTargetSyntax(Syntax.XHTML_1_0);
        this.componentManager.<TransformationManager>getInstance(TransformationManager.class)
            .performTransformations(xdom, transformationContext);
        DefaultWikiPrinter printer = new DefaultWikiPrinter();
        this.componentManager.<BlockRenderer>getInstance(BlockRenderer.class, Syntax.XHTML_1_0.toIdString())
            .render(xdom, printer);
        return printer.toString();
    }

    private Document check(XarPage page, Document html)
    {
        List<String> missing = this.gaps.take();
        if (!missing.isEmpty()) {
            throw new AssertionError(page.path() + " calls methods the harness's stand-ins lack (give them the "
                + "platform's behaviour): " + missing);
        }
        // A script macro that a member typed in a text area is refused by the restricted rendering of its value, as
        // XWiki refuses it: that error box is the expected answer, not a defect of the page.
        Element error = html.select(".xwikirenderingerror").stream()
            .filter(e -> !e.text().contains("is not allowed in restricted mode")).findFirst().orElse(null);
        if (error != null) {
            Element description = html.selectFirst(".xwikirenderingerrordescription");
            throw new AssertionError(page.path() + " shows a rendering error: " + error.text() + "\n"
                + (description == null ? "" : description.text()));
        }
        return html;
    }

    /**
     * @param page a page
     * @return its title as XWiki shows it (Velocity evaluated)
     * @throws Exception when the title cannot be evaluated
     */
    public String renderTitle(XarPage page) throws Exception
    {
        bind(page);
        StringWriter writer = new StringWriter();
        VelocityManager velocityManager = this.componentManager.getInstance(VelocityManager.class);
        velocityManager.getVelocityEngine().evaluate(velocityManager.getVelocityContext(), writer,
            page.reference(), new StringReader(page.title()));
        return writer.toString();
    }

    private void bind(XarPage page) throws ComponentLookupException, ExecutionContextException
    {
        Scenario scenario = this.componentManager.getInstance(Scenario.class);
        scenario.setPage(page);
        ExecutionContext context = new ExecutionContext();
        this.componentManager.<Execution>getInstance(Execution.class).setContext(context);
        this.componentManager.<ExecutionContextManager>getInstance(ExecutionContextManager.class)
            .initialize(context);
        VelocityContext velocityContext =
            this.componentManager.<VelocityManager>getInstance(VelocityManager.class).getVelocityContext();
        // A call to a method a stand-in lacks fails the render (see StandInGaps).
        org.apache.velocity.app.event.EventCartridge cartridge = velocityContext.getEventCartridge();
        if (cartridge == null) {
            cartridge = new org.apache.velocity.app.event.EventCartridge();
            velocityContext.attachEventCartridge(cartridge);
        }
        cartridge.addEventHandler(this.gaps);
        this.gaps.take();
        StandInDocument document = new StandInDocument(page, scenario);
        XarPage translation = scenario.getPages().page(page.reference(), scenario.getLocale().getLanguage())
            .filter(XarPage::isTranslation).orElse(page);
        StandInRequest request = new StandInRequest(scenario);
        velocityContext.put("doc", document);
        velocityContext.put("tdoc", translation == page ? document : new StandInDocument(translation, scenario));
        // getRenderedContentRestricted renders wiki content in the context of the page, with no script macro.
        scenario.setContentRenderer((content, restricted) -> toXhtml(content, page.reference(), restricted));
        velocityContext.put("xwiki", new StandInXWiki(scenario));
        velocityContext.put("request", request);
        velocityContext.put("response", new StandInResponse(scenario));
        scenario.newResponse();
        velocityContext.put("xcontext", new StandInContext(scenario, request));
    }
}
