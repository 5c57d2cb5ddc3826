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
package org.xwiki.contrib.cdd.test.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.xwiki.contrib.cdd.test.page.ClassDefinition;
import org.xwiki.contrib.cdd.test.page.PageObject;
import org.xwiki.contrib.cdd.test.page.PageSet;
import org.xwiki.contrib.cdd.test.page.PropertyDefinition;
import org.xwiki.contrib.cdd.test.page.XarPage;

/**
 * An in-memory HSQLDB (the database of XWiki's standard distribution) in the shape of XWiki's Hibernate mapping
 * ({@code xwiki.hbm.xml}: {@code xwikidoc}, {@code xwikiobjects}, {@code xwikiproperties} and one table per property
 * type), holding the pages of a test: so that the pages' XWQL, once translated as XWiki translates it, runs on a real
 * SQL engine. Pages are stored as XWiki stores them: one row per document and per translation, one per object, one per
 * property of the object's class (an object created from a template holds every property), a multi-valued list with
 * relational storage as one row per value (none when empty).
 *
 * @version $Id$
 */
public final class FixtureDatabase
{
    /** Platform classes the pages query, which the application's XAR does not define. */
    static final Map<String, ClassDefinition> PLATFORM_CLASSES = Map.of("XWiki.XWikiGroups",
        new ClassDefinition("XWiki.XWikiGroups", Map.of("member", new PropertyDefinition("member",
            "com.xpn.xwiki.objects.classes.StringClass", Map.of()))));

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static final String[] SCHEMA = {
        "create table xwikidoc (XWD_ID bigint primary key, XWD_FULLNAME varchar(768), XWD_NAME varchar(768), "
            + "XWD_WEB varchar(768), XWD_LANGUAGE varchar(5), XWD_DEFAULT_LANGUAGE varchar(5), XWD_TRANSLATION int, "
            + "XWD_TITLE varchar(768), XWD_CONTENT longvarchar, XWD_DATE timestamp, XWD_CREATION_DATE timestamp, "
            + "XWD_CREATOR varchar(768), XWD_AUTHOR varchar(768), XWD_HIDDEN boolean)",
        "create table xwikiobjects (XWO_ID bigint primary key, XWO_NUMBER int, XWO_NAME varchar(768), "
            + "XWO_CLASSNAME varchar(768), XWO_GUID varchar(255))",
        "create table xwikiproperties (XWP_ID bigint, XWP_NAME varchar(255), XWP_CLASSTYPE varchar(255))",
        "create table xwikistrings (XWS_ID bigint, XWS_NAME varchar(255), XWS_VALUE varchar(768))",
        "create table xwikilargestrings (XWL_ID bigint, XWL_NAME varchar(255), XWL_VALUE longvarchar)",
        "create table xwikiintegers (XWI_ID bigint, XWI_NAME varchar(255), XWI_VALUE int)",
        "create table xwikilongs (XWL_ID bigint, XWL_NAME varchar(255), XWL_VALUE bigint)",
        "create table xwikidoubles (XWD_ID bigint, XWD_NAME varchar(255), XWD_VALUE double)",
        "create table xwikidates (XWS_ID bigint, XWS_NAME varchar(255), XWS_VALUE timestamp)",
        "create table xwikilists (XWL_ID bigint, XWL_NAME varchar(255))",
        "create table xwikilistitems (XWL_ID bigint, XWL_NAME varchar(255), XWL_VALUE varchar(255), XWL_NUMBER int)"
    };

    private final String url;

    private final PageSet classes;

    private final AtomicLong ids = new AtomicLong();

    /**
     * A page as stored: the XAR page and what XWiki adds when it saves it.
     *
     * @param page the page
     * @param creator who created it ({@code XWiki.Admin} for the application's pages)
     * @param date when it was last saved
     */
    public record StoredPage(XarPage page, String creator, Date date)
    {
    }

    /**
     * @param classes the application's pages, for the class definitions
     */
    public FixtureDatabase(PageSet classes)
    {
        this.classes = classes;
        this.url = "jdbc:hsqldb:mem:cdd" + DATABASES.incrementAndGet();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : SCHEMA) {
                statement.execute(table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database", e);
        }
    }

    /**
     * @return a new connection to the database
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException
    {
        return DriverManager.getConnection(this.url, "SA", "");
    }

    /**
     * @param className a class reference
     * @return its definition: the application's, else a platform class the pages query
     */
    public Optional<ClassDefinition> xclass(String className)
    {
        Optional<ClassDefinition> definition = this.classes.xclass(className);
        return definition.isPresent() ? definition : Optional.ofNullable(PLATFORM_CLASSES.get(className));
    }

    /**
     * Stores pages, replacing what the database held under their references.
     *
     * @param connection where
     * @param pages the pages
     * @throws SQLException when a row cannot be written
     */
    public void store(Connection connection, List<StoredPage> pages) throws SQLException
    {
        for (StoredPage page : pages) {
            remove(connection, page.page());
        }
        for (StoredPage page : pages) {
            storeDocument(connection, page);
            if (!page.page().isTranslation()) {
                for (PageObject object : page.page().objects()) {
                    storeObject(connection, page.page().reference(), object);
                }
            }
        }
    }

    private void remove(Connection connection, XarPage page) throws SQLException
    {
        try (PreparedStatement delete = connection.prepareStatement(
            "delete from xwikidoc where XWD_FULLNAME = ? and XWD_LANGUAGE = ?")) {
            delete.setString(1, page.reference());
            delete.setString(2, page.locale());
            delete.executeUpdate();
        }
        if (!page.isTranslation()) {
            // The old objects' properties stay as orphans: no query reaches them without their object row.
            try (PreparedStatement delete = connection.prepareStatement("delete from xwikiobjects where XWO_NAME = ?")) {
                delete.setString(1, page.reference());
                delete.executeUpdate();
            }
        }
    }

    private void storeDocument(Connection connection, StoredPage stored) throws SQLException
    {
        XarPage page = stored.page();
        int dot = page.reference().lastIndexOf('.');
        try (PreparedStatement insert = connection.prepareStatement("insert into xwikidoc values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, this.ids.incrementAndGet());
            insert.setString(2, page.reference());
            insert.setString(3, page.reference().substring(dot + 1));
            insert.setString(4, page.reference().substring(0, Math.max(dot, 0)));
            insert.setString(5, page.locale());
            insert.setString(6, page.defaultLanguage() == null ? "" : page.defaultLanguage());
            insert.setInt(7, page.isTranslation() ? 1 : 0);
            insert.setString(8, page.title());
            insert.setString(9, page.content());
            insert.setTimestamp(10, new Timestamp(stored.date().getTime()));
            insert.setTimestamp(11, new Timestamp(stored.date().getTime()));
            insert.setString(12, stored.creator());
            insert.setString(13, stored.creator());
            insert.setBoolean(14, page.hidden());
            insert.executeUpdate();
        }
    }

    private void storeObject(Connection connection, String reference, PageObject object) throws SQLException
    {
        long id = this.ids.incrementAndGet();
        try (PreparedStatement insert = connection.prepareStatement("insert into xwikiobjects values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, object.number());
            insert.setString(3, reference);
            insert.setString(4, object.className());
            insert.setString(5, reference + '/' + object.className() + '/' + object.number());
            insert.executeUpdate();
        }
        // Only the classes queries may name (the application's, and the platform ones listed) are stored: the
        // other platform objects of the XAR (rights, skin extensions…) are out of the pages' queries' reach.
        Optional<ClassDefinition> definition = xclass(object.className());
        if (definition.isEmpty()) {
            return;
        }
        for (PropertyDefinition property : definition.get().properties().values()) {
            PropertyStorage storage = PropertyStorage.of(property);
            String raw = object.values().getOrDefault(property.name(), "");
            try (PreparedStatement insert = connection.prepareStatement("insert into xwikiproperties values (?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, property.name());
                insert.setString(3, "com.xpn.xwiki.objects." + storage.propertyClass());
                insert.executeUpdate();
            }
            if (storage.isMultiple()) {
                storeListItems(connection, id, property.name(), raw);
            } else if (List.of("UsersClass", "GroupsClass").contains(property.simpleType())) {
                // XWiki keeps a user list as one text of references joined by commas; fixtures write "a|b".
                storeValue(connection, storage, id, property.name(), raw.replace('|', ','));
            } else {
                storeValue(connection, storage, id, property.name(), raw);
            }
        }
    }

    private static void storeListItems(Connection connection, long id, String name, String raw) throws SQLException
    {
        try (PreparedStatement list = connection.prepareStatement("insert into xwikilists values (?, ?)")) {
            list.setLong(1, id);
            list.setString(2, name);
            list.executeUpdate();
        }
        int number = 0;
        for (String value : raw.split("\\|")) {
            if (!value.isBlank()) {
                try (PreparedStatement insert = connection.prepareStatement(
                    "insert into xwikilistitems values (?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, name);
                    insert.setString(3, value.trim());
                    insert.setInt(4, number++);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void storeValue(Connection connection, PropertyStorage storage, long id, String name, String raw)
        throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + storage.table()
            + " values (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setObject(3, typed(storage, raw));
            insert.executeUpdate();
        }
    }

    private static Object typed(PropertyStorage storage, String raw)
    {
        String text = raw.trim();
        switch (storage) {
            case INTEGER:
                return text.isEmpty() ? null : Integer.valueOf(text);
            case LONG:
                return text.isEmpty() ? null : Long.valueOf(text);
            case DOUBLE:
                return text.isEmpty() ? null : Double.valueOf(text);
            case DATE:
                return text.isEmpty() ? null : new Timestamp(parseDate(text).getTime());
            default:
                return raw;
        }
    }

    /**
     * @param text a date as the XAR writes it ({@code 2026-11-28 00:00:00.0}) or as fixtures do ({@code 2026-11-28},
     *     {@code 2026-11-28 18:00})
     * @return it, read in the server's zone as XWiki's {@code DateClass} does
     */
    static Date parseDate(String text)
    {
        String pattern = text.length() > 16 ? "yyyy-MM-dd HH:mm:ss.S" : text.length() > 10 ? "yyyy-MM-dd HH:mm"
            : "yyyy-MM-dd";
        try {
            return new SimpleDateFormat(pattern).parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a date: " + text, e);
        }
    }
}
