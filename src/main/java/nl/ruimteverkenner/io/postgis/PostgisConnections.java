package nl.ruimteverkenner.io.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ruimteverkenner.i18n.Messages;
import org.postgresql.Driver;

/**
 * Opens the PostGIS engine's connection and turns the ways that fails into messages a user can act on: the server
 * cannot be reached, the login is refused, the database does not exist, PostGIS is not installed in it.
 */
final class PostgisConnections {
    private static final Logger LOG = Logger.getLogger(PostgisConnections.class.getName());
    /** Seconds to wait for the server before calling it unreachable. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgisConnections() {
    }

    /** A connection with auto-commit on, or a message why there is none. */
    static Connection connect(Database db) throws PostgisException {
        if (!db.isPostgresUrl()) {
            throw new PostgisException(Messages.get("postgis.notPostgresUrl", db.displayUrl()));
        }
        Properties props = new Properties();
        db.user().ifPresent(u -> props.setProperty("user", u));
        db.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "Ruimteverkenner");
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        try {
            Connection c = new Driver().connect(db.url(), props);
            if (c == null) {
                throw new PostgisException(Messages.get("postgis.notPostgresUrl", db.displayUrl()));
            }
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            LOG.log(Level.FINE, "cannot connect to " + db, e);
            throw new PostgisException(describe(db, e), e);
        }
    }

    /** The schema PostGIS is installed in, or a message that the database has no PostGIS. */
    static String postgisSchema(Connection c, Database db) throws PostgisException, SQLException {
        String sql = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return rs.getString(1);
            }
        }
        throw new PostgisException(Messages.get("postgis.noPostgis", database(c, db)));
    }

    private static String database(Connection c, Database db) {
        try {
            return c.getCatalog();
        } catch (SQLException e) {
            return db.displayUrl();
        }
    }

    /** A sentence for a failed connection, by the SQL state the driver or server gives. */
    static String describe(Database db, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = db.user().orElse(System.getProperty("user.name", ""));
        if (state.equals("28P01") || state.equals("28000")) {
            return Messages.get("postgis.loginRefused", db.displayUrl(), user, Database.PASSWORD_VARIABLE);
        }
        if (state.equals("08004") && db.password().isEmpty() && !db.url().contains("password=")) {
            return Messages.get("postgis.passwordMissing", db.displayUrl(), user, Database.PASSWORD_VARIABLE);
        }
        if (state.equals("3D000")) {
            return Messages.get("postgis.noDatabase", db.displayUrl());
        }
        if (state.startsWith("08")) {
            return Messages.get("postgis.unreachable", db.displayUrl(), PostgisEngine.message(e));
        }
        return Messages.get("postgis.connectFailed", db.displayUrl(), PostgisEngine.message(e));
    }
}
