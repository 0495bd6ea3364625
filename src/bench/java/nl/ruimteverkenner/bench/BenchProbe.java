package nl.ruimteverkenner.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.ruimteverkenner.app.Main;
import nl.ruimteverkenner.app.Startup;
import nl.ruimteverkenner.app.StartupHook;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * The application under measurement, started by {@link Benchmark} in a fresh JVM through {@link #main}: prints
 * (as "bench:" lines on standard output) each start-up milestone the application logs to {@link Startup} with
 * the JVM uptime, then, as a {@link StartupHook} active with {@code -Druimteverkenner.bench=true}, the uptime at
 * the first complete map; then pans with all layers on, reports frame intervals and layout time per pulse, and
 * exits.
 */
public final class BenchProbe implements StartupHook {
    /** The system property that switches the probe on. */
    public static final String PROPERTY = "ruimteverkenner.bench";
    private static final int PAN_FRAMES = 240;
    /** With this property the probe pans only after the start-up analysis is done (map-ready). */
    static final String WAIT_READY = "ruimteverkenner.bench.waitReady";
    private static volatile boolean ready;
    /** Held so the logger and its configuration are not garbage collected. */
    private static final Logger STARTUP = Logger.getLogger(Startup.LOGGER_NAME);

    /** Starts the application as {@link Main} does, with the start-up milestones printed and the probe on. */
    public static void main(String[] args) {
        System.setProperty(PROPERTY, "true");
        STARTUP.setLevel(Level.ALL);
        STARTUP.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getMessage() != null && r.getMessage().startsWith("map-ready")) {
                    ready = true;
                }
                System.out.printf(Locale.ROOT, "bench:   %-28s %5d ms%n", r.getMessage(),
                        uptime());
            }

            @Override
            public void flush() {
                System.out.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
        STARTUP.setUseParentHandlers(false);
        Main.main(args);
    }

    /**
     * Milliseconds since this process started (from the operating system, 10 ms resolution on Linux): the same
     * clock for the plain JVM and for the app image, whose trimmed runtime has no java.management.
     */
    static long uptime() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }

    @Override
    public void windowShown(Stage stage, MainWindow window) {
        if (Boolean.getBoolean(PROPERTY)) {
            attach(stage, window);
        }
    }

    private static void attach(Stage stage, MainWindow window) {
        Scene scene = stage.getScene();
        long[] layoutStart = new long[1];
        List<Double> layoutMs = new ArrayList<>();
        boolean[] measuring = new boolean[1];
        scene.addPreLayoutPulseListener(() -> layoutStart[0] = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            if (measuring[0]) {
                layoutMs.add((System.nanoTime() - layoutStart[0]) / 1e6);
            }
        });
        new AnimationTimer() {
            private int phase;
            private int frames;
            private long last;
            private final List<Double> intervals = new ArrayList<>();

            @Override
            public void handle(long now) {
                ExplorerViewModel vm = window.viewModel();
                Basemap basemap = Basemap.instance();
                if (phase == 0) {
                    if (vm.getScenario() != null && basemap.deliveredTiles() > 0 && basemap.pendingTiles() == 0
                            && (ready || !Boolean.getBoolean(WAIT_READY))) {
                        long uptime = uptime();
                        System.out.printf(Locale.ROOT, "bench: first map %d ms after process start (%d tiles, target < 1500 ms)%n",
                                uptime, basemap.deliveredTiles());
                        for (Layer l : vm.getScenario().layers()) {
                            vm.layerSwitch(l.id()).visibleProperty().set(true);
                        }
                        for (var g : vm.getScenario().groups()) {
                            vm.groupSwitch(g.theme()).visibleProperty().set(true);
                        }
                        System.gc();
                        Runtime rt = Runtime.getRuntime();
                        System.out.printf(Locale.ROOT, "bench: heap in use after a full GC: %d MB%n",
                                (rt.totalMemory() - rt.freeMemory()) >> 20);
                        vm.horizonProperty().set(Horizon.H2100);
                        window.mapPane().setView(52.1, 5.3, 8);
                        phase = 1;
                    }
                    return;
                }
                if (phase == 1) {
                    if (basemap.pendingTiles() == 0) {
                        phase = 2;
                        measuring[0] = true;
                        last = now;
                    }
                    return;
                }
                intervals.add((now - last) / 1e6);
                last = now;
                double angle = frames / 40.0;
                window.mapPane().panBy(6 * Math.cos(angle), 4 * Math.sin(angle));
                if (++frames >= PAN_FRAMES) {
                    stop();
                    measuring[0] = false;
                    report(intervals, layoutMs, vm);
                    Platform.exit();
                }
            }
        }.start();
    }

    private static void report(List<Double> intervals, List<Double> layout, ExplorerViewModel vm) {
        double[] f = intervals.stream().skip(1).mapToDouble(Double::doubleValue).sorted().toArray();
        double[] l = layout.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long features = vm.getScenario().features().filter(vm::isShown).count();
        System.out.printf(Locale.ROOT,
                "bench: panning with all layers on (%d features drawn): frame interval median %.1f ms, p95 %.1f ms; "
                        + "layout per pulse median %.2f ms, p95 %.2f ms (target < 16.7 ms)%n",
                features, Benchmark.pct(f, 50), Benchmark.pct(f, 95), Benchmark.pct(l, 50), Benchmark.pct(l, 95));
        System.out.println("bench: panned tiles rendered: " + Basemap.instance().deliveredTiles());
        Arrays.sort(f);
    }
}
