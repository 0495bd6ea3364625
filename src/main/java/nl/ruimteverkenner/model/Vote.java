package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One dot a participant (a person or a table) put on something in a workshop: a note, a sketch or a
 * schuurpunt, by its id (a note's id, a sketch's feature id, a schuurpunt's key). A participant may put several
 * dots on the same thing.
 */
public record Vote(String participant, Kind kind, String targetId) {
    /** What can be voted on; the id is what the variant file stores. */
    public enum Kind {
        NOTE("notitie"), SKETCH("schets"), SCHUURPUNT("schuurpunt");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Kind> fromId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }

    public Vote {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        if (participant.isBlank() || targetId.isBlank()) {
            throw new IllegalArgumentException("a vote needs a participant and a target");
        }
    }

    /** Whether this dot is on the given thing. */
    public boolean isOn(Kind k, String id) {
        return kind == k && targetId.equals(id);
    }
}
