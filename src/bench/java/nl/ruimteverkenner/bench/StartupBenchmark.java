package nl.ruimteverkenner.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.ruimteverkenner.app.Startup;

/**
 * Launch → splash, launch → window shown and launch → first map, as a user starts the application: {@code java -jar
 * target/ruimteverkenner.jar} in a child process, several times, each with a fresh data folder, reading the
 * start-up trace the application prints with {@code -Druimteverkenner.startupTrace=true} ("splash-shown 310",
 * "window-shown 812", "map-painted 2140", "map-ready 2600": milliseconds since the process was launched; splash-shown
 * when {@code main()} found the JVM's splash image on screen (it was up by then at the latest), window-shown when the
 * window's first frame, with the start-up card, is painted, map-painted when the tiles and the scenario are on the
 * map, map-ready when the schuurpunten are computed too and the progress goes). Prints each run with the load average
 * at its start, and the medians; asserts nothing. Needs a display (e.g. Xvfb). Run it with
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ruimteverkenner.bench.StartupBenchmark}
 * and optionally:
 * <ul>
 * <li>{@code -Dexec.args="RUNS [JAR [SCENARIO]]"} (default 5, {@code target/ruimteverkenner.jar}, the Voorontwerp);</li>
 * <li>{@code -Dcds=true}: first a training start that writes a dynamic AppCDS archive at exit
 * ({@code -XX:ArchiveClassesAtExit}), then every run is made with and without that archive, alternately;</li>
 * <li>{@code -Dload=N}: N busy threads in this process during the runs, for figures under a known load;</li>
 * <li>{@code -Djvm="..."}: extra options for the child JVM;</li>
 * <li>{@code -Dbaseline=OLD.jar}: also start a jar built from an earlier commit, alternately, for a before/after
 * comparison under the same load: with {@code java -jar} as this one if it prints the trace (map-painted and
 * map-ready), otherwise through {@link BenchProbe} on that jar's class path ("window shown" when {@code Stage.show()}
 * returned, "first map" when the scenario is shown and the tiles are in).</li>
 * </ul>
 */
public final class StartupBenchmark {
    private static final List<String> EVENTS = List.of(Startup.SPLASH_SHOWN, Startup.WINDOW_SHOWN, Startup.MAP_PAINTED,
            Startup.MAP_READY);
    private static final Pattern EVENT = Pattern.compile("^(" + String.join("|", EVENTS) + ") (\\d+)$");

    /** What {@link BenchProbe} prints for an earlier build: the "window shown" milestone and the first map. */
    private static final Pattern PROBE = Pattern.compile("^bench:\\s+(window shown|first map)\\s+(\\d+) ms.*$");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of(args.length > 1 ? args[1] : "target/ruimteverkenner.jar");
        String scenario = args.length > 2 ? args[2] : "scenarios/voorontwerp-nota-ruimte-2024";
        if (System.getenv("DISPLAY") == null) {
            System.out.println("StartupBenchmark: no DISPLAY (run under Xvfb)");
            return;
        }
        if (!Files.isRegularFile(jar)) {
            System.out.println("StartupBenchmark: " + jar + " not found (mvn -B -ntp -q package -DskipTests)");
            return;
        }
        List<String> extra = new ArrayList<>();
        String jvm = System.getProperty("jvm", "").strip();
        if (!jvm.isEmpty()) {
            extra.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        int load = Integer.getInteger("load", 0);
        for (int i = 0; i < load; i++) {
            Thread t = new Thread(StartupBenchmark::spin, "load-" + i);
            t.setDaemon(true);
            t.start();
        }
        System.out.printf(Locale.ROOT, "StartupBenchmark: %s, %d cores, %d runs, scenario %s, %d busy threads, jvm %s%n",
                jar, Runtime.getRuntime().availableProcessors(), runs, scenario, load, extra);
        Map<String, List<String>> modes = new LinkedHashMap<>();
        String baseline = System.getProperty("baseline");
        if (baseline != null && hasTrace(Path.of(baseline))) {
            // a build with the start-up trace is started as the new one is
            List<String> old = new ArrayList<>(extra);
            old.addAll(List.of("-jar", baseline));
            modes.put("baseline", old);
        } else if (baseline != null) {
            String bench = Arrays.stream(Benchmark.classPath().split(File.pathSeparator))
                    .filter(e -> e.endsWith("test-classes")).findFirst().orElseThrow();
            List<String> old = new ArrayList<>(extra);
            old.addAll(List.of("-cp", baseline + File.pathSeparator + bench, BenchProbe.class.getName()));
            modes.put("baseline", old);
        }
        modes.put("jar", extra);
        if (Boolean.getBoolean("cds")) {
            Path archive = Files.createTempDirectory("rv-cds").resolve("ruimteverkenner.jsa");
            List<String> train = new ArrayList<>(extra);
            train.add("-XX:ArchiveClassesAtExit=" + archive);
            long t0 = System.nanoTime();
            start(jar, scenario, train);
            System.out.printf(Locale.ROOT, "training start with -XX:ArchiveClassesAtExit: %.1f s, archive %s (%d MB)%n",
                    (System.nanoTime() - t0) / 1e9, archive, Files.isRegularFile(archive) ? Files.size(archive) >> 20 : -1);
            if (Files.isRegularFile(archive)) {
                List<String> use = new ArrayList<>(extra);
                use.add("-XX:SharedArchiveFile=" + archive);
                modes.put("jar+cds", use);
            }
        }
        Map<String, List<long[]>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            // (a baseline run has no map-ready: its "first map" is reported as map-painted)
            for (Map.Entry<String, List<String>> m : modes.entrySet()) {
                String loadAvg = loadAverage();
                long[] r = start(jar, scenario, m.getValue());
                results.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(r);
                System.out.printf(Locale.ROOT, "run %d %-8s splash-shown %5d ms, window-shown %5d ms, map-painted %5d ms, "
                        + "map-ready %5d ms   (load %s)%n", run, m.getKey(), r[0], r[1], r[2], r[3], loadAvg);
            }
        }
        for (Map.Entry<String, List<long[]>> e : results.entrySet()) {
            System.out.printf(Locale.ROOT, "median %-8s splash-shown %5.0f ms, window-shown %5.0f ms (target < 1000), "
                    + "map-painted %5.0f ms (target < 2500), map-ready %5.0f ms, %d runs (%d with a map)%n", e.getKey(),
                    median(e.getValue(), 0), median(e.getValue(), 1), median(e.getValue(), 2), median(e.getValue(), 3),
                    e.getValue().size(), e.getValue().stream().filter(r -> r[2] >= 0).count());
        }
    }

    /** Whether {@code jar} prints the start-up trace (map-painted and map-ready), as this build does. */
    private static boolean hasTrace(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(Startup.class.getName().replace('.', '/') + ".class");
            if (e == null) {
                return false;
            }
            try (var in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(Startup.MAP_PAINTED);
            }
        }
    }

    /**
     * One start: the events in milliseconds since launch (-1 when missing); the application is then ended
     * (SIGTERM, so a JVM writing an archive at exit does so).
     */
    private static long[] start(Path jar, String scenario, List<String> jvmOptions) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("rv-startup");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the options may end in "-cp PATH CLASS" or "-jar OTHER.jar" (a baseline); otherwise the jar is started
        int main = jvmOptions.contains("-cp") ? jvmOptions.indexOf("-cp") : jvmOptions.indexOf("-jar");
        cmd.addAll(main < 0 ? jvmOptions : jvmOptions.subList(0, main));
        cmd.addAll(List.of("-D" + Startup.TRACE_PROPERTY + "=true", "-Druimteverkenner.language=nl",
                "-Druimteverkenner.home=" + home, "-Druimteverkenner.scenario=" + scenario));
        if (main < 0) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(jvmOptions.subList(main, jvmOptions.size()));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long[] times = {-1, -1, -1, -1};
        List<String> other = new ArrayList<>();
        Thread killer = new Thread(() -> {
            try {
                if (!p.waitFor(180, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        });
        killer.setDaemon(true);
        killer.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = EVENT.matcher(line.strip());
                Matcher old = PROBE.matcher(line.strip());
                if (old.matches()) {
                    // the earlier build's first map: scenario shown and tiles in, as map-painted now
                    times[old.group(1).equals("window shown") ? 1 : 2] = Long.parseLong(old.group(2));
                    if (times[2] >= 0) {
                        break;
                    }
                } else if (m.matches()) {
                    times[EVENTS.indexOf(m.group(1))] = Long.parseLong(m.group(2));
                    if (times[3] >= 0) {
                        break;
                    }
                } else if (other.size() < 20) {
                    other.add(line);
                }
            }
        }
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (times[2] < 0) {
            System.out.println("  (no map; the application said: " + String.join(" | ", other) + ")");
        }
        deleteTree(home);
        return times;
    }

    private static double median(List<long[]> runs, int index) {
        // a run that did not get there (-1) is left out
        long[] v = runs.stream().mapToLong(r -> r[index]).filter(t -> t >= 0).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void spin() {
        long x = 0;
        while (true) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            if (x == 42) {
                Thread.yield();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
