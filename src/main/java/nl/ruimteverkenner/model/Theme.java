package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the Nota Ruimte a feature or keuze belongs to: the base (water en bodem), the three
 * bewegingen, the two doorsnijdende thema's and the governance overlays.
 */
public enum Theme {
    WATER_EN_BODEM("water-en-bodem", GroupKind.BASIS),
    BEWEGING_1("beweging-1", GroupKind.BEWEGING),
    BEWEGING_2("beweging-2", GroupKind.BEWEGING),
    BEWEGING_3("beweging-3", GroupKind.BEWEGING),
    DEFENSIE("defensie", GroupKind.THEMA),
    ERFGOED_LANDSCHAP("erfgoed-landschap", GroupKind.THEMA),
    BESTUUR("bestuur", GroupKind.BESTUUR),
    /** The group "Eigen plannen": layers a user imported from files (a gemeente's housing plans, say). */
    EIGEN_PLANNEN("eigen-plannen", GroupKind.EIGEN);

    private final String id;
    private final GroupKind kind;

    Theme(String id, GroupKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The identifier used in scenario files, e.g. {@code beweging-1}. */
    public String id() {
        return id;
    }

    /** Whether this is the base, a beweging, a cross-cutting thema or a governance overlay. */
    public GroupKind kind() {
        return kind;
    }

    /** Looks a theme up by its file identifier. */
    public static Optional<Theme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
