package nl.ruimteverkenner.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Benchmark of the schuurpunten engine; prints figures, asserts nothing:
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ruimteverkenner.bench.AnalysisBenchmark [-Dexec.args=scenario]}.
 * Measures all-pairs analysis of a real scenario (warm), the live analysis of one sketch being dragged,
 * all-pairs analysis of a generated scenario with 10,000 features, and the speed-up of the STR-tree and prepared geometry over a naive pairwise loop on the same input.
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "scenarios/voorontwerp-nota-ruimte-2024";
        Provinces.all();
        Scenario real = new ScenarioReader().read(Path.of(path)).scenario().orElseThrow();
        long t0 = System.nanoTime();
        SchuurpuntEngine engine = new SchuurpuntEngine(real, Provinces.all());
        double prepMs = (System.nanoTime() - t0) / 1e6;
        int found = 0;
        double[] runs = new double[25];
        for (int i = -5; i < runs.length; i++) {
            long s = System.nanoTime();
            found = engine.analyse(Horizon.H2100).size();
            if (i >= 0) {
                runs[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "%s: %d features, %d rules, %d schuurpunten at 2100; projection %.0f ms once; "
                        + "analysis warm median %.1f ms, p95 %.1f ms (target < 100 ms)%n",
                real.name(), real.features().count(), real.rules().size(), found, prepMs, runs[runs.length / 2],
                runs[(int) Math.ceil(runs.length * 0.95) - 1]);

        live(real, engine);

        Scenario big = generated(10_000, 42);
        t0 = System.nanoTime();
        SchuurpuntEngine bigEngine = new SchuurpuntEngine(big, Provinces.all());
        prepMs = (System.nanoTime() - t0) / 1e6;
        bigEngine.analyse(Horizon.H2030);
        long s = System.nanoTime();
        int bigFound = bigEngine.analyse(Horizon.H2030).size();
        double indexed = (System.nanoTime() - s) / 1e6;
        s = System.nanoTime();
        int naiveFound = bigEngine.analyseNaive(Horizon.H2030).size();
        double naive = (System.nanoTime() - s) / 1e6;
        System.out.printf(Locale.ROOT, "generated: 10,000 features, %d rules, %d schuurpunten; projection %.0f ms once; "
                        + "analysis %.0f ms (target < 2000 ms); naive pairwise %.0f ms (%d found): indexed is %.1f× faster%n",
                big.rules().size(), bigFound, prepMs, indexed, naive, naiveFound, naive / indexed);
    }

    /**
     * The live analysis while sketching: one housing polygon (about 2.5 by 2.5 km) dragged across the
     * Waal near Nijmegen in 200 steps, each analysed against the whole scenario as happens on every mouse move.
     */
    private static void live(Scenario real, SchuurpuntEngine engine) {
        Coordinate c = real.feature("wb-uiterwaarden-waal").map(f -> f.geometry().getInteriorPoint().getCoordinate())
                .orElse(new Coordinate(5.86, 51.85));
        Citation src = new Citation("WP", 1, "");
        double[] runs = new double[200];
        int hits = 0;
        for (int i = -20; i < runs.length; i++) {
            double dx = 0.2 * ((Math.max(i, 0) % 100) / 100.0 - 0.5);
            Feature sketch = Feature.builder("schets-1", "schets-beweging-3",
                            new GeometryFactory().createPoint(new Coordinate(c.x + dx, c.y)).buffer(0.018, 6))
                    .label("schets").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                    .sources(List.of(src)).schematic(true).tags(Set.of("wonen", "woningbouw", "verstedelijking")).build();
            long s = System.nanoTime();
            int n = engine.analyseCandidate(sketch, Horizon.H2050).size();
            if (i >= 0) {
                runs[i] = (System.nanoTime() - s) / 1e6;
                hits += n;
            }
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "live while sketching: one polygon against %d features, 200 positions, %d schuurpunten; "
                        + "median %.2f ms, p95 %.2f ms, max %.2f ms (budget: one frame, 16.7 ms)%n",
                real.features().count(), hits, runs[runs.length / 2], runs[(int) Math.ceil(runs.length * 0.95) - 1],
                runs[runs.length - 1]);
    }

    /** Random small polygons over the Netherlands in five layers, with five rules between them. */
    static Scenario generated(int n, long seed) {
        Random rnd = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        String[] tags = {"wonen", "uiterwaard", "natuur", "industrie", "laagvlieg"};
        Theme[] themes = {Theme.BEWEGING_3, Theme.WATER_EN_BODEM, Theme.BEWEGING_1, Theme.BEWEGING_2, Theme.DEFENSIE};
        List<List<Feature>> perLayer = new ArrayList<>();
        for (int l = 0; l < tags.length; l++) {
            perLayer.add(new ArrayList<>());
        }
        Citation src = new Citation("NR", 1, "");
        for (int i = 0; i < n; i++) {
            int l = i % tags.length;
            double lon = 4.0 + rnd.nextDouble() * 2.8;
            double lat = 51.5 + rnd.nextDouble() * 1.6;
            double r = 0.003 + rnd.nextDouble() * 0.02;
            int k = 8;
            Coordinate[] ring = new Coordinate[k + 1];
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                double rr = r * (0.7 + 0.6 * rnd.nextDouble());
                ring[j] = new Coordinate(lon + rr * Math.cos(a) * 1.6, lat + rr * Math.sin(a));
            }
            ring[k] = ring[0];
            perLayer.get(l).add(Feature.builder("g" + i, tags[l], gf.createPolygon(ring)).theme(themes[l]).horizon(Horizon.H2030)
                    .category(KeuzeCategorie.GEMAAKT).description("generated").sources(List.of(src)).schematic(true)
                    .tags(Set.of(tags[l])).build());
        }
        LayerStyle st = new LayerStyle("#777777", 0.5, 1, LayerStyle.PointSymbol.CIRCLE);
        List<Layer> layers = new ArrayList<>();
        List<LayerGroup> groups = new ArrayList<>();
        for (int l = 0; l < tags.length; l++) {
            layers.add(new Layer(tags[l], themes[l], tags[l], "", true, st, perLayer.get(l)));
            groups.add(new LayerGroup(themes[l], themes[l].id(), ""));
        }
        List<Rule> rules = List.of(
                rule("r1", Relation.CONFLICT, "wonen", "uiterwaard", 0, src),
                rule("r2", Relation.CONFLICT, "wonen", "industrie", 1500, src),
                rule("r3", Relation.VOORWAARDELIJK, "natuur", "laagvlieg", 0, src),
                rule("r4", Relation.KOPPELKANS, "uiterwaard", "natuur", 0, src),
                rule("r5", Relation.CONFLICT, "industrie", "natuur", 500, src));
        return Scenario.builder("gen", "generated").groups(groups).layers(layers).rules(rules).build();
    }

    private static Rule rule(String id, Relation rel, String a, String b, double buffer, Citation src) {
        return new Rule(id, rel, id, new Selector(Set.of(), Set.of(a), Set.of(), Set.of(), Set.of()),
                new Selector(Set.of(), Set.of(b), Set.of(), Set.of(), Set.of()), buffer,
                b.equals("uiterwaard") || a.equals("uiterwaard") ? Optional.of(b.equals("uiterwaard") ? 'b' : 'a') : Optional.empty(),
                "generated", "", src);
    }
}
