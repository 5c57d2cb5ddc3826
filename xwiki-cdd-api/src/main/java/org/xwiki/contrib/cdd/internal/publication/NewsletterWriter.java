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
package org.xwiki.contrib.cdd.internal.publication;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xwiki.contrib.cdd.internal.Html;
import org.xwiki.contrib.cdd.publication.NewsletterIssue;
import org.xwiki.contrib.cdd.publication.NewsletterItem;
import org.xwiki.contrib.cdd.publication.NewsletterMail;
import org.xwiki.contrib.cdd.publication.NewsletterSection;

/**
 * Writes a newsletter for mail clients. Mail clients drop style sheets and block images and scripts, and many show
 * a message in a narrow column: so one table column at most 600 pixels wide, inline styles only, system fonts, no
 * image, every link absolute to the wiki, every value escaped with the platform's escaper. The same body goes in the
 * wiki's preview, and its words once more as plain text.
 *
 * @version $Id$
 * @since 1.0.0
 */
public final class NewsletterWriter
{
    private static final String SUBJECT = "subject";

    private static final String HEADING = "heading";

    private static final String PERIOD = "period";

    private static final String INTRO = "intro";

    private static final String NOTHING = "nothing";

    private static final String PUBLISHED_ON = "publishedOn";

    private static final String RECEIVED_ON = "receivedOn";

    private static final String DUE_ON = "dueOn";

    private static final String MEETING_ON = "meetingOn";

    private static final String FOOTER = "footer";

    private static final String SETTINGS = "settings";

    /** The translated words it needs, each {@code cdd.newsletter.mail.<key>}, the sections' titles included. */
    public static final List<String> LABELS = List.of(SUBJECT, HEADING, PERIOD, INTRO, "publications", "referrals",
        "meetings", "tutorials", NOTHING, PUBLISHED_ON, RECEIVED_ON, DUE_ON, MEETING_ON, FOOTER, SETTINGS);

    private static final String CLOSE = "\">";

    private static final String END_P = "</p>";

    private static final String COLOR = "\" style=\"color:";

    private static final String INDENT = "  ";

    private static final String BLUE = "#000091";

    private static final String GREY = "#3a3a3a";

    private static final String CELL = "<tr><td style=\"padding:%s\">";

    private static final String END_CELL = "</td></tr>";

    private static final String NEW_LINE = "\n";

    private static final String SEPARATOR = " · ";

    private static final String SPACE = " ";

    private final Map<String, String> labels;

    private final Locale locale;

    private NewsletterWriter(Map<String, String> labels, Locale locale)
    {
        this.labels = labels;
        this.locale = locale;
    }

    /**
     * @param issue what it tells
     * @param labels the translated words, by key of {@link #LABELS}
     * @param locale the language of the dates
     * @param settingsUrl the absolute address of the page where a member turns the newsletter off
     * @return the newsletter
     */
    public static NewsletterMail write(NewsletterIssue issue, Map<String, String> labels, Locale locale,
        String settingsUrl)
    {
        return new NewsletterWriter(labels, locale).mail(issue, settingsUrl == null ? "" : settingsUrl);
    }

    private NewsletterMail mail(NewsletterIssue issue, String settingsUrl)
    {
        StringBuilder body = new StringBuilder("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
            + "cellspacing=\"0\" style=\"max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #dddddd;"
            + "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1e1e1e\">");
        StringBuilder text = new StringBuilder(label(HEADING)).append(NEW_LINE).append(label(PERIOD))
            .append(NEW_LINE).append(NEW_LINE).append(label(INTRO)).append(NEW_LINE);
        body.append(String.format(CELL, "24px 24px 16px;border-top:6px solid " + BLUE))
            .append("<h1 style=\"margin:0;font-size:24px;line-height:1.25;color:").append(BLUE).append(CLOSE)
            .append(escaped(HEADING)).append("</h1><p style=\"margin:4px 0 0;color:").append(GREY).append(CLOSE)
            .append(escaped(PERIOD)).append("</p><p style=\"margin:16px 0 0\">").append(escaped(INTRO))
            .append(END_P).append(END_CELL);
        if (issue.isEmpty()) {
            body.append(String.format(CELL, "0 24px 16px")).append("<p>").append(escaped(NOTHING)).append(END_P)
                .append(END_CELL);
            text.append(NEW_LINE).append(label(NOTHING)).append(NEW_LINE);
        }
        for (NewsletterSection section : NewsletterSection.values()) {
            List<NewsletterItem> items = issue.items(section);
            if (!items.isEmpty()) {
                section(section, items, body, text);
            }
        }
        body.append(String.format(CELL, "16px 24px 24px;border-top:1px solid #dddddd;font-size:14px;color:" + GREY))
            .append("<p style=\"margin:0\">").append(escaped(FOOTER)).append(SPACE).append("<a href=\"")
            .append(Html.escape(settingsUrl)).append(COLOR).append(BLUE).append(CLOSE)
            .append(escaped(SETTINGS)).append("</a></p>").append(END_CELL).append("</table>");
        text.append(NEW_LINE).append(label(FOOTER)).append(SPACE).append(label(SETTINGS)).append(NEW_LINE)
            .append(settingsUrl).append(NEW_LINE);
        String subject = label(SUBJECT);
        String html = "<!DOCTYPE html><html lang=\"" + Html.escape(this.locale.toLanguageTag()) + "\"><head>"
            + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + Html.escape(subject) + "</title></head><body style=\"margin:0;padding:16px 8px;"
            + "background:#f4f4f4\">" + body + "</body></html>";
        return new NewsletterMail(subject, html, body.toString(), text.toString());
    }

    private void section(NewsletterSection section, List<NewsletterItem> items, StringBuilder body,
        StringBuilder text)
    {
        body.append(String.format(CELL, "8px 24px 8px")).append("<h2 style=\"margin:8px 0;font-size:20px;color:")
            .append(BLUE).append(CLOSE).append(escaped(section.key())).append("</h2><ul style=\"margin:0;"
            + "padding-left:20px\">");
        text.append(NEW_LINE).append(label(section.key())).append(NEW_LINE);
        for (NewsletterItem item : items) {
            String[] detail = detail(section, item);
            body.append("<li style=\"margin:0 0 12px\"><a href=\"").append(Html.escape(item.url())).append(COLOR)
                .append(BLUE).append(";font-weight:bold\">").append(Html.escape(item.title()))
                .append("</a><br/><span style=\"color:").append(GREY).append(CLOSE).append(detail[0])
                .append("</span>");
            text.append("- ").append(item.title()).append(NEW_LINE).append(INDENT).append(detail[1]).append(NEW_LINE);
            if (!item.summary().isEmpty()) {
                body.append("<br/>").append(Html.escape(item.summary()));
                text.append(INDENT).append(item.summary()).append(NEW_LINE);
            }
            body.append("</li>");
            text.append(INDENT).append(item.url()).append(NEW_LINE);
        }
        body.append("</ul>").append(END_CELL);
    }

    /** The line under an item's title, as HTML (its dates in {@code <time>}) and as plain text. */
    private String[] detail(NewsletterSection section, NewsletterItem item)
    {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        switch (section) {
            case REFERRALS -> {
                dated(html, text, RECEIVED_ON, item.when().toLocalDate().toString(), day(item.when().toLocalDate()));
                if (item.due() != null) {
                    html.append(SEPARATOR);
                    text.append(SEPARATOR);
                    dated(html, text, DUE_ON, item.due().toString(), day(item.due()));
                }
            }
            case MEETINGS -> {
                dated(html, text, MEETING_ON, item.when().toString(), moment(item.when()));
                if (!item.place().isEmpty()) {
                    html.append(SEPARATOR).append(Html.escape(item.place()));
                    text.append(SEPARATOR).append(item.place());
                }
            }
            default -> dated(html, text, PUBLISHED_ON, item.when().toLocalDate().toString(),
                day(item.when().toLocalDate()));
        }
        return new String[] {html.toString(), text.toString()};
    }

    private void dated(StringBuilder html, StringBuilder text, String key, String machine, String written)
    {
        html.append(escaped(key)).append(SPACE).append("<time datetime=\"").append(Html.escape(machine))
            .append(CLOSE).append(Html.escape(written)).append("</time>");
        text.append(label(key)).append(SPACE).append(written);
    }

    private String day(LocalDate day)
    {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale).format(day);
    }

    private String moment(LocalDateTime moment)
    {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(this.locale)
            .format(moment);
    }

    private String label(String key)
    {
        return this.labels.getOrDefault(key, "");
    }

    private String escaped(String key)
    {
        return Html.escape(label(key));
    }
}
