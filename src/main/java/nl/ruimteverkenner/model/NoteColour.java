package nl.ruimteverkenner.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The few colours a workshop note can have: strong enough to read on a projector, each with the text colour that
 * stays readable on it. The id is what the variant file stores.
 */
public enum NoteColour {
    YELLOW("geel", "#ffd600", false),
    ORANGE("oranje", "#fb8c00", false),
    PINK("roze", "#d81b60", true),
    BLUE("blauw", "#1e63c8", true),
    GREEN("groen", "#2e7d32", true);

    private final String id;
    private final String hex;
    private final boolean lightText;

    NoteColour(String id, String hex, boolean lightText) {
        this.id = id;
        this.hex = hex;
        this.lightText = lightText;
    }

    /** The id in files ("geel", "oranje", ...). */
    public String id() {
        return id;
    }

    /** The fill colour as {@code #rrggbb}. */
    public String hex() {
        return hex;
    }

    /** Whether text on this colour is white (else black). */
    public boolean lightText() {
        return lightText;
    }

    /** The colour with this id, if any. */
    public static Optional<NoteColour> fromId(String id) {
        String x = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(x)).findFirst();
    }
}
