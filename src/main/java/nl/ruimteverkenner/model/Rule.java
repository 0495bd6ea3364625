package nl.ruimteverkenner.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A schuurpunten rule: where features matching {@code a} overlap features matching {@code b} (within
 * {@code bufferMeters} of b), the claims relate as {@code relation}.
 *
 * @param sturend which side steers ('a' or 'b') when water en bodem is involved; empty otherwise
 * @param choice  the choice that must be made there; may be empty
 */
public record Rule(String id, Relation relation, String title, Selector a, Selector b, double bufferMeters,
                   Optional<Character> sturend, String explanation, String choice, Citation source) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(sturend, "sturend");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(source, "source");
        choice = choice == null ? "" : choice;
        if (bufferMeters < 0) {
            throw new IllegalArgumentException("negative buffer");
        }
    }
}
