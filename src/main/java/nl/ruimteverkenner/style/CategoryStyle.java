package nl.ruimteverkenner.style;

import nl.ruimteverkenner.model.KeuzeCategorie;

/**
 * How a keuze category shows on the map, shared by the renderer and the legend: gemaakte keuzes solid,
 * te maken keuzes hatched with dashed edges, te agenderen keuzes as a dotted outline, context (bestaand)
 * as a light fill.
 */
public enum CategoryStyle {
    SOLID(1.0, false, null),
    HATCHED(0.35, true, new double[] {7, 4}),
    OUTLINE(0.12, false, new double[] {2, 4}),
    LIGHT(0.55, false, null);

    private final double fillFactor;
    private final boolean hatched;
    private final double[] dashes;

    CategoryStyle(double fillFactor, boolean hatched, double[] dashes) {
        this.fillFactor = fillFactor;
        this.hatched = hatched;
        this.dashes = dashes;
    }

    public static CategoryStyle of(KeuzeCategorie c) {
        return switch (c) {
            case GEMAAKT -> SOLID;
            case TE_MAKEN, TE_MAKEN_OF_AGENDEREN -> HATCHED;
            case TE_AGENDEREN -> OUTLINE;
            case BESTAAND -> LIGHT;
        };
    }

    /** Multiplier on the layer's fill opacity. */
    public double fillFactor() {
        return fillFactor;
    }

    public boolean hatched() {
        return hatched;
    }

    /** Dash pattern in screen pixels, or null for a solid line. */
    public double[] dashes() {
        return dashes == null ? null : dashes.clone();
    }
}
