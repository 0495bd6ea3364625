package nl.ruimteverkenner.analysis;

import java.util.List;
import java.util.Objects;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Rule;
import org.locationtech.jts.geom.Geometry;

/**
 * A place where two claims meet under a rule: feature {@code a} (matching the rule's a side) overlaps
 * feature {@code b} (or its buffer).
 *
 * @param overlap  the overlap in lon/lat (for drawing)
 * @param areaHa   overlap area in hectares (RD New); 0 for line or point overlaps
 * @param lengthKm length of line overlaps in kilometres; 0 otherwise
 * @param places   names of the provinces (or other areas) the overlap lies in, largest share first
 */
public record Schuurpunt(Rule rule, Feature a, Feature b, Horizon horizon, Geometry overlap, double areaHa,
                         double lengthKm, List<String> places) {
    public Schuurpunt {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(overlap, "overlap");
        places = List.copyOf(places);
    }

    /** Identifies the schuurpunt across horizons: rule and the pair of features. */
    public String key() {
        String x = a.id();
        String y = b.id();
        return rule.id() + "|" + (x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x);
    }
}
