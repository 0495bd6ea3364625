package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimteverkenner.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The start-up trace as {@code StartupBenchmark} reads it: {@link Main} started in a child JVM (headless, on
 * Monocle, as the UI tests run) with {@code -Druimteverkenner.startupTrace=true} prints "window-shown ms",
 * "map-painted ms" and "map-ready ms", in that order, milliseconds since the launch; without the property it prints
 * none of them.
 */
class StartupTraceTest {
    private static final Pattern EVENT = Pattern.compile("^(window-shown|map-painted|map-ready) (\\d+)$");

    /** Starts the application, reads its output until map-ready (or the end, or 150 s), then ends it. */
    private static List<String> run(boolean trace) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("rv-trace-home");
        Path demo = TestScenarios.copyTree(TestScenarios.scenarios().resolve("demo"),
                Files.createTempDirectory("rv-trace").resolve("demo"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true",
                "-Druimteverkenner.language=nl", "-Druimteverkenner.home=" + home,
                "-D" + App.SCENARIO_PROPERTY + "=" + demo));
        if (trace) {
            cmd.add("-D" + Startup.TRACE_PROPERTY + "=true");
        } else {
            // the milestones logged at DEBUG show when the map is ready, for the run without the trace
            Path logging = home.resolve("logging.properties");
            Files.writeString(logging, """
                    handlers=java.util.logging.ConsoleHandler
                    java.util.logging.ConsoleHandler.level=ALL
                    java.util.logging.SimpleFormatter.format=MILESTONE %5$s%n
                    nl.ruimteverkenner.startup.level=ALL
                    """);
            cmd.add("-Djava.util.logging.config.file=" + logging);
        }
        cmd.add(Main.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(150, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line.strip());
                if (line.strip().startsWith(Startup.MAP_READY) || line.strip().startsWith("MILESTONE " + Startup.MAP_READY)) {
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            TestScenarios.deleteTree(demo.getParent());
            TestScenarios.deleteTree(home);
        }
        return lines;
    }

    @Test
    void withTheTraceOnTheLaunchPrintsWindowShownThenMapReady() throws Exception {
        List<String> lines = run(true);
        List<String[]> events = lines.stream().map(EVENT::matcher).filter(Matcher::matches)
                .map(m -> new String[] {m.group(1), m.group(2)}).toList();
        assertEquals(List.of("window-shown", "map-painted", "map-ready"), events.stream().map(e -> e[0]).toList(),
                () -> "output: " + lines);
        long window = Long.parseLong(events.get(0)[1]);
        long painted = Long.parseLong(events.get(1)[1]);
        long ready = Long.parseLong(events.get(2)[1]);
        assertTrue(window > 0 && window <= painted && painted <= ready, window + ", " + painted + ", " + ready);
    }

    @Test
    void withoutTheTraceNothingIsPrinted() throws Exception {
        List<String> lines = run(false);
        assertTrue(lines.stream().anyMatch(l -> l.matches("MILESTONE map-ready \\d+")), () -> "the map got ready: " + lines);
        assertTrue(lines.stream().noneMatch(l -> EVENT.matcher(l).matches()), () -> "output: " + lines);
    }
}
