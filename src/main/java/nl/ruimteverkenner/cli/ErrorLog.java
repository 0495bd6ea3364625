package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import nl.ruimteverkenner.io.Version;

/**
 * Writes the details of an unexpected error (the command and the stack trace) to
 * {@code logs/ruimteverkenner-<date>.log} in the data folder, so the user sees a Dutch message and can pass
 * the file on, and never a stack trace on the terminal. Entries of one day are appended to one file.
 */
final class ErrorLog {
    private ErrorLog() {
    }

    /** Appends an entry and returns the log file. */
    static Path write(Path dataDir, String[] args, Throwable t) throws IOException {
        Path dir = dataDir.resolve("logs");
        Files.createDirectories(dir);
        Path file = dir.resolve("ruimteverkenner-" + LocalDate.now() + ".log");
        StringWriter text = new StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            w.println("=== " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "  Ruimteverkenner " + Version.current()
                    + ", Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
            w.println("opdracht: " + String.join(" ", args));
            t.printStackTrace(w);
            w.println();
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return file;
    }
}
