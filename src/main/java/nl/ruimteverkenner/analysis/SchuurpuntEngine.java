package nl.ruimteverkenner.analysis;

import nl.ruimteverkenner.basemap.Provinces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Finds schuurpunten: for each rule of a scenario, every pair of features in force at a horizon where a
 * feature matching side a overlaps a feature matching side b (or lies within the rule's buffer of it).
 * Works in RD New so buffers are metres and areas hectares.
 *
 * <p>Candidate pairs come from an STR-tree over the b side; each a feature is prepared once per rule and tested
 * against its candidates; overlaps are computed with {@link OverlayNGRobust}, which does not fail on
 * nearly-coincident edges. Pairs whose interiors do not meet (features that only touch) are not reported.
 * Geometry that turns invalid by projection or buffering is repaired with {@link GeometryFixer}. Pure JTS.
 *
 * <p>Thread-safe: the projected geometries are fixed at construction, the buffered geometries are cached in a
 * concurrent map, so one engine can serve the
 * schuurpunten pane, the lens, live sketching and the report at once (see {@link AnalysisSession}).
 */
public final class SchuurpuntEngine implements AnalysisEngine {
    private final Scenario scenario;
    private final List<Area> areas;
    private final Map<String, Geometry> rd = new HashMap<>();
    private final Map<String, Geometry> buffered = new ConcurrentHashMap<>();
    private final STRtree areaIndex = new STRtree();
    /** For features that share their place with another ({@code sameAs}): the id of that place's feature. */
    private final Map<String, String> placeOf = new HashMap<>();

    private final Map<String, Unusable> unusable = new LinkedHashMap<>();

    private record PreparedArea(Area area, PreparedGeometry prepared) {
    }

    /**
     * A feature the analysis cannot use because its geometry cannot be projected to RD New (for example a
     * polygon reaching the poles); it takes part in no schuurpunt and is reported instead of vanishing.
     *
     * @param featureId the feature's id
     * @param reason    why, in Dutch
     */
    public record Unusable(String featureId, String reason) {
    }

    /**
     * Prepares a scenario for analysis; {@code areas} name the places (provinces, gemeenten), e.g.
     * {@code basemap.Provinces.all()}.
     */
    public SchuurpuntEngine(Scenario scenario, List<Area> areas) {
        this(scenario, areas, null);
    }

    /** Reuses the projected geometry of {@code previous} for every feature that is the same object in both. */
    private SchuurpuntEngine(Scenario scenario, List<Area> areas, SchuurpuntEngine previous) {
        this.scenario = scenario;
        this.areas = List.copyOf(areas);
        Map<String, Feature> before = new HashMap<>();
        if (previous != null) {
            previous.scenario.features().forEach(f -> before.put(f.id(), f));
        }
        List<Feature> features = scenario.features().toList();
        // projected on all cores, then entered in scenario order (the unusable features keep that order)
        Projected[] projected = new Projected[features.size()];
        IntStream.range(0, features.size()).parallel().forEach(i -> {
            Feature f = features.get(i);
            if (before.get(f.id()) != f) {
                projected[i] = project(f);
            }
        });
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            if (projected[i] == null) {
                Geometry kept = previous.rd.get(f.id());
                if (kept != null) {
                    rd.put(f.id(), kept);
                }
                Unusable u = previous.unusable.get(f.id());
                if (u != null) {
                    unusable.put(f.id(), u);
                }
            } else {
                rd.put(f.id(), projected[i].rd());
                if (projected[i].reason() != null) {
                    unusable.put(f.id(), new Unusable(f.id(), projected[i].reason()));
                }
            }
        }
        scenario.features().forEach(f -> f.sameAs().ifPresent(target -> placeOf.put(f.id(), target)));
        for (Area a : this.areas) {
            areaIndex.insert(a.rd().getEnvelopeInternal(), new PreparedArea(a, PreparedGeometryFactory.prepare(a.rd())));
        }
        areaIndex.build();
    }

    /** A feature's RD New geometry, or an empty one and the reason it cannot be projected. */
    private record Projected(Geometry rd, String reason) {
    }

    private static Projected project(Feature f) {
        String reason;
        try {
            Geometry g = RdNew.toRd(f.geometry());
            if (!g.isEmpty() && allFinite(g)) {
                return new Projected(g, null);
            }
            reason = Messages.get("analysis.unusable.projection");
        } catch (RuntimeException e) {
            reason = Messages.get("analysis.unusable.projectionFailed", String.valueOf(e.getMessage()));
        }
        return new Projected(f.geometry().getFactory().createGeometryCollection(), reason);
    }

    private static boolean allFinite(Geometry g) {
        boolean[] finite = {true};
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                if (!Double.isFinite(seq.getX(i)) || !Double.isFinite(seq.getY(i))) {
                    finite[0] = false;
                }
            }

            @Override
            public boolean isDone() {
                return !finite[0];
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
        return finite[0];
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The features left out of the analysis because they cannot be projected to RD New, in scenario order. */
    @Override
    public List<Unusable> unusable() {
        return List.copyOf(unusable.values());
    }

    /**
     * An engine for an edited version of this engine's scenario (a sketch added, a shape changed): features
     * that did not change keep their projected geometry, so only the edited ones are projected again.
     */
    public SchuurpuntEngine derive(Scenario edited) {
        return new SchuurpuntEngine(edited, areas, this);
    }

    /** The feature's geometry in RD New. */
    public Geometry rd(Feature f) {
        return rd.get(f.id());
    }

    /** All schuurpunten at a horizon, largest area first. */
    public List<Schuurpunt> analyse(Horizon horizon) {
        return analyse(horizon, Optional.empty());
    }

    /**
     * All schuurpunten at a horizon, optionally limited to a region (RD New geometry; overlaps are clipped
     * to it), largest area first.
     */
    @Override
    public List<Schuurpunt> analyse(Horizon horizon, Optional<Geometry> regionRd) {
        return analyse(horizon, regionRd, null);
    }

    /**
     * As {@link #analyse(Horizon, Optional)}, telling {@code progress} after each rule how many of the scenario's
     * rules are done (called on the calling thread; may be null).
     */
    public List<Schuurpunt> analyse(Horizon horizon, Optional<Geometry> regionRd, Progress progress) {
        return analyse(horizon, regionRd, progress, true);
    }

    /**
     * As {@link #analyse(Horizon, Optional)}, for callers that print figures and no shapes: each schuurpunt keeps only
     * the centre of its overlap ({@link Schuurpunt#withoutOverlap}), so the overlaps of a large scenario do not all sit
     * in memory until the last one is found.
     */
    public List<Schuurpunt> analyseWithoutOverlaps(Horizon horizon, Optional<Geometry> regionRd) {
        return analyse(horizon, regionRd, null, false);
    }

    private List<Schuurpunt> analyse(Horizon horizon, Optional<Geometry> regionRd, Progress progress, boolean keepOverlaps) {
        List<Schuurpunt> out = new ArrayList<>();
        PreparedGeometry region = regionRd.map(PreparedGeometryFactory::prepare).orElse(null);
        int done = 0;
        for (Rule rule : scenario.rules()) {
            analyseRule(rule, horizon, regionRd, region, keepOverlaps, out);
            if (progress != null) {
                progress.rulesDone(++done, scenario.rules().size());
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** Told how far an analysis is. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} rules are analysed. */
        void rulesDone(int done, int total);
    }

    /**
     * One rule. The a features are indexed by their envelope; each b feature asks for the a features within the
     * buffer of its envelope (plus the simplification JTS allows itself), a candidate pair must first pass a distance
     * test, and only then is b buffered (once, cached) and its zone prepared (once per rule). An a feature that lies
     * wholly inside the zone is the overlap itself, so no overlay is computed for it. The b features are evaluated in
     * parallel; the pairs are merged in scenario order of a and, per a, of b, so the outcome does not depend on threads
     * or index layout and equals {@link #analyseNaive}.
     */
    private void analyseRule(Rule rule, Horizon horizon, Optional<Geometry> regionRd, PreparedGeometry region,
                             boolean keepOverlaps, List<Schuurpunt> out) {
        List<Feature> as = side(rule, true, horizon, region);
        List<Feature> bs = side(rule, false, horizon, region);
        if (as.isEmpty() || bs.isEmpty()) {
            return;
        }
        double d = Math.max(0, rule.bufferMeters());
        double reach = d * 1.05 + (d > 0 ? 1 : 0);
        STRtree tree = new STRtree();
        for (int i = 0; i < as.size(); i++) {
            tree.insert(rd.get(as.get(i).id()).getEnvelopeInternal(), i);
        }
        tree.build();
        @SuppressWarnings("unchecked")
        List<Pair>[] found = new List[bs.size()];
        IntStream.range(0, bs.size()).parallel().forEach(bi -> {
            Feature b = bs.get(bi);
            Geometry gb = rd.get(b.id());
            Envelope e = new Envelope(gb.getEnvelopeInternal());
            e.expandBy(reach);
            @SuppressWarnings("unchecked")
            List<Integer> hits = tree.query(e);
            if (hits.isEmpty()) {
                return;
            }
            Geometry zb = null;
            PreparedGeometry pz = null;
            List<Pair> mine = null;
            String y = place(b.id());
            for (int ai : hits) {
                Feature a = as.get(ai);
                String x = place(a.id());
                if (a == b || x.equals(y)) {
                    continue;
                }
                Geometry ga = rd.get(a.id());
                // until b is buffered, a distance test keeps it from being buffered for nothing; then the zone decides
                if (d > 0 && pz == null && !ga.isWithinDistance(gb, reach)) {
                    continue;
                }
                if (pz == null) {
                    zb = zone(rule, b);
                    pz = PreparedGeometryFactory.prepare(zb);
                }
                Geometry inside = null;
                if (ga.getDimension() == 2 && zb.getDimension() == 2
                        && zb.getEnvelopeInternal().contains(ga.getEnvelopeInternal()) && pz.containsProperly(ga)) {
                    inside = ga; // a lies wholly inside b's zone: a is the overlap
                } else if (!pz.intersects(ga)) {
                    continue;
                }
                Optional<Schuurpunt> s = overlap(rule, a, ga, b, zb, inside, horizon, regionRd, keepOverlaps);
                if (s.isPresent()) {
                    if (mine == null) {
                        mine = new ArrayList<>();
                    }
                    mine.add(new Pair(ai, bi, x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x, s.get()));
                }
            }
            found[bi] = mine;
        });
        List<Pair> pairs = new ArrayList<>();
        for (List<Pair> list : found) {
            if (list != null) {
                pairs.addAll(list);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        // one overlap per rule and place: features declared the same place (sameAs) count once, the first in order
        Set<String> seen = new HashSet<>();
        for (Pair c : pairs) {
            if (seen.add(c.placeKey())) {
                out.add(c.schuurpunt());
            }
        }
    }

    /** A schuurpunt found for the a feature at index {@code a} and the b feature at index {@code b} of a rule's sides. */
    private record Pair(int a, int b, String placeKey, Schuurpunt schuurpunt) {
    }

    /**
     * The schuurpunten one feature would have at a horizon if it were part of the scenario: a sketch still
     * being drawn, or a feature whose shape is being changed (a feature with the same id in the scenario is
     * left out and replaced by the candidate). Only pairs with the candidate are computed, so this is fast
     * enough to run while the user moves the mouse. Largest area first.
     */
    public List<Schuurpunt> analyseCandidate(Feature candidate, Horizon horizon) {
        List<Schuurpunt> out = new ArrayList<>();
        if (!candidate.isInForceAt(horizon)) {
            return out;
        }
        Geometry gc = RdNew.toRd(candidate.geometry());
        if (!gc.isValid()) {
            gc = GeometryFixer.fix(gc);
        }
        PreparedGeometry pc = PreparedGeometryFactory.prepare(gc);
        for (Rule rule : scenario.rules()) {
            Set<String> seen = new HashSet<>();
            if (rule.a().matches(candidate)) {
                double d = Math.max(0, rule.bufferMeters());
                for (Feature b : side(rule, false, horizon, null)) {
                    if (b.id().equals(candidate.id())
                            || gc.getEnvelopeInternal().distance(rd.get(b.id()).getEnvelopeInternal()) > d * 1.05 + (d > 0 ? 1 : 0)) {
                        continue; // not buffered: its zone lies within that distance
                    }
                    Geometry zb = zone(rule, b);
                    if (gc.getEnvelopeInternal().intersects(zb.getEnvelopeInternal()) && pc.intersects(zb)) {
                        overlap(rule, candidate, gc, b, zb, horizon, Optional.empty(), seen).ifPresent(out::add);
                    }
                }
            }
            if (rule.b().matches(candidate)) {
                Geometry zc = rule.bufferMeters() <= 0 ? gc : GeometryFixer.fix(gc.buffer(rule.bufferMeters(), 8));
                PreparedGeometry pz = PreparedGeometryFactory.prepare(zc);
                for (Feature a : side(rule, true, horizon, null)) {
                    Geometry ga = rd.get(a.id());
                    if (!a.id().equals(candidate.id()) && ga.getEnvelopeInternal().intersects(zc.getEnvelopeInternal())
                            && pz.intersects(ga)) {
                        overlap(rule, a, ga, candidate, zc, horizon, Optional.empty(), seen).ifPresent(out::add);
                    }
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The feature that stands for the place of {@code id}: itself, or the feature it declares to be the same
     * place as (followed to the end of a chain; an unknown target or a loop ends it).
     */
    private String place(String id) {
        String current = id;
        for (int steps = 0; steps < 16; steps++) {
            String next = placeOf.get(current);
            if (next == null || !rd.containsKey(next)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /**
     * The same result without spatial index or prepared geometry: every a against every b. Only for the
     * benchmark, to show what the index saves.
     */
    public List<Schuurpunt> analyseNaive(Horizon horizon) {
        List<Schuurpunt> out = new ArrayList<>();
        for (Rule rule : scenario.rules()) {
            List<Feature> as = side(rule, true, horizon, null);
            List<Feature> bs = side(rule, false, horizon, null);
            Set<String> seen = new HashSet<>();
            for (Feature a : as) {
                for (Feature b : bs) {
                    Geometry zb = zone(rule, b);
                    if (a != b && rd.get(a.id()).intersects(zb)) {
                        overlap(rule, a, rd.get(a.id()), b, zb, horizon, Optional.empty(), seen).ifPresent(out::add);
                    }
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    private static final Comparator<Schuurpunt> ORDER = Comparator.comparingDouble(Schuurpunt::areaHa).reversed()
            .thenComparing(Comparator.comparingDouble(Schuurpunt::lengthKm).reversed())
            .thenComparing(Schuurpunt::key);

    private List<Feature> side(Rule rule, boolean a, Horizon horizon, PreparedGeometry region) {
        List<Feature> out = new ArrayList<>();
        scenario.features().forEach(f -> {
            if (!unusable.containsKey(f.id()) && f.isInForceAt(horizon) && (a ? rule.a() : rule.b()).matches(f)
                    && (region == null || region.intersects(rd.get(f.id())))) {
                out.add(f);
            }
        });
        return out;
    }

    /** The b feature's geometry grown by the rule's buffer (computed once per feature and distance). */
    private Geometry zone(Rule rule, Feature b) {
        if (rule.bufferMeters() <= 0) {
            return rd.get(b.id());
        }
        String key = b.id() + "@" + rule.bufferMeters();
        Geometry z = buffered.get(key);
        if (z == null) {
            // computed outside the map, so threads buffering other features never wait for this one
            Geometry g = rd.get(b.id()).buffer(rule.bufferMeters(), 8);
            z = g.isValid() ? g : GeometryFixer.fix(g);
            Geometry other = buffered.putIfAbsent(key, z);
            z = other != null ? other : z;
        }
        return z;
    }

    private Optional<Schuurpunt> overlap(Rule rule, Feature a, Geometry ga, Feature b, Geometry zb, Horizon horizon,
                                         Optional<Geometry> region, Set<String> seen) {
        // one overlap per rule and place: features declared the same place (sameAs) count once
        String x = place(a.id());
        String y = place(b.id());
        String key = x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
        if (x.equals(y) || seen.contains(key)) {
            return Optional.empty();
        }
        Optional<Schuurpunt> s = overlap(rule, a, ga, b, zb, null, horizon, region, true);
        if (s.isPresent()) {
            seen.add(key);
        }
        return s;
    }

    /**
     * The schuurpunt of a and b's zone, or empty when they only touch or meet in a sliver; without {@code keepOverlap}
     * it keeps only the overlap's centre. {@code known} is the overlap when the caller already knows it (a wholly inside
     * b's zone), or null.
     */
    private Optional<Schuurpunt> overlap(Rule rule, Feature a, Geometry ga, Feature b, Geometry zb, Geometry known,
                                         Horizon horizon, Optional<Geometry> region, boolean keepOverlap) {
        Geometry overlap = known != null ? known : OverlayNGRobust.overlay(ga, zb, OverlayNG.INTERSECTION);
        boolean areas = ga.getDimension() == 2 && zb.getDimension() == 2;
        if (areas ? overlap.getArea() <= 0 : ga.relate(zb).get(Location.INTERIOR, Location.INTERIOR) < 0) {
            return Optional.empty(); // they only touch
        }
        if (region.isPresent()) {
            overlap = OverlayNGRobust.overlay(overlap, region.get(), OverlayNG.INTERSECTION);
        }
        if (overlap.isEmpty()) {
            return Optional.empty();
        }
        double areaHa = overlap.getDimension() == 2 ? overlap.getArea() / 10_000 : 0;
        double lengthKm = overlap.getDimension() == 1 ? overlap.getLength() / 1000 : 0;
        if (overlap.getDimension() == 2 && areaHa < 1e-4) {
            return Optional.empty(); // numerical sliver
        }
        return Optional.of(keepOverlap ? new Schuurpunt(rule, a, b, horizon, overlap, areaHa, lengthKm, places(overlap))
                : Schuurpunt.withoutOverlap(rule, a, b, horizon, overlap, areaHa, lengthKm, places(overlap)));
    }

    private List<String> places(Geometry overlap) {
        Map<String, Double> share = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<PreparedArea> hits = areaIndex.query(overlap.getEnvelopeInternal());
        for (PreparedArea pa : hits) {
            Area area = pa.area();
            if (!pa.prepared().intersects(overlap)) {
                continue;
            }
            if (pa.prepared().containsProperly(overlap)) {
                // wholly inside this area: no overlay needed
                share.merge(area.name(), overlap.getDimension() == 2 ? overlap.getArea()
                        : overlap.getDimension() == 1 ? overlap.getLength() : 1.0, Double::sum);
                continue;
            }
            double size = overlap.getDimension() == 2
                    ? OverlayNGRobust.overlay(overlap, area.rd(), OverlayNG.INTERSECTION).getArea()
                    : overlap.getDimension() == 1 ? OverlayNGRobust.overlay(overlap, area.rd(), OverlayNG.INTERSECTION).getLength() : 1;
            if (size > 0) {
                share.merge(area.name(), size, Double::sum);
            }
        }
        return share.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
