package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.model.Horizon;

/**
 * How schuurpunten change between two horizons: which appear, which persist (with their area then and
 * now) and which disappear.
 */
public record HorizonComparison(Horizon from, Horizon to, List<Schuurpunt> appearing, List<Schuurpunt[]> persisting,
                                List<Schuurpunt> disappearing) {
    public HorizonComparison {
        appearing = List.copyOf(appearing);
        persisting = List.copyOf(persisting);
        disappearing = List.copyOf(disappearing);
    }

    /** Compares the schuurpunten found at {@code from} with those at {@code to}. */
    public static HorizonComparison of(Horizon from, List<Schuurpunt> atFrom, Horizon to, List<Schuurpunt> atTo) {
        Map<String, Schuurpunt> before = new LinkedHashMap<>();
        atFrom.forEach(s -> before.put(s.key(), s));
        Map<String, Schuurpunt> after = new LinkedHashMap<>();
        atTo.forEach(s -> after.put(s.key(), s));
        List<Schuurpunt> appearing = new ArrayList<>();
        List<Schuurpunt[]> persisting = new ArrayList<>();
        for (Schuurpunt s : atTo) {
            Schuurpunt old = before.get(s.key());
            if (old == null) {
                appearing.add(s);
            } else {
                persisting.add(new Schuurpunt[] {old, s});
            }
        }
        List<Schuurpunt> disappearing = atFrom.stream().filter(s -> !after.containsKey(s.key())).toList();
        return new HorizonComparison(from, to, appearing, persisting, disappearing);
    }

    /** All horizons of a scenario analysed with one engine. */
    public static Map<Horizon, List<Schuurpunt>> perHorizon(SchuurpuntEngine engine, List<Horizon> horizons) {
        Map<Horizon, List<Schuurpunt>> out = new EnumMap<>(Horizon.class);
        for (Horizon h : horizons) {
            out.put(h, engine.analyse(h));
        }
        return out;
    }
}
