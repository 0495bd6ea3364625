package nl.ruimteverkenner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.cli.CommandLine;

/**
 * Benchmark of reading a very large layer; prints figures, asserts nothing:
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ruimteverkenner.bench.LargeLayerBenchmark [-Dexec.args="300 2g"]}.
 * Writes a scenario with a generated layer of about the given size in MB (default 300) to a temporary
 * folder, then runs {@code validate} and {@code analyse --json} on it, each in a child JVM with the given
 * maximum heap (default 2g), and prints wall time, exit code and peak heap use (the sum of the peak use of
 * the heap memory pools, an upper bound) of each run.
 */
public final class LargeLayerBenchmark {
    private static final int POINTS_PER_FEATURE = 2000;

    private LargeLayerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String heap = args.length > 1 ? args[1] : "2g";
        Path dir = Files.createTempDirectory("large-layer");
        long t0 = System.nanoTime();
        long points = write(dir, megabytes * 1024L * 1024L);
        long size = Files.size(dir.resolve("layers/groot.geojson"));
        System.out.printf(Locale.ROOT, "generated %s: %.0f MB, %,d points in %.1f s%n", dir, size / 1048576.0, points,
                (System.nanoTime() - t0) / 1e9);
        child(heap, "validate", dir.toString());
        child(heap, "analyse", dir.toString(), "--horizon", "2050", "--json");
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    private static void child(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", Benchmark.classPath(), Child.class.getName()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("large-layer", ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.waitFor(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String peak = lines.stream().filter(l -> l.startsWith("PEAK ")).findFirst().orElse("PEAK ?");
        String first = lines.stream().filter(l -> !l.startsWith("PEAK ")).findFirst().orElse("");
        System.out.printf(Locale.ROOT, "%-8s -Xmx%s: exit %d, %.1f s wall, %s (first line: %s)%n", args[0], heap,
                p.exitValue(), seconds, peak.substring(5), first.length() > 100 ? first.substring(0, 100) + "..." : first);
        Files.delete(log);
    }

    /** Writes the scenario; returns the number of points in the large layer. */
    public static long write(Path dir, long bytes) throws IOException {
        Files.createDirectories(dir.resolve("layers"));
        Files.writeString(dir.resolve("scenario.json"), """
                { "formatVersion": 1, "id": "groot", "name": "Grote laag", "horizons": [2030, 2050, 2100],
                  "sources": [ { "id": "NR", "title": "Voorontwerp Nota Ruimte", "pages": 128 } ],
                  "groups": [ { "id": "water-en-bodem", "label": "Water en bodem", "kind": "basis" },
                              { "id": "beweging-3", "label": "Sterke steden", "kind": "beweging" } ],
                  "layers": [
                    { "id": "groot", "group": "water-en-bodem", "label": "Groot", "file": "layers/groot.geojson", "style": { "color": "#3377aa" } },
                    { "id": "wonen", "group": "beweging-3", "label": "Wonen", "file": "layers/wonen.geojson", "style": { "color": "#cc3333" } } ] }
                """);
        Files.writeString(dir.resolve("rules.json"), """
                { "rules": [ { "id": "wonen-in-water", "relation": "conflict", "title": "Wonen in water",
                  "a": { "layers": ["wonen"] }, "b": { "layers": ["groot"] }, "sturend": "b",
                  "explanation": "Uitleg.", "source": { "document": "NR", "page": 93 } } ] }
                """);
        Random r = new Random(42);
        StringBuilder wonen = new StringBuilder("{ \"type\": \"FeatureCollection\", \"features\": [\n");
        for (int i = 0; i < 200; i++) {
            double x = 4.0 + r.nextDouble() * 2.5;
            double y = 51.5 + r.nextDouble() * 1.5;
            wonen.append(i == 0 ? "" : ",\n").append(feature("wonen-" + i, x, y, 0.05, 40));
        }
        Files.writeString(dir.resolve("layers/wonen.geojson"), wonen.append("\n] }\n"));
        long points = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("layers/groot.geojson"), StandardCharsets.UTF_8)) {
            w.write("{ \"type\": \"FeatureCollection\", \"features\": [\n");
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String f = feature("groot-" + i, 3.5 + r.nextDouble() * 3.5, 51.0 + r.nextDouble() * 2.3, 0.01, POINTS_PER_FEATURE);
                w.write(i == 0 ? "" : ",\n");
                w.write(f);
                written += f.length() + 2;
                points += POINTS_PER_FEATURE + 1;
            }
            w.write("\n] }\n");
        }
        return points;
    }

    /** A valid feature: a regular polygon of {@code n} points with radius {@code radius} degrees. */
    private static String feature(String id, double cx, double cy, double radius, int n) {
        StringBuilder sb = new StringBuilder(n * 24 + 400);
        sb.append("{ \"type\": \"Feature\", \"properties\": { \"id\": \"").append(id).append("\", \"label\": \"").append(id)
                .append("\", \"horizon\": 2030, \"category\": \"gemaakt\", \"description\": \"Gegenereerd.\", \"schematic\": true,")
                .append(" \"sources\": [ { \"document\": \"NR\", \"page\": 35 } ] }, \"geometry\": { \"type\": \"Polygon\", \"coordinates\": [[");
        for (int k = 0; k <= n; k++) {
            double a = 2 * Math.PI * (k % n) / n;
            sb.append(k == 0 ? "[" : ",[");
            micro(sb, cx + radius * Math.cos(a)).append(',');
            micro(sb, cy + radius * 0.6 * Math.sin(a)).append(']');
        }
        return sb.append("]] } }").toString();
    }

    /** Appends a positive number with six decimals (faster than String.format for millions of numbers). */
    private static StringBuilder micro(StringBuilder sb, double v) {
        long m = Math.round(v * 1e6);
        String frac = Long.toString(m % 1_000_000);
        return sb.append(m / 1_000_000).append('.').append("000000", 0, 6 - frac.length()).append(frac);
    }

    /** Runs one command in the child JVM and prints its peak heap use. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            int code;
            try {
                PrintStream stdout = args[0].equals("validate") ? out : new PrintStream(PrintStream.nullOutputStream());
                code = new CommandLine(stdout, out).run(args);
            } catch (OutOfMemoryError e) {
                out.println("OutOfMemoryError");
                code = 3;
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            out.printf(Locale.ROOT, "PEAK %.0f MB peak heap (max %.0f MB)%n", peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            System.exit(code);
        }
    }
}
