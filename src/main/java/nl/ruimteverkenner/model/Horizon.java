package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Optional;

/** The three time horizons of the Nota Ruimte: nu (2030), straks (2050) and later (2100, doorkijk). */
public enum Horizon {
    H2030(2030),
    H2050(2050),
    H2100(2100);

    private final int year;

    Horizon(int year) {
        this.year = year;
    }

    /** The year, as written in scenario files. */
    public int year() {
        return year;
    }

    /** Looks a horizon up by its year. */
    public static Optional<Horizon> fromYear(int year) {
        return Arrays.stream(values()).filter(h -> h.year == year).findFirst();
    }
}
