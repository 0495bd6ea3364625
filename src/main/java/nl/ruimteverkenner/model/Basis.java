package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a feature's geometry rests on, strongest first: an official dataset, a drawing after a document's map
 * or text, or an assumption where the documents give no place. A schuurpunt rests on the weaker basis of
 * its two claims.
 */
public enum Basis {
    /** From a named dataset (with its date). */
    OFFICIEEL("officieel"),
    /**
     * An own plan (of a gemeente or province) brought in from a file: its outline is exact as drawn, but it is a
     * plan, not an adopted dataset; weaker than official data, stronger than a drawing after a document.
     */
    EIGEN_PLAN("eigen-plan"),
    /** Drawn after a document's map or text: the place is right, the outline approximate. */
    SCHEMATISCH("schematisch"),
    /** The documents give no place: the outline is our assumption. */
    AANNAME("aanname");

    private final String id;

    Basis(String id) {
        this.id = id;
    }

    /** The value in the scenario files and in {@code analyse --json}. */
    public String id() {
        return id;
    }

    public static Optional<Basis> fromId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
    }

    /** The weaker of two bases (an aanname is weaker than a schematic drawing, which is weaker than data). */
    public static Basis weakest(Basis a, Basis b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whether a number resting on this basis is indicative only (shown with ≈): the outline is approximate. */
    public boolean isIndicative() {
        return this == SCHEMATISCH || this == AANNAME;
    }
}
