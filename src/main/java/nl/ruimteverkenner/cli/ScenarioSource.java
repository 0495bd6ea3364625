package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioArchive;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;

/**
 * The scenario a command works on: a scenario folder as given, or a shared scenario ({@code .ruimte}) unpacked
 * into a temporary folder that {@link #close()} deletes again. A missing file or a refused archive is reported
 * in Dutch (naming the archive and the entry) on the error stream.
 */
final class ScenarioSource implements AutoCloseable {
    private final Path folder;
    private final Path temporary;

    private ScenarioSource(Path folder, Path temporary) {
        this.folder = folder;
        this.temporary = temporary;
    }

    /** The scenario named by {@code arg}, or empty after a message on {@code err} (the command exits 2). */
    static Optional<ScenarioSource> open(String arg, PrintStream err) {
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            err.println(Messages.get("cli.validate.notFound", arg));
            return Optional.empty();
        }
        if (!ScenarioArchive.isArchive(path) || Files.isDirectory(path)) {
            return Optional.of(new ScenarioSource(path, null));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("ruimteverkenner-");
            Path folder = ScenarioArchive.unpack(path, tmp);
            return Optional.of(new ScenarioSource(folder, tmp));
        } catch (IOException e) {
            ScenarioArchive.deleteTree(tmp);
            err.println(e instanceof ScenarioArchive.ArchiveException ? e.getMessage()
                    : Messages.get("archive.damaged", arg) + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * Reads the scenario named by {@code arg} (folder or {@code .ruimte}); a temporary folder is deleted again
     * once read. Empty after a message on {@code err}.
     */
    static Optional<ScenarioLoad> read(String arg, PrintStream err) {
        Optional<ScenarioSource> source = open(arg, err);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        try (ScenarioSource s = source.get()) {
            return Optional.of(new ScenarioReader().read(s.folder()));
        }
    }

    /**
     * As {@link #read}, but empty also when the scenario has errors: they are printed on {@code err} with a line
     * naming the scenario and their number (the commands need a usable scenario).
     */
    static Optional<ScenarioLoad> readValid(String arg, PrintStream err) {
        Optional<ScenarioLoad> read = read(arg, err);
        if (read.isPresent() && !read.get().isValid()) {
            ScenarioLoad load = read.get();
            load.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.describe()));
            err.println(Messages.get("cli.analyse.invalid", arg, load.errorCount()));
            return Optional.empty();
        }
        return read;
    }

    /** The scenario folder to read. */
    Path folder() {
        return folder;
    }

    /** Deletes the temporary folder of an unpacked archive. */
    @Override
    public void close() {
        ScenarioArchive.deleteTree(temporary);
    }
}
