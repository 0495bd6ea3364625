package nl.ruimteverkenner.model;

import java.util.Objects;

/**
 * A reference to a place in a source document.
 *
 * @param document the {@link SourceDocument#id()} cited
 * @param page     the printed page number, 1-based
 * @param section  the section path, e.g. "Beweging 1 › Keuzes over water"; may be empty
 */
public record Citation(String document, int page, String section) {
    public Citation {
        Objects.requireNonNull(document, "document");
        section = section == null ? "" : section;
    }
}
