package nl.ruimteverkenner.io.postgis;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the PostGIS engine connects: a JDBC URL ({@code jdbc:postgresql://host:port/database}), optionally a user
 * and a password (which may also be in the URL). Its {@link #toString()} never shows the password.
 */
public record Database(String url, Optional<String> user, Optional<String> password) {
    /** The environment variable the command line takes the password from. */
    public static final String PASSWORD_VARIABLE = "RUIMTEVERKENNER_DB_PASSWORD";

    public Database {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Whether the URL is one for PostgreSQL's JDBC driver. */
    public boolean isPostgresUrl() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with a password in it masked, for messages and logs. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "Database[" + displayUrl() + ", user=" + user.orElse("") + "]";
    }
}
