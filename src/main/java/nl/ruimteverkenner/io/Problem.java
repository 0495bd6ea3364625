package nl.ruimteverkenner.io;

import java.util.Objects;
import nl.ruimteverkenner.i18n.Messages;

/**
 * Something wrong with a scenario file, in Dutch, with where it is.
 *
 * @param severity error (the item is skipped) or warning (repaired or suspicious, still used)
 * @param file     file name relative to the scenario folder
 * @param location {@code line:column} or a JSON path such as {@code features[3].properties.horizon}; may be empty
 * @param message  what is wrong, in Dutch
 */
public record Problem(Severity severity, String file, String location, String message) {
    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        location = location == null ? "" : location;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a user: "fout: layers/x.geojson, features[2]: ...". */
    public String describe() {
        String kind = Messages.get(isError() ? "problem.error" : "problem.warning");
        return location.isEmpty()
                ? Messages.get("problem.line.noLocation", kind, file, message)
                : Messages.get("problem.line", kind, file, location, message);
    }
}
