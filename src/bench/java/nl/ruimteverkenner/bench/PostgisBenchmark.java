package nl.ruimteverkenner.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.postgis.Database;
import nl.ruimteverkenner.io.postgis.GeneratedScenarios;
import nl.ruimteverkenner.io.postgis.PostgisCluster;
import nl.ruimteverkenner.io.postgis.PostgisEngine;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;

/**
 * Times the PostGIS engine beside the embedded one; prints figures, asserts nothing:
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ruimteverkenner.bench.PostgisBenchmark
 * [-Dexec.args="jdbc:postgresql://host/db user"]} (password in RUIMTEVERKENNER_DB_PASSWORD; without a URL a throwaway
 * cluster is started as for the tests). For the bundled Voorontwerp and generated scenarios of 1,000 and 10,000
 * features: load (projection, COPY, indexes, buffer zones) and the analysis at 2100, against the embedded engine.
 */
public final class PostgisBenchmark {
    private PostgisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Database db;
        if (args.length > 0) {
            db = new Database(args[0], Optional.ofNullable(args.length > 1 ? args[1] : null),
                    Optional.ofNullable(System.getenv(Database.PASSWORD_VARIABLE)));
        } else {
            db = PostgisCluster.cluster().database();
            System.out.printf(Locale.ROOT, "throwaway cluster started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        Provinces.all();
        Scenario real = new ScenarioReader().read(Path.of("scenarios/voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
        time(db, real);
        time(db, GeneratedScenarios.generate(1_000, 1));
        time(db, GeneratedScenarios.generate(10_000, 1));
        System.exit(0);
    }

    private static void time(Database db, Scenario s) throws Exception {
        long t = System.nanoTime();
        SchuurpuntEngine jts = new SchuurpuntEngine(s, Provinces.all());
        List<Schuurpunt> expected = jts.analyse(Horizon.H2100);
        double jtsMs = (System.nanoTime() - t) / 1e6;
        t = System.nanoTime();
        try (PostgisEngine pg = PostgisEngine.open(db, s, Provinces.all(), List.of())) {
            double openMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            List<Schuurpunt> found = pg.analyse(Horizon.H2100, Optional.empty());
            double queryMs = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            pg.analyse(Horizon.H2100, Optional.empty());
            double againMs = (System.nanoTime() - t) / 1e6;
            System.out.printf(Locale.ROOT, "%-40s %6d features, %3d rules: PostGIS connect+load %6.0f ms (load %6d ms), query %6.0f ms"
                            + " (again %6.0f ms), %5d schuurpunten; embedded engine %6.0f ms, %5d schuurpunten%n",
                    s.name(), s.features().count(), s.rules().size(), openMs, pg.loadMillis(), queryMs, againMs, found.size(),
                    jtsMs, expected.size());
        }
    }
}
