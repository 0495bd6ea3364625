package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The gemeente lens: for one area (gemeente, province, NOVEX area) and horizon, every feature in force
 * that touches it with the share of the area it covers, the keuzes that concern those features, and the
 * schuurpunten inside the area (clipped to it). Pure JTS, computed in RD New.
 */
public final class Lens {
    private Lens() {
    }

    /**
     * A feature touching the area.
     *
     * @param sharePercent share of the area's surface covered by the feature (areas only)
     * @param lengthKm     length inside the area (lines only)
     */
    public record Hit(Feature feature, double sharePercent, double lengthKm) {
    }

    /** What the lens shows for one area and horizon. */
    public record View(Area area, Horizon horizon, double areaHa, Map<Theme, List<Hit>> hits, Map<Theme, List<Keuze>> keuzes,
                       List<Schuurpunt> schuurpunten) {
        public View {
            hits = Collections.unmodifiableMap(new EnumMap<>(hits.isEmpty() ? new EnumMap<>(Theme.class) : hits));
            keuzes = Collections.unmodifiableMap(new EnumMap<>(keuzes.isEmpty() ? new EnumMap<>(Theme.class) : keuzes));
            schuurpunten = List.copyOf(schuurpunten);
        }

        public int featureCount() {
            return hits.values().stream().mapToInt(List::size).sum();
        }

        public int keuzeCount() {
            return keuzes.values().stream().mapToInt(List::size).sum();
        }

        public long count(Relation r) {
            return schuurpunten.stream().filter(s -> s.rule().relation() == r).count();
        }

        public double conflictHa() {
            return schuurpunten.stream().filter(s -> s.rule().relation() == Relation.CONFLICT).mapToDouble(Schuurpunt::areaHa).sum();
        }
    }

    /** Looks at {@code area} through the scenario of {@code engine} at {@code horizon}. */
    public static View of(SchuurpuntEngine engine, Area area, Horizon horizon) {
        Scenario s = engine.scenario();
        Geometry region = area.rd();
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(region);
        double areaM2 = region.getArea();
        Map<Theme, List<Hit>> hits = new EnumMap<>(Theme.class);
        Set<Feature> touched = new LinkedHashSet<>();
        s.features().forEach(f -> {
            if (!f.isInForceAt(horizon)) {
                return;
            }
            Geometry g = engine.rd(f);
            if (!g.getEnvelopeInternal().intersects(region.getEnvelopeInternal()) || !prepared.intersects(g)) {
                return;
            }
            double share = 0;
            double km = 0;
            if (g.getDimension() == 2) {
                Geometry inside = prepared.containsProperly(g) ? g : OverlayNGRobust.overlay(g, region, OverlayNG.INTERSECTION);
                if (inside.getArea() <= 0) {
                    return; // touches the border only
                }
                share = 100.0 * inside.getArea() / areaM2;
            } else if (g.getDimension() == 1) {
                Geometry inside = OverlayNGRobust.overlay(g, region, OverlayNG.INTERSECTION);
                if (inside.getLength() <= 0) {
                    return;
                }
                km = inside.getLength() / 1000;
            }
            hits.computeIfAbsent(f.theme(), t -> new ArrayList<>()).add(new Hit(f, Math.min(100, share), km));
            touched.add(f);
        });
        hits.values().forEach(list -> list.sort((x, y) -> Double.compare(y.sharePercent() + y.lengthKm(), x.sharePercent() + x.lengthKm())));
        Map<Theme, List<Keuze>> keuzes = new EnumMap<>(Theme.class);
        Map<String, Keuze> seen = new LinkedHashMap<>();
        for (Feature f : touched) {
            for (Keuze k : s.keuzesFor(f.id())) {
                if (seen.putIfAbsent(k.id(), k) == null) {
                    keuzes.computeIfAbsent(k.theme(), t -> new ArrayList<>()).add(k);
                }
            }
        }
        List<Schuurpunt> inside = engine.analyse(horizon, Optional.of(region));
        return new View(area, horizon, areaM2 / 10_000, hits, keuzes, inside);
    }
}
