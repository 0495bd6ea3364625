package nl.ruimteverkenner.io.postgis;

/**
 * A problem with the database that the user can act on (unreachable, wrong credentials, no PostGIS, a missing
 * table): the message is a complete sentence in the current language, meant to be printed as it is.
 */
public final class PostgisException extends Exception {
    private static final long serialVersionUID = 1L;

    PostgisException(String message, Throwable cause) {
        super(message, cause);
    }

    PostgisException(String message) {
        super(message);
    }
}
