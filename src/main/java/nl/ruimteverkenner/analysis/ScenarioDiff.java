package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;

/**
 * What differs between two situations: a scenario at one horizon and a scenario (the same or a
 * variant) at another. Features are matched by id; a feature is changed when its geometry, label,
 * category, horizon or tags differ. Schuurpunten are matched by rule and pair of features.
 */
public record ScenarioDiff(List<Feature> added, List<Feature> removed, List<Feature> changed,
                           List<Schuurpunt> gained, List<Schuurpunt> resolved) {
    public ScenarioDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        gained = List.copyOf(gained);
        resolved = List.copyOf(resolved);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && gained.isEmpty() && resolved.isEmpty();
    }

    /**
     * The difference between scenario {@code a} at {@code ha} and {@code b} at {@code hb}, each analysed with
     * a fresh engine; the schuurpunten name their places from {@code areas} (e.g. the provinces).
     */
    public static ScenarioDiff of(Scenario a, Horizon ha, Scenario b, Horizon hb, List<Area> areas) {
        return of(new SchuurpuntEngine(a, areas), ha, a == b ? null : new SchuurpuntEngine(b, areas), hb);
    }

    /**
     * Compares the scenario of engine {@code ea} at {@code ha} with that of {@code eb} at {@code hb}; a null
     * {@code eb} compares the scenario of {@code ea} with itself (two horizons).
     */
    public static ScenarioDiff of(SchuurpuntEngine ea, Horizon ha, SchuurpuntEngine eb, Horizon hb) {
        SchuurpuntEngine eRight = eb == null ? ea : eb;
        Scenario a = ea.scenario();
        Scenario b = eRight.scenario();
        Map<String, Feature> left = new HashMap<>();
        a.features().filter(f -> f.isInForceAt(ha)).forEach(f -> left.put(f.id(), f));
        Map<String, Feature> right = new HashMap<>();
        b.features().filter(f -> f.isInForceAt(hb)).forEach(f -> right.put(f.id(), f));
        List<Feature> added = new ArrayList<>();
        List<Feature> changed = new ArrayList<>();
        b.features().filter(f -> right.containsKey(f.id())).forEach(f -> {
            Feature old = left.get(f.id());
            if (old == null) {
                added.add(f);
            } else if (!same(old, f)) {
                changed.add(f);
            }
        });
        List<Feature> removed = a.features().filter(f -> left.containsKey(f.id()) && !right.containsKey(f.id())).toList();
        List<Schuurpunt> sa = a.rules().isEmpty() ? List.of() : ea.analyse(ha);
        List<Schuurpunt> sb = b.rules().isEmpty() ? List.of() : eRight.analyse(hb);
        Set<String> ka = new HashSet<>();
        sa.forEach(s -> ka.add(s.key()));
        Set<String> kb = new HashSet<>();
        sb.forEach(s -> kb.add(s.key()));
        return new ScenarioDiff(added, removed, changed, sb.stream().filter(s -> !ka.contains(s.key())).toList(),
                sa.stream().filter(s -> !kb.contains(s.key())).toList());
    }

    private static boolean same(Feature x, Feature y) {
        return x.label().equals(y.label()) && x.category() == y.category() && x.horizon() == y.horizon()
                && x.tags().equals(y.tags()) && x.geometry().equalsExact(y.geometry(), 1e-9);
    }
}
