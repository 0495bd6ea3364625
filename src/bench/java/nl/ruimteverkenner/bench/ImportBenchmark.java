package nl.ruimteverkenner.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ExportFeature;
import nl.ruimteverkenner.io.GeoPackageWriter;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.imports.ImportProgress;
import nl.ruimteverkenner.io.imports.ImportSpec;
import nl.ruimteverkenner.io.imports.ImportedLayer;
import nl.ruimteverkenner.io.imports.LayerImporter;
import nl.ruimteverkenner.io.imports.SourceData;
import nl.ruimteverkenner.io.imports.SourceReader;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Benchmark of importing a large file as a layer; prints figures, asserts nothing:
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ruimteverkenner.bench.ImportBenchmark [-Dexec.args="10000 100000 200000 2g"]}.
 * For each size writes a GeoPackage (RD New, with the project's {@link GeoPackageWriter}) of that many small octagons
 * spread over the Netherlands, a third of them housing ({@code FUNCTIE=wonen}), then in a child JVM with the given
 * maximum heap (default 2g) reads it and turns it into a layer of the voorontwerp (as *Laag toevoegen…* does, tag
 * {@code wonen → woningbouw} so the scenario's rules apply), and computes the schuurpunten at 2050; prints the time of
 * each step and the peak heap use of the import and of the analysis (the sum of the peak use of the heap pools, an
 * upper bound).
 */
public final class ImportBenchmark {
    private static final GeometryFactory GF = new GeometryFactory();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        String heap = "2g";
        for (String a : args) {
            if (a.matches("\\d+")) {
                sizes.add(Integer.parseInt(a));
            } else {
                heap = a;
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(10_000, 100_000, 200_000));
        }
        Path dir = Files.createTempDirectory("import-bench");
        try {
            for (int n : sizes) {
                Path file = dir.resolve("plannen-" + n + ".gpkg");
                long t0 = System.nanoTime();
                write(file, n);
                System.out.printf(Locale.ROOT, "%,d polygons: GeoPackage of %.1f MB written in %.1f s%n", n,
                        Files.size(file) / 1048576.0, (System.nanoTime() - t0) / 1e9);
                child(heap, file);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void child(String heap, Path file) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", Benchmark.classPath(), Child.class.getName(), file.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.MINUTES);
        output.lines().forEach(l -> System.out.println("  " + l));
        if (p.exitValue() != 0) {
            System.out.println("  exit " + p.exitValue());
        }
    }

    /** Writes {@code n} octagons of 80–200 m across the Netherlands (RD New) with a name, a function and a year. */
    static void write(Path file, int n) throws Exception {
        Random r = new Random(7);
        String[] functions = {"wonen", "werken", "groen"};
        List<ExportFeature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double cx = 20_000 + r.nextDouble() * 250_000;
            double cy = 310_000 + r.nextDouble() * 290_000;
            double radius = 40 + r.nextDouble() * 60;
            Coordinate[] ring = new Coordinate[9];
            for (int k = 0; k < 8; k++) {
                double a = Math.PI * 2 * k / 8;
                ring[k] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            }
            ring[8] = ring[0];
            Geometry g = GF.createPolygon(ring);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("naam", "Plan " + (i + 1));
            props.put("FUNCTIE", functions[i % 3]);
            props.put("JAAR", 2025L + i % 30);
            // the GeoPackage writer uses only the RD geometry; the lon/lat slot is for GeoJSON
            features.add(new ExportFeature("p" + i, props, g, g));
        }
        GeoPackageWriter.write(file, "plannen", "Plannen", features);
    }

    /** Imports one file into the voorontwerp and analyses it, in a fresh JVM. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            Path file = Path.of(args[0]);
            Scenario base = new ScenarioReader().read(Path.of("scenarios", "voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
            SchuurpuntEngine before = new SchuurpuntEngine(base, Provinces.all());
            int baseCount = before.analyse(Horizon.H2050).size();
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            SourceData data = SourceReader.read(file, null, ImportProgress.NONE);
            long t1 = System.nanoTime();
            ImportSpec spec = new ImportSpec("Plannen", Theme.EIGEN_PLANNEN, Horizon.H2030, "JAAR", KeuzeCategorie.TE_MAKEN, null,
                    "naam", Set.of(), "FUNCTIE", Map.of("wonen", "woningbouw"), Basis.EIGEN_PLAN, "Benchmark", "2026-11-30", "");
            ImportedLayer layer = LayerImporter.importLayer(base, data, spec, ImportProgress.NONE);
            Scenario added = ScenarioEdits.withLayer(base, layer.layer(), layer.group(), layer.source());
            long t2 = System.nanoTime();
            double importPeak = peakMb();
            data = null;
            resetPeaks();
            long t3 = System.nanoTime();
            List<Schuurpunt> found = new SchuurpuntEngine(added, Provinces.all()).analyse(Horizon.H2050);
            long t4 = System.nanoTime();
            out.printf(Locale.ROOT, "read %.1f s + to layer %.1f s = import %.1f s, peak heap %.0f MB (max %.0f MB); %,d features%n",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, importPeak, Runtime.getRuntime().maxMemory() / 1048576.0,
                    layer.layer().features().size());
            out.printf(Locale.ROOT, "analysis at 2050 %.1f s, peak heap %.0f MB; %,d schuurpunten (%,d without the layer)%n",
                    (t4 - t3) / 1e9, peakMb(), found.size(), baseCount);
        }

        private static void resetPeaks() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }

        private static double peakMb() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak / 1048576.0;
        }
    }
}
