package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The category of a choice in the Nota Ruimte, tied to a horizon: already made (≈2030), to be made in
 * the Nota Ruimte (≈2050), or put on the agenda for later (≈2100). {@link #BESTAAND} marks context
 * features that are not a choice at all.
 */
public enum KeuzeCategorie {
    GEMAAKT("gemaakt", Horizon.H2030),
    TE_MAKEN("te-maken", Horizon.H2050),
    TE_AGENDEREN("te-agenderen", Horizon.H2100),
    /** The single keuze labelled "Te maken/agenderen"; only valid for keuzes, not for features. */
    TE_MAKEN_OF_AGENDEREN("te-maken-of-agenderen", Horizon.H2050),
    BESTAAND("bestaand", Horizon.H2030);

    private final String id;
    private final Horizon typicalHorizon;

    KeuzeCategorie(String id, Horizon typicalHorizon) {
        this.id = id;
        this.typicalHorizon = typicalHorizon;
    }

    /** The identifier used in scenario files. */
    public String id() {
        return id;
    }

    /** The horizon this category is normally tied to. */
    public Horizon typicalHorizon() {
        return typicalHorizon;
    }

    /** Whether a map feature may carry this category. */
    public boolean allowedForFeature() {
        return this != TE_MAKEN_OF_AGENDEREN;
    }

    /** Looks a category up by its file identifier. */
    public static Optional<KeuzeCategorie> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
