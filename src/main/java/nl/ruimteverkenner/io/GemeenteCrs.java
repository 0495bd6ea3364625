package nl.ruimteverkenner.io;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * The two coordinate systems gemeente files come in, with the box in which Dutch gemeenten must lie in
 * each (the country with a margin of some tens of kilometres). A file whose numbers do not fall in the box
 * of the system it declares (WGS84 degrees labelled as RD New, say) would put every gemeente in the wrong
 * place, so such a file is refused instead of read.
 */
public enum GemeenteCrs {
    /** Amersfoort / RD New, metres; the Netherlands is about x 0..300,000, y 289,000..629,000. */
    RD_NEW("RD New (EPSG:28992)", new Envelope(-50_000, 350_000, 250_000, 680_000)),
    /** WGS84 longitude/latitude; the Netherlands is about lon 3.2..7.3, lat 50.7..53.6. */
    WGS84("WGS84 (EPSG:4326)", new Envelope(1.0, 9.0, 49.5, 55.5));

    private final String label;
    private final Envelope box;

    GemeenteCrs(String label, Envelope box) {
        this.label = label;
        this.box = box;
    }

    /** How the system is named to the user, e.g. "RD New (EPSG:28992)". */
    String label() {
        return label;
    }

    /** Whether an extent given in this system lies in or near the Netherlands. */
    boolean plausible(Envelope e) {
        return e != null && !e.isNull() && finite(e) && box.contains(e);
    }

    /** The other system (the one the numbers may really be in). */
    GemeenteCrs other() {
        return this == RD_NEW ? WGS84 : RD_NEW;
    }

    /** The system named by an EPSG code, or null for any other code. */
    static GemeenteCrs ofEpsg(int epsg) {
        return switch (epsg) {
            case 28992 -> RD_NEW;
            case 4326 -> WGS84;
            default -> null;
        };
    }

    /** An extent for a message: "x 5.7..5.9, y 51.7..51.9". */
    public static String describe(Envelope e) {
        if (e == null || e.isNull()) {
            return "-";
        }
        return "x " + number(e.getMinX()) + ".." + number(e.getMaxX()) + ", y " + number(e.getMinY()) + ".." + number(e.getMaxY());
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static boolean finite(Envelope e) {
        return Double.isFinite(e.getMinX()) && Double.isFinite(e.getMaxX()) && Double.isFinite(e.getMinY())
                && Double.isFinite(e.getMaxY());
    }
}
