package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
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
        return perHorizon(engine, horizons, null);
    }

    /**
     * As {@link #perHorizon(SchuurpuntEngine, List)}, telling {@code fraction} (may be null; called on the calling
     * thread) how much of the whole is done, from 0 to 1, after each rule of each horizon.
     */
    public static Map<Horizon, List<Schuurpunt>> perHorizon(SchuurpuntEngine engine, List<Horizon> horizons,
                                                             DoubleConsumer fraction) {
        Map<Horizon, List<Schuurpunt>> out = new EnumMap<>(Horizon.class);
        int n = horizons.size();
        for (int i = 0; i < n; i++) {
            int index = i;
            SchuurpuntEngine.Progress p = fraction == null ? null
                    : (done, total) -> fraction.accept((index + (total == 0 ? 1.0 : (double) done / total)) / n);
            out.put(horizons.get(i), engine.analyse(horizons.get(i), Optional.empty(), p));
        }
        return out;
    }
}
