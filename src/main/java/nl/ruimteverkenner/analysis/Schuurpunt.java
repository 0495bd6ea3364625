package nl.ruimteverkenner.analysis;

import java.util.List;
import java.util.Objects;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Rule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A place where two claims meet under a rule: feature {@code a} (matching the rule's a side) overlaps
 * feature {@code b} (or its buffer). Immutable; the lon/lat overlap is computed on first use. A schuurpunt made by
 * {@link #withoutOverlap} keeps only the centre of its overlap (for callers that print figures, not shapes).
 */
public final class Schuurpunt {
    private final Rule rule;
    private final Feature a;
    private final Feature b;
    private final Horizon horizon;
    private final Geometry overlapRd;
    private final double areaHa;
    private final double lengthKm;
    private final List<String> places;
    private final Point center;
    private volatile Geometry overlapLonLat;

    /**
     * @param overlapRd the overlap in RD New metres
     * @param areaHa    overlap area in hectares; 0 for line or point overlaps
     * @param lengthKm  length of line overlaps in kilometres; 0 otherwise
     * @param places    names of the provinces (or other areas) the overlap lies in, largest share first
     */
    public Schuurpunt(Rule rule, Feature a, Feature b, Horizon horizon, Geometry overlapRd, double areaHa,
                      double lengthKm, List<String> places) {
        this(rule, a, b, horizon, Objects.requireNonNull(overlapRd, "overlapRd"), null, areaHa, lengthKm, places);
    }

    private Schuurpunt(Rule rule, Feature a, Feature b, Horizon horizon, Geometry overlapRd, Point center, double areaHa,
                       double lengthKm, List<String> places) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.a = Objects.requireNonNull(a, "a");
        this.b = Objects.requireNonNull(b, "b");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.overlapRd = overlapRd;
        this.center = center;
        this.areaHa = areaHa;
        this.lengthKm = lengthKm;
        this.places = List.copyOf(places);
    }

    /**
     * A schuurpunt that keeps only the centre of its overlap, {@link #center()} of the overlap it was made from;
     * {@link #overlapRd()} and {@link #overlap()} throw. Parameters as for the constructor.
     */
    public static Schuurpunt withoutOverlap(Rule rule, Feature a, Feature b, Horizon horizon, Geometry overlapRd,
                                            double areaHa, double lengthKm, List<String> places) {
        return new Schuurpunt(rule, a, b, horizon, null, centerOf(overlapRd), areaHa, lengthKm, places);
    }

    private static Point centerOf(Geometry overlapRd) {
        return RdNew.toWgs84Unchecked(overlapRd).getInteriorPoint();
    }

    public Rule rule() {
        return rule;
    }

    public Feature a() {
        return a;
    }

    public Feature b() {
        return b;
    }

    /** What the schuurpunt rests on: the weaker basis of its two claims. */
    public Basis basis() {
        return Basis.weakest(a.basis(), b.basis());
    }

    public Horizon horizon() {
        return horizon;
    }

    /** Whether the overlap's shape is kept (not so for one made by {@link #withoutOverlap}). */
    public boolean hasOverlap() {
        return overlapRd != null;
    }

    /** The overlap in RD New metres. */
    public Geometry overlapRd() {
        return requireOverlap();
    }

    /** The overlap in lon/lat (for drawing). */
    public Geometry overlap() {
        Geometry g = overlapLonLat;
        if (g == null) {
            g = RdNew.toWgs84(requireOverlap());
            overlapLonLat = g;
        }
        return g;
    }

    /**
     * The interior point of {@link #overlap()}, in lon/lat; when the overlap has not been drawn, the lon/lat overlap is
     * made for this and dropped again, so writing many schuurpunten out does not keep a second copy of each.
     */
    public Point center() {
        if (center != null) {
            return center;
        }
        Geometry g = overlapLonLat;
        return g != null ? g.getInteriorPoint() : centerOf(overlapRd);
    }

    private Geometry requireOverlap() {
        if (overlapRd == null) {
            throw new IllegalStateException("the overlap of " + key() + " was not kept");
        }
        return overlapRd;
    }

    public double areaHa() {
        return areaHa;
    }

    public double lengthKm() {
        return lengthKm;
    }

    public List<String> places() {
        return places;
    }

    /** Identifies the schuurpunt across horizons: rule and the pair of features. */
    public String key() {
        String x = a.id();
        String y = b.id();
        return rule.id() + "|" + (x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x);
    }

    @Override
    public String toString() {
        return "Schuurpunt[" + key() + " @" + horizon.year() + "]";
    }
}
