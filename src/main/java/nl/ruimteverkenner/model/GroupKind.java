package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Optional;

/** The role a layer group plays in the Nota Ruimte. */
public enum GroupKind {
    /** Water en bodem: the base that steers ("sturend") what is possible. */
    BASIS("basis"),
    /** One of the three bewegingen. */
    BEWEGING("beweging"),
    /** A doorsnijdend thema. */
    THEMA("thema"),
    /** Governance overlays such as provinces and NOVEX areas. */
    BESTUUR("bestuur"),
    /** The user's own plans brought in from files (not part of the Nota Ruimte). */
    EIGEN("eigen");

    private final String id;

    GroupKind(String id) {
        this.id = id;
    }

    /** The identifier used in scenario files. */
    public String id() {
        return id;
    }

    /** Looks a kind up by its file identifier. */
    public static Optional<GroupKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
