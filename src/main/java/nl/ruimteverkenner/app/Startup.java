package nl.ruimteverkenner.app;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Start-up milestones and the start-up trace. Each milestone is logged at {@link Level#DEBUG} to the logger named
 * {@value #LOGGER_NAME}, so they are silent by default and can be timed by whoever listens (the benchmark does).
 * The moments a user waits for, {@value #SPLASH_SHOWN}, {@value #WINDOW_SHOWN}, {@value #MAP_PAINTED} and {@value #MAP_READY}, are logged
 * there too as "{@code <event> <ms since launch>}"; with {@code -D}{@value #TRACE_PROPERTY}{@code =true} they are also written as
 * such a line to the console (standard error, through {@code java.util.logging}), for {@code StartupBenchmark}.
 */
public final class Startup {
    /** The name of the logger that receives the start-up milestones. */
    public static final String LOGGER_NAME = "nl.ruimteverkenner.startup";
    /** The system property that switches the console trace of the start-up events on. */
    public static final String TRACE_PROPERTY = "ruimteverkenner.startupTrace";
    /**
     * Event: the JVM's splash image ({@code SplashScreen-Image}, {@code -splash:}) is on screen; logged from
     * {@code main()} once AWT confirms it, so the image was up by then at the latest (the launcher shows it before the
     * JVM starts). Not logged when there is no splash.
     */
    public static final String SPLASH_SHOWN = "splash-shown";
    /**
     * Event: the window's first frame, with the start-up card, is laid out and goes to be painted (it is on screen
     * once that painting is done, two pulses later).
     */
    public static final String WINDOW_SHOWN = "window-shown";
    /** Event: the map is painted with its tiles and the scenario is shown on it (its schuurpunten may follow). */
    public static final String MAP_PAINTED = "map-painted";
    /** Event: the map is painted, the scenario is shown and its schuurpunten are computed; the progress goes. */
    public static final String MAP_READY = "map-ready";

    private static final Logger LOG = System.getLogger(LOGGER_NAME);
    /** Held so its configuration is not garbage collected; only configured when the trace is on. */
    private static java.util.logging.Logger trace;

    private Startup() {
    }

    /** Logs that start-up has reached {@code milestone}. */
    public static void milestone(String milestone) {
        LOG.log(Level.DEBUG, milestone);
    }

    /** Logs (and with the trace on, prints) "{@code event ms}", the milliseconds since the process was launched. */
    public static void event(String event) {
        String line = event + " " + sinceLaunch().map(d -> String.valueOf(d.toMillis())).orElse("-1");
        LOG.log(Level.DEBUG, line);
        if (Boolean.getBoolean(TRACE_PROPERTY)) {
            traceLogger().info(line);
        }
    }

    /**
     * The time since this process was started, from the operating system (10 ms resolution on Linux). The process's
     * start is the user's launch, and this clock also works in the installed app, whose trimmed runtime has no
     * {@code java.management}.
     */
    static Optional<Duration> sinceLaunch() {
        return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, Instant.now()));
    }

    private static synchronized java.util.logging.Logger traceLogger() {
        if (trace == null) {
            java.util.logging.Logger t = java.util.logging.Logger.getLogger(LOGGER_NAME + ".trace");
            ConsoleHandler console = new ConsoleHandler();
            console.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return r.getMessage() + System.lineSeparator();
                }
            });
            t.setUseParentHandlers(false);
            t.addHandler(console);
            t.setLevel(java.util.logging.Level.INFO);
            trace = t;
        }
        return trace;
    }
}
