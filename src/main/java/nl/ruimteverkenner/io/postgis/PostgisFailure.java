package nl.ruimteverkenner.io.postgis;

/**
 * A query of the PostGIS engine failed while analysing (the connection was lost, the server ran out of space):
 * unchecked, as {@link nl.ruimteverkenner.analysis.AnalysisEngine#analyse} declares nothing. The message is a complete
 * sentence in the current language.
 */
public final class PostgisFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PostgisFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
