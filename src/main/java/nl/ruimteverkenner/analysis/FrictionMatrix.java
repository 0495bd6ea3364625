package nl.ruimteverkenner.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Theme;

/**
 * Totals of schuurpunten per pair of themes (beweging/thema), per relation: the hectares where claims of
 * two themes conflict, are conditional, or can be combined. Pairs are unordered and kept with the lower
 * theme first; line and point overlaps count in {@link #count}.
 */
public final class FrictionMatrix {
    private final Map<Theme, Map<Theme, EnumMap<Relation, double[]>>> cells = new EnumMap<>(Theme.class);

    private FrictionMatrix() {
    }

    public static FrictionMatrix of(List<Schuurpunt> schuurpunten) {
        FrictionMatrix m = new FrictionMatrix();
        for (Schuurpunt s : schuurpunten) {
            Theme x = s.a().theme();
            Theme y = s.b().theme();
            Theme lo = x.compareTo(y) <= 0 ? x : y;
            Theme hi = lo == x ? y : x;
            double[] cell = m.cells.computeIfAbsent(lo, k -> new EnumMap<>(Theme.class))
                    .computeIfAbsent(hi, k -> new EnumMap<>(Relation.class))
                    .computeIfAbsent(s.rule().relation(), k -> new double[2]);
            cell[0] += s.areaHa();
            cell[1] += 1;
        }
        return m;
    }

    private double[] cell(Theme x, Theme y, Relation r) {
        Theme lo = x.compareTo(y) <= 0 ? x : y;
        Theme hi = lo == x ? y : x;
        return cells.getOrDefault(lo, Map.of()).getOrDefault(hi, new EnumMap<>(Relation.class)).getOrDefault(r, new double[2]);
    }

    /** Total hectares of overlap between two themes for a relation (order of themes does not matter). */
    public double hectares(Theme x, Theme y, Relation r) {
        return cell(x, y, r)[0];
    }

    /** Number of schuurpunten between two themes for a relation. */
    public int count(Theme x, Theme y, Relation r) {
        return (int) cell(x, y, r)[1];
    }

    /** Number of schuurpunten between two themes, all relations. */
    public int count(Theme x, Theme y) {
        int n = 0;
        for (Relation r : Relation.values()) {
            n += count(x, y, r);
        }
        return n;
    }

    /** Whether a schuurpunt lies between these two themes (either way round). */
    public static boolean between(Schuurpunt s, Theme x, Theme y) {
        return (s.a().theme() == x && s.b().theme() == y) || (s.a().theme() == y && s.b().theme() == x);
    }
}
