package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Optional;

/** How two claims relate where they overlap. */
public enum Relation {
    /** The claims exclude each other: a choice must be made. */
    CONFLICT("conflict"),
    /** Allowed together under conditions. */
    VOORWAARDELIJK("voorwaardelijk"),
    /** A chance to combine functions. */
    KOPPELKANS("koppelkans");

    private final String id;

    Relation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Relation> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
