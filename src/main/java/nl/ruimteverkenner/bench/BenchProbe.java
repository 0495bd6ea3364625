package nl.ruimteverkenner.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.explorer.ExplorerViewModel;

/**
 * Runs inside the application when {@code -Druimteverkenner.bench=true}: reports (as "bench:" lines on
 * standard output) the JVM uptime at the first complete map, then pans with all layers on and reports
 * frame intervals and layout time per pulse, and exits. Used by {@link Benchmark}.
 */
public final class BenchProbe {
    private static final int PAN_FRAMES = 240;

    private BenchProbe() {
    }

    /** Prints a start-up milestone with the JVM uptime, in benchmark mode only. */
    public static void mark(String what) {
        if (Boolean.getBoolean("ruimteverkenner.bench")) {
            System.out.printf(Locale.ROOT, "bench:   %-28s %5d ms%n", what, ManagementFactory.getRuntimeMXBean().getUptime());
        }
    }

    public static void attach(Stage stage, MainWindow window) {
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
                    if (vm.getScenario() != null && basemap.deliveredTiles() > 0 && basemap.pendingTiles() == 0) {
                        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                        System.out.printf(Locale.ROOT, "bench: first map %d ms after JVM start (%d tiles, target < 1500 ms)%n",
                                uptime, basemap.deliveredTiles());
                        for (Layer l : vm.getScenario().layers()) {
                            vm.layerSwitch(l.id()).visibleProperty().set(true);
                        }
                        for (var g : vm.getScenario().groups()) {
                            vm.groupSwitch(g.theme()).visibleProperty().set(true);
                        }
                        vm.horizonProperty().set(nl.ruimteverkenner.model.Horizon.H2100);
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
