package nl.ruimteverkenner.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.basemap.BasemapData;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.cli.CommandLine;
import nl.ruimteverkenner.geo.WebMercator;

/**
 * The project's performance benchmark; prints figures, asserts nothing. It lives in the bench source set (on
 * the test class path, never in the application jar); run it with
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.ruimteverkenner.bench.Benchmark [-Dexec.args=scenario]}
 * (with a display, e.g. under {@code xvfb-run -a}, for the start-up and panning figures).
 * <ul>
 * <li>tile render time: every tile over the Netherlands at zoom 7–13, after one warm-up pass; median and p95;</li>
 * <li>cold start to first rendered map: a fresh JVM starts the application and reports when the initial
 * view's tiles and the scenario are on screen (JVM uptime);</li>
 * <li>frame time while panning with all layers on: that same process pans the map every frame for a few
 * seconds and reports frame intervals and layout time per pulse.</li>
 * </ul>
 * With {@code -Dlarge=N} the scenario gets a generated layer of N small polygons through the {@code import}
 * command first (panning a parcel layer); {@code -Druimteverkenner.tiledFrom=10000000} draws it as paths instead
 * of tiles, for comparison; {@code -Druimteverkenner.bench.waitReady=true} pans only after the start-up analysis
 * is done, {@code -Druns=N} sets the number of starts (3), {@code -Dtimeout=S} the seconds each may take (120).
 */
public final class Benchmark {
    /** The feature count from which a layer is drawn as tiles; set it high to measure the same layer as paths. */
    private static final String TILED_FROM = "ruimteverkenner.tiledFrom";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : defaultScenario();
        System.out.println("Ruimteverkenner benchmark — " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        tiles();
        if (System.getenv("DISPLAY") == null && !Boolean.getBoolean("monocle")) {
            System.out.println("start-up and panning: skipped (no DISPLAY; run under Xvfb)");
            return;
        }
        String image = System.getProperty("image");
        Integer large = Integer.getInteger("large");
        if (large != null) {
            scenario = withLargeLayer(scenario, large);
        }
        for (int run = 1; run <= Integer.getInteger("runs", 3); run++) {
            gui(scenario, run, null);
            if (image != null) {
                gui(scenario, run, Path.of(image));
            }
        }
    }

    /**
     * A copy of {@code scenario} with a generated layer of {@code n} small polygons added through the {@code import}
     * command (as a user's parcel layer would be), to measure panning a large layer.
     */
    private static String withLargeLayer(String scenario, int n) throws Exception {
        Path dir = Files.createTempDirectory("rv-bench-large");
        Path gpkg = dir.resolve("plannen.gpkg");
        ImportBenchmark.write(gpkg, n);
        Path out = dir.resolve("scenario");
        int rc = new CommandLine(System.out, System.err).run(new String[] {"import", scenario, gpkg.toString(),
            "--name", "Plannen (" + n + ")", "--theme", "eigen-plannen", "--horizon", "2030", "--category", "gemaakt",
            "--tag-field", "FUNCTIE", "--tag-map", "wonen=woningbouw", "--out", out.toString()});
        if (rc != 0) {
            throw new IllegalStateException("import failed: " + rc);
        }
        System.out.println("scenario with a layer of " + n + " polygons: " + out);
        return out.toString();
    }

    private static String defaultScenario() {
        for (String s : new String[] {"scenarios/voorontwerp-nota-ruimte-2024", "scenarios/demo"}) {
            if (Files.isRegularFile(Path.of(s, "scenario.json"))) {
                return s;
            }
        }
        return "scenarios/demo";
    }

    private static void tiles() {
        long t0 = System.nanoTime();
        TileRenderer r = new TileRenderer(BasemapData.loadBundled());
        System.out.printf(Locale.ROOT, "basemap data load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<long[]> tiles = new ArrayList<>();
        for (int z = 7; z <= 13; z++) {
            double n = Math.pow(2, z);
            long i0 = (long) Math.floor(WebMercator.x(3.3) * n);
            long i1 = (long) Math.floor(WebMercator.x(7.3) * n);
            long j0 = (long) Math.floor(WebMercator.y(53.6) * n);
            long j1 = (long) Math.floor(WebMercator.y(50.7) * n);
            // at high zoom levels take a regular sample of the tiles, not all of them
            long step = Math.max(1, (i1 - i0 + 1) * (j1 - j0 + 1) / 400);
            long k = 0;
            for (long i = i0; i <= i1; i++) {
                for (long j = j0; j <= j1; j++) {
                    if (k++ % step == 0) {
                        tiles.add(new long[] {z, i, j});
                    }
                }
            }
        }
        for (long[] t : tiles) {
            r.render((int) t[0], t[1], t[2]);
        }
        double[] ms = new double[tiles.size()];
        for (int n = 0; n < tiles.size(); n++) {
            long[] t = tiles.get(n);
            long s = System.nanoTime();
            r.render((int) t[0], t[1], t[2]);
            ms[n] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "tile render (%d tiles, zoom 7-13, warm): median %.2f ms, p95 %.2f ms, max %.2f ms (target < 8 ms)%n",
                ms.length, pct(ms, 50), pct(ms, 95), ms[ms.length - 1]);
    }

    /**
     * One start of the application in a fresh process: the plain JVM on the project's class path, or (with
     * {@code image}, a Linux app image from {@code -Pinstaller package}) the image's own runtime with the java
     * options of its launcher (AppCDS archive, splash) and its jar, plus the bench classes appended.
     */
    private static void gui(String scenario, int run, Path image) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("rv-bench");
        List<String> cmd = new ArrayList<>();
        if (image == null) {
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath()));
        } else {
            Path app = image.resolve("lib").resolve("app");
            cmd.add(image.resolve("lib").resolve("runtime").resolve("bin").resolve("java").toString());
            for (String line : Files.readAllLines(app.resolve("Ruimteverkenner.cfg"))) {
                if (line.startsWith("java-options=")) {
                    cmd.add(line.substring("java-options=".length()).replace("$APPDIR", app.toString()));
                }
            }
            String bench = Arrays.stream(classPath().split(File.pathSeparator))
                    .filter(e -> e.endsWith("test-classes")).findFirst().orElseThrow();
            cmd.addAll(List.of("-cp", app.resolve("ruimteverkenner.jar") + File.pathSeparator + bench));
        }
        String label = image == null ? "jar  " : "image";
        cmd.addAll(List.of("-Druimteverkenner.home=" + home, "-Druimteverkenner.scenario=" + scenario));
        if (Boolean.getBoolean(BenchProbe.WAIT_READY)) {
            cmd.add("-D" + BenchProbe.WAIT_READY + "=true");
        }
        String tiledFrom = System.getProperty(TILED_FROM);
        if (tiledFrom != null) {
            cmd.add("-D" + TILED_FROM + "=" + tiledFrom);
        }
        if (Boolean.getBoolean("monocle")) {
            // no display: the headless Monocle platform and the software renderer, as the UI tests use
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1600x1000-32"));
        }
        cmd.add(BenchProbe.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("bench:")) {
                    System.out.println("run " + run + " " + label + " " + line.substring(6).trim());
                }
            }
        }
        if (!p.waitFor(Integer.getInteger("timeout", 120), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.out.println("run " + run + " " + label + ": timed out");
        }
    }

    /**
     * The class path to start the application with: that of the class loader that loaded this class (under
     * {@code exec:java} the project's test class path, not Maven's), else this JVM's.
     */
    static String classPath() {
        if (Benchmark.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a local file: the child JVM could not use it either
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
