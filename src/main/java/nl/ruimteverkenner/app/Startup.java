package nl.ruimteverkenner.app;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Start-up milestones. Each is logged at {@link Level#DEBUG} to the logger named {@value #LOGGER_NAME}, so they
 * are silent by default and can be timed by whoever listens (the benchmark does).
 */
public final class Startup {
    /** The name of the logger that receives the start-up milestones. */
    public static final String LOGGER_NAME = "nl.ruimteverkenner.startup";

    private static final Logger LOG = System.getLogger(LOGGER_NAME);

    private Startup() {
    }

    /** Logs that start-up has reached {@code milestone}. */
    public static void milestone(String milestone) {
        LOG.log(Level.DEBUG, milestone);
    }
}
