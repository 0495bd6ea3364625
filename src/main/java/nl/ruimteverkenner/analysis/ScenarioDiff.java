package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;

/**
 * What differs between two situations: a scenario at one horizon and a scenario (the same or a variant) at
 * another. Features are matched by id; a feature is changed when its geometry, label, category, horizon,
 * thema, description or tags differ, and the change says which of these did and how its area (or length)
 * changed. Schuurpunten are matched by rule and pair of features: those only on the right are gained, those
 * only on the left resolved.
 *
 * @param features the features added, removed and changed, in that order (each in scenario order)
 * @param gained   schuurpunten on the right that the left does not have, largest first
 * @param resolved schuurpunten on the left that the right no longer has, largest first
 */
public record ScenarioDiff(List<FeatureChange> features, List<Schuurpunt> gained, List<Schuurpunt> resolved) {
    public ScenarioDiff {
        features = List.copyOf(features);
        gained = List.copyOf(gained);
        resolved = List.copyOf(resolved);
    }

    /** How a feature differs. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** What of a changed feature differs. */
    public enum Aspect { GEOMETRY, LABEL, CATEGORY, HORIZON, THEME, DESCRIPTION, TAGS }

    /**
     * One feature that differs.
     *
     * @param before        the feature on the left; null when added
     * @param after         the feature on the right; null when removed
     * @param aspects       what changed (empty unless {@link Kind#CHANGED})
     * @param areaBeforeHa  area on the left in hectares (0 when absent, or for lines and points)
     * @param areaAfterHa   area on the right in hectares
     * @param lengthBeforeKm length on the left in kilometres for lines, else 0
     * @param lengthAfterKm  length on the right in kilometres for lines, else 0
     */
    public record FeatureChange(Kind kind, Feature before, Feature after, Set<Aspect> aspects, double areaBeforeHa,
                                double areaAfterHa, double lengthBeforeKm, double lengthAfterKm) {
        public FeatureChange {
            Objects.requireNonNull(kind, "kind");
            if ((kind != Kind.ADDED && before == null) || (kind != Kind.REMOVED && after == null)) {
                throw new IllegalArgumentException("missing feature for " + kind);
            }
            aspects = aspects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(aspects));
        }

        /** The feature as it is now: the right one, or the left one when removed. */
        public Feature feature() {
            return after != null ? after : before;
        }

        /** Hectares gained (positive) or lost (negative). */
        public double areaChangeHa() {
            return areaAfterHa - areaBeforeHa;
        }

        /** Kilometres gained (positive) or lost (negative), for lines. */
        public double lengthChangeKm() {
            return lengthAfterKm - lengthBeforeKm;
        }

        /** Whether it has this aspect changed. */
        public boolean changed(Aspect a) {
            return aspects.contains(a);
        }
    }

    /** Whether nothing differs. */
    public boolean isEmpty() {
        return features.isEmpty() && gained.isEmpty() && resolved.isEmpty();
    }

    /** The features that come in on the right. */
    public List<Feature> added() {
        return of(Kind.ADDED);
    }

    /** The features of the left that the right does not have. */
    public List<Feature> removed() {
        return of(Kind.REMOVED);
    }

    /** The features on both sides that differ (as on the right). */
    public List<Feature> changed() {
        return of(Kind.CHANGED);
    }

    private List<Feature> of(Kind k) {
        return features.stream().filter(c -> c.kind() == k).map(FeatureChange::feature).toList();
    }

    /** The changes of one kind. */
    public List<FeatureChange> changes(Kind k) {
        return features.stream().filter(c -> c.kind() == k).toList();
    }

    /** Hectares of schuurpunten gained minus those resolved. */
    public double netSchuurpuntHa() {
        return gained.stream().mapToDouble(Schuurpunt::areaHa).sum() - resolved.stream().mapToDouble(Schuurpunt::areaHa).sum();
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
        Map<String, Feature> left = new LinkedHashMap<>();
        a.features().filter(f -> f.isInForceAt(ha)).forEach(f -> left.put(f.id(), f));
        Map<String, Feature> right = new LinkedHashMap<>();
        b.features().filter(f -> f.isInForceAt(hb)).forEach(f -> right.put(f.id(), f));
        List<FeatureChange> added = new ArrayList<>();
        List<FeatureChange> changed = new ArrayList<>();
        for (Feature f : right.values()) {
            Feature old = left.get(f.id());
            if (old == null) {
                added.add(change(Kind.ADDED, null, null, f, eRight, Set.of()));
            } else {
                Set<Aspect> aspects = aspects(old, f);
                if (!aspects.isEmpty()) {
                    changed.add(change(Kind.CHANGED, old, ea, f, eRight, aspects));
                }
            }
        }
        List<FeatureChange> out = new ArrayList<>(added);
        for (Feature f : left.values()) {
            if (!right.containsKey(f.id())) {
                out.add(change(Kind.REMOVED, f, ea, null, null, Set.of()));
            }
        }
        out.addAll(changed);
        List<Schuurpunt> sa = a.rules().isEmpty() ? List.of() : ea.analyse(ha);
        List<Schuurpunt> sb = b.rules().isEmpty() ? List.of() : eRight.analyse(hb);
        Set<String> ka = new HashSet<>();
        sa.forEach(s -> ka.add(s.key()));
        Set<String> kb = new HashSet<>();
        sb.forEach(s -> kb.add(s.key()));
        return new ScenarioDiff(out, sb.stream().filter(s -> !ka.contains(s.key())).toList(),
                sa.stream().filter(s -> !kb.contains(s.key())).toList());
    }

    private static FeatureChange change(Kind kind, Feature before, SchuurpuntEngine eBefore, Feature after,
                                        SchuurpuntEngine eAfter, Set<Aspect> aspects) {
        Geometry gb = before == null ? null : eBefore.rd(before);
        Geometry ga = after == null ? null : eAfter.rd(after);
        return new FeatureChange(kind, before, after, aspects, ha(gb), ha(ga), km(gb), km(ga));
    }

    private static double ha(Geometry rd) {
        return rd == null ? 0 : rd.getArea() / 10_000;
    }

    private static double km(Geometry rd) {
        return rd instanceof Lineal ? rd.getLength() / 1000 : 0;
    }

    /** What differs between two versions of a feature; empty when they are the same. */
    public static Set<Aspect> aspects(Feature x, Feature y) {
        if (x == y) {
            return Set.of();
        }
        Set<Aspect> out = EnumSet.noneOf(Aspect.class);
        if (!x.geometry().equalsExact(y.geometry(), 1e-9)) {
            out.add(Aspect.GEOMETRY);
        }
        if (!x.label().equals(y.label())) {
            out.add(Aspect.LABEL);
        }
        if (x.category() != y.category()) {
            out.add(Aspect.CATEGORY);
        }
        if (x.horizon() != y.horizon() || !x.until().equals(y.until())) {
            out.add(Aspect.HORIZON);
        }
        if (x.theme() != y.theme()) {
            out.add(Aspect.THEME);
        }
        if (!x.description().equals(y.description())) {
            out.add(Aspect.DESCRIPTION);
        }
        if (!x.tags().equals(y.tags())) {
            out.add(Aspect.TAGS);
        }
        return out;
    }
}
