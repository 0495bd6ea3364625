package nl.ruimteverkenner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Scale benchmark of {@code analyse}; prints figures, asserts nothing:
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.ruimteverkenner.bench.AnalyseScaleBenchmark [-Dexec.args="1000,10000,100000 [--million] [--runs 3] [--no-inproc]"]}
 * (build the jar first: {@code mvn -B -ntp -q -o package -DskipTests}).
 *
 * <p>For each size it writes (once, into {@code target/bench-scenarios}) a scenario with a fixed seed: polygons of
 * 20–200 vertices and 200–1,200 m radius centred on Dutch land, in five layers, with five rules, two of them with
 * buffers (1,500 m and 500 m). It then prints the cold whole-process time and peak RSS of
 * {@code java -jar target/ruimteverkenner.jar analyse <scenario> --horizon 2030 --json > file} (through
 * {@code /usr/bin/time}; CPU time too, since wall time on a shared machine says little), the number of schuurpunten and a hash of the output (to compare two builds), and, in
 * this JVM, the first call of a fresh engine, a warm call and the peak heap. {@code --million} adds 1,000,000
 * features, run with {@code -Xmx2g}.
 *
 * <p>Side by side with the peers, alternating run by run: when {@code python3} (or {@code /usr/bin/python3}, or
 * {@code -Dbench.python}) has GeoPandas, the same question through {@code src/bench/python/geopandas_peer.py}
 * (Debian: {@code apt-get install python3-geopandas}); with {@code --postgis}, {@code analyse --engine postgis} against a
 * throwaway PostgreSQL + PostGIS cluster on loopback (as the tests start it). Both print their time, the ratio and
 * how their pairs and areas agree with the embedded engine's.
 */
public final class AnalyseScaleBenchmark {
    private static final String[] LAYERS = {"wonen", "uiterwaard", "natuur", "industrie", "laagvlieg"};
    private static final String[] GROUPS = {"beweging-3", "water-en-bodem", "beweging-1", "beweging-2", "defensie"};

    private AnalyseScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 1;
        boolean inProcess = true;
        boolean postgis = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--million" -> sizes.add(1_000_000);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--no-inproc" -> inProcess = false;
                case "--postgis" -> postgis = true;
                default -> {
                    for (String s : args[i].split(",")) {
                        sizes.add(0, Integer.parseInt(s.strip()));
                    }
                }
            }
        }
        if (sizes.isEmpty() || sizes.equals(List.of(1_000_000))) {
            sizes.addAll(0, List.of(1_000, 10_000, 100_000));
        }
        sizes.sort(Integer::compare);
        Path jar = Path.of(System.getProperty("bench.jar", "target/ruimteverkenner.jar"));
        String python = PeerComparison.pythonWithGeoPandas();
        String db = postgis ? nl.ruimteverkenner.io.postgis.PostgisCluster.cluster().url(
                nl.ruimteverkenner.io.postgis.PostgisCluster.DATABASE) : null;
        System.out.println(python == null ? "GeoPandas: not found (python3 with geopandas), peer runs skipped"
                : "GeoPandas: " + PeerComparison.versions(python));
        System.out.printf(Locale.ROOT, "machine: %d cores, load %s; jar %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip(), jar);
        for (int n : sizes) {
            Path dir = scenario(n);
            String heap = n >= 1_000_000 ? "2g" : System.getProperty("bench.xmx", "");
            List<Double> seconds = new ArrayList<>();
            List<Double> peerSeconds = new ArrayList<>();
            Path ours = Files.createTempFile("analyse", ".json");
            Path theirs = Files.createTempFile("geopandas", ".csv");
            Path viaPostgis = Files.createTempFile("postgis", ".json");
            List<Double> postgisSeconds = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                // side by side, alternating, so all see the same load
                seconds.add(cold(jar, dir, heap, n, ours));
                if (python != null) {
                    peerSeconds.add(geopandas(python, dir, n, theirs));
                }
                if (db != null) {
                    postgisSeconds.add(cold(jar, dir, heap, n, viaPostgis, "--engine", "postgis", "--db", db,
                            "--db-user", nl.ruimteverkenner.io.postgis.PostgisCluster.USER));
                }
            }
            if (!postgisSeconds.isEmpty()) {
                postgisSeconds.sort(Double::compare);
                double pg = postgisSeconds.get(postgisSeconds.size() / 2);
                System.out.printf(Locale.ROOT, "%,d features: analyse --engine postgis (load + query, whole process) median %.1f s "
                        + "%s; embedded / PostGIS = %.2f%n", n, pg, postgisSeconds, seconds.get(seconds.size() / 2) / pg);
                PeerComparison.printSameEngineOutput(ours, viaPostgis);
            }
            Files.deleteIfExists(viaPostgis);
            seconds.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%,d features: cold analyse median %.1f s over %d run(s) %s%n", n,
                    seconds.get(seconds.size() / 2), runs, seconds);
            if (!peerSeconds.isEmpty()) {
                peerSeconds.sort(Double::compare);
                double peer = peerSeconds.get(peerSeconds.size() / 2);
                System.out.printf(Locale.ROOT, "%,d features: GeoPandas median %.1f s over %d run(s) %s; analyse / GeoPandas = %.2f%n",
                        n, peer, runs, peerSeconds, seconds.get(seconds.size() / 2) / peer);
                PeerComparison.print(ours, theirs);
            }
            Files.deleteIfExists(ours);
            Files.deleteIfExists(theirs);
            if (inProcess && n <= 100_000) {
                inProcess(dir, n);
            }
        }
        // ends the JVM (under exec:java, Maven's), so the throwaway cluster's shutdown hook stops it
        System.exit(0);
    }

    /**
     * Runs {@code analyse --json} in a fresh JVM into {@code out}; prints and returns the wall time in seconds.
     */
    private static double cold(Path jar, Path dir, String heap, int n, Path out, String... engine) throws Exception {
        Path timeLog = Files.createTempFile("analyse", ".time");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-o", timeLog.toString(), "-f", "%e %M %U %S",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!heap.isEmpty()) {
            cmd.add("-Xmx" + heap);
        }
        cmd.addAll(List.of("-jar", jar.toString(), "analyse", dir.toString(), "--horizon", "2030", "--json"));
        cmd.addAll(List.of(engine));
        Path err = Files.createTempFile("analyse", ".err");
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put(nl.ruimteverkenner.io.postgis.Database.PASSWORD_VARIABLE,
                nl.ruimteverkenner.io.postgis.PostgisCluster.PASSWORD);
        Process p = pb.start();
        p.waitFor(60, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] time = Files.readString(timeLog).strip().split("\\R");
        String[] last = time[time.length - 1].split(" ");
        long count;
        String hash;
        try (InputStream in = Files.newInputStream(out)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            count = 0;
            byte[] marker = "\"rule\"".getBytes(StandardCharsets.US_ASCII);
            int matched = 0;
            for (int k = in.read(buf); k > 0; k = in.read(buf)) {
                md.update(buf, 0, k);
                for (int i = 0; i < k; i++) {
                    matched = buf[i] == marker[matched] ? matched + 1 : buf[i] == marker[0] ? 1 : 0;
                    if (matched == marker.length) {
                        count++;
                        matched = 0;
                    }
                }
            }
            hash = HexFormat.of().formatHex(md.digest()).substring(0, 16);
        }
        String errText = Files.readString(err);
        System.out.printf(Locale.ROOT, "  cold %,d%s%s: exit %d, %.1f s wall, %.1f s CPU (user+sys), peak RSS %.0f MB, "
                        + "%,d schuurpunten, output %.0f MB sha256 %s%s%n", n, heap.isEmpty() ? "" : " -Xmx" + heap,
                engine.length == 0 ? "" : " " + String.join(" ", List.of(engine).subList(0, 2)), p.exitValue(),
                wall, Double.parseDouble(last[2]) + Double.parseDouble(last[3]), Long.parseLong(last[1]) / 1024.0, count, Files.size(out) / 1048576.0, hash,
                errText.isBlank() ? "" : " stderr: " + errText.lines().limit(3).toList());
        Files.delete(timeLog);
        Files.delete(err);
        return wall;
    }

    /**
     * Runs the same question through GeoPandas ({@code src/bench/python/geopandas_peer.py}) in a fresh process, its
     * pairs into {@code pairs}; prints and returns the wall time in seconds.
     */
    private static double geopandas(String python, Path dir, int n, Path pairs) throws Exception {
        Path timeLog = Files.createTempFile("geopandas", ".time");
        Path log = Files.createTempFile("geopandas", ".log");
        List<String> cmd = List.of("/usr/bin/time", "-o", timeLog.toString(), "-f", "%e %M %U %S", python,
                Path.of("src/bench/python/geopandas_peer.py").toString(), dir.toString(), pairs.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.waitFor(120, TimeUnit.MINUTES);
        String[] time = Files.readString(timeLog).strip().split("\\R");
        String[] last = time[time.length - 1].split(" ");
        String result = Files.readString(log).lines().filter(l -> l.startsWith("{")).findFirst().orElse("(no result)");
        System.out.printf(Locale.ROOT, "  GeoPandas %,d: exit %d, %.1f s wall, %.1f s CPU (user+sys), peak RSS %.0f MB, %s%n", n,
                p.exitValue(), Double.parseDouble(last[0]), Double.parseDouble(last[2]) + Double.parseDouble(last[3]),
                Long.parseLong(last[1]) / 1024.0, result);
        Files.delete(timeLog);
        Files.delete(log);
        return Double.parseDouble(last[0]);
    }

    /** Reads the scenario here and times a fresh engine's first analysis and a warm one. */
    private static void inProcess(Path dir, int n) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Provinces.all();
        long t0 = System.nanoTime();
        long c0 = cpu();
        Scenario s = new ScenarioReader().read(dir).scenario().orElseThrow();
        double read = (System.nanoTime() - t0) / 1e9;
        double readCpu = (cpu() - c0) / 1e9;
        t0 = System.nanoTime();
        c0 = cpu();
        SchuurpuntEngine engine = new SchuurpuntEngine(s, Provinces.all());
        int found = engine.analyse(Horizon.H2030).size();
        double first = (System.nanoTime() - t0) / 1e9;
        double firstCpu = (cpu() - c0) / 1e9;
        t0 = System.nanoTime();
        c0 = cpu();
        engine.analyse(Horizon.H2030);
        double warm = (System.nanoTime() - t0) / 1e9;
        double warmCpu = (cpu() - c0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "  in process %,d (wall / process CPU): read %.1f / %.1f s, fresh engine first analyse "
                + "%.2f / %.2f s, warm %.2f / %.2f s, %,d schuurpunten, peak heap %.0f MB%n", n, read, readCpu, first, firstCpu,
                warm, warmCpu, found, peak / 1048576.0);
    }

    /** CPU time of this process (all threads, JIT and GC included) in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The generated scenario for {@code n} features, written once into {@code target/bench-scenarios/gen-n}. */
    static Path scenario(int n) throws IOException {
        Path dir = Path.of("target", "bench-scenarios", "gen-" + n).toAbsolutePath();
        if (!Files.exists(dir.resolve("rules.json"))) {
            long t0 = System.nanoTime();
            write(dir, n, 42);
            System.out.printf(Locale.ROOT, "generated %,d features in %s (%.0f MB) in %.1f s%n", n, dir,
                    folderSize(dir) / 1048576.0, (System.nanoTime() - t0) / 1e9);
        }
        return dir;
    }

    private static long folderSize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /**
     * Writes a scenario folder with {@code n} features in five layers (feature i in layer i mod 5): star-shaped
     * polygons of 20–200 vertices, radius 200–1,200 m, centred on Dutch land (inside a province), and five rules.
     * The rules.json is written last, so a folder with it is complete.
     */
    public static void write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir.resolve("layers"));
        StringBuilder manifest = new StringBuilder("""
                { "formatVersion": 1, "id": "gen", "name": "Gegenereerd", "horizons": [2030, 2050, 2100],
                  "sources": [ { "id": "NR", "title": "Voorontwerp Nota Ruimte", "pages": 128 } ],
                  "groups": [""");
        for (int l = 0; l < LAYERS.length; l++) {
            manifest.append(l == 0 ? "" : ",").append("\n    { \"id\": \"").append(GROUPS[l]).append("\", \"label\": \"")
                    .append(GROUPS[l]).append("\" }");
        }
        manifest.append(" ],\n  \"layers\": [");
        for (int l = 0; l < LAYERS.length; l++) {
            manifest.append(l == 0 ? "" : ",").append("\n    { \"id\": \"").append(LAYERS[l]).append("\", \"group\": \"")
                    .append(GROUPS[l]).append("\", \"label\": \"").append(LAYERS[l]).append("\", \"file\": \"layers/")
                    .append(LAYERS[l]).append(".geojson\", \"style\": { \"color\": \"#777777\" } }");
        }
        Files.writeString(dir.resolve("scenario.json"), manifest.append(" ] }\n"));

        List<Area> provinces = Provinces.all();
        Envelope box = new Envelope();
        List<PreparedGeometry> land = new ArrayList<>();
        provinces.forEach(a -> {
            box.expandToInclude(a.rd().getEnvelopeInternal());
            land.add(PreparedGeometryFactory.prepare(a.rd()));
        });
        GeometryFactory gf = new GeometryFactory();
        Random rnd = new Random(seed);
        BufferedWriter[] w = new BufferedWriter[LAYERS.length];
        for (int l = 0; l < LAYERS.length; l++) {
            w[l] = Files.newBufferedWriter(dir.resolve("layers").resolve(LAYERS[l] + ".geojson"), StandardCharsets.UTF_8);
            w[l].write("{ \"type\": \"FeatureCollection\", \"features\": [");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int l = i % LAYERS.length;
            double cx;
            double cy;
            do {
                cx = box.getMinX() + rnd.nextDouble() * box.getWidth();
                cy = box.getMinY() + rnd.nextDouble() * box.getHeight();
            } while (!onLand(land, gf.createPoint(new Coordinate(cx, cy))));
            double radius = 200 + rnd.nextDouble() * 1000;
            int k = 20 + rnd.nextInt(181);
            sb.setLength(0);
            sb.append(i < LAYERS.length ? "\n" : ",\n").append("{ \"type\": \"Feature\", \"properties\": { \"id\": \"g").append(i)
                    .append("\", \"label\": \"g").append(i).append("\", \"horizon\": 2030, \"category\": \"gemaakt\", ")
                    .append("\"description\": \"Gegenereerd.\", \"schematic\": true, \"tags\": [\"").append(LAYERS[l])
                    .append("\"], \"sources\": [ { \"document\": \"NR\", \"page\": 1 } ] }, ")
                    .append("\"geometry\": { \"type\": \"Polygon\", \"coordinates\": [[");
            String first = null;
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                double rr = radius * (0.75 + 0.5 * rnd.nextDouble());
                double[] ll = RdNew.toWgs84(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                String pos = String.format(Locale.ROOT, "[%.6f,%.6f]", ll[0], ll[1]);
                first = first == null ? pos : first;
                sb.append(j == 0 ? "" : ",").append(pos);
            }
            sb.append(',').append(first).append("]] } }");
            w[l].write(sb.toString());
        }
        for (BufferedWriter x : w) {
            x.write("\n] }\n");
            x.close();
        }
        StringBuilder rules = new StringBuilder("{ \"rules\": [");
        String[][] defs = {{"r1", "conflict", "wonen", "uiterwaard", "0", "b"}, {"r2", "conflict", "wonen", "industrie", "1500", ""},
            {"r3", "voorwaardelijk", "natuur", "laagvlieg", "0", ""}, {"r4", "koppelkans", "uiterwaard", "natuur", "0", "a"},
            {"r5", "conflict", "industrie", "natuur", "500", ""}};
        for (int r = 0; r < defs.length; r++) {
            String[] d = defs[r];
            rules.append(r == 0 ? "" : ",").append("\n  { \"id\": \"").append(d[0]).append("\", \"relation\": \"").append(d[1])
                    .append("\", \"title\": \"").append(d[2]).append(" / ").append(d[3]).append("\", \"a\": { \"tags\": [\"")
                    .append(d[2]).append("\"] }, \"b\": { \"tags\": [\"").append(d[3]).append("\"] }, \"bufferMeters\": ")
                    .append(d[4]).append(d[5].isEmpty() ? "" : ", \"sturend\": \"" + d[5] + "\"")
                    .append(", \"explanation\": \"Gegenereerd.\", \"source\": { \"document\": \"NR\", \"page\": 1 } }");
        }
        Files.writeString(dir.resolve("rules.json"), rules.append("\n] }\n"));
    }

    private static boolean onLand(List<PreparedGeometry> land, org.locationtech.jts.geom.Point p) {
        for (PreparedGeometry g : land) {
            if (g.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
