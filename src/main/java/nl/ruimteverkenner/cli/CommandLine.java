package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Version;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioArchive;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.model.Scenario;

/**
 * The headless commands of {@code java -jar ruimteverkenner.jar <command>}, and the options {@code --version}
 * and {@code --help}. Output is Dutch unless {@code --lang en} (anywhere among the arguments, e.g. before the
 * command) or the language saved in the app's settings says English ({@link Language#forCommandLine}); exit codes:
 * 0 success, 1 invalid scenario, 2 wrong arguments, unusable files or an unexpected error. Never prints a stack
 * trace: an unexpected error (out of memory included) gives a message, and its details go to a log file in the
 * data folder that the message names. Control characters from scenario text (an ANSI escape in a scenario name)
 * are escaped on both streams ({@link TerminalSafeStream}).
 */
public final class CommandLine {
    /** The option choosing the language of one run. */
    public static final String LANG = "--lang";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Path> dataDir;

    /** A command line printing to {@code out} and {@code err}, logging errors in the user's data folder. */
    public CommandLine(PrintStream out, PrintStream err) {
        this(out, err, SettingsStore::defaultDataDir);
    }

    /** As above, with the data folder (for the error log) given. */
    public CommandLine(PrintStream out, PrintStream err, Supplier<Path> dataDir) {
        // text from scenarios and files reaches the terminal with its control characters escaped
        this.out = TerminalSafeStream.wrap(out);
        this.err = TerminalSafeStream.wrap(err);
        this.dataDir = dataDir;
    }

    /**
     * Whether {@code arg}, the first argument, is handled by the command line rather than the GUI: every
     * argument is (commands, {@code --version}, {@code --help}, and unknown options, which are refused); only
     * starting without arguments opens the application.
     */
    public static boolean isCommand(String arg) {
        return arg != null;
    }

    /**
     * Whether {@code args} only name a shared scenario to open in the app, as a file association does: one
     * argument, an existing file ending in {@code .ruimte}. Such a start opens the GUI, not the command line.
     */
    public static boolean opensInApp(String[] args) {
        return args.length == 1 && ScenarioArchive.isArchive(Path.of(args[0])) && Files.isRegularFile(Path.of(args[0]));
    }

    /**
     * Runs the command in the arguments and returns the exit code. {@code --lang nl|en} (or {@code --lang=en}) may stand
     * anywhere; it sets the language of this run only, and the language in use before is restored afterwards.
     */
    public int run(String[] args) {
        Language previous = Messages.use(defaultLanguage());
        try {
            List<String> rest = new ArrayList<>();
            Optional<String> lang = Optional.empty();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(LANG)) {
                    lang = Optional.of(i + 1 < args.length ? args[++i] : "");
                } else if (args[i].startsWith(LANG + "=")) {
                    lang = Optional.of(args[i].substring(LANG.length() + 1));
                } else {
                    rest.add(args[i]);
                }
            }
            if (lang.isPresent()) {
                Optional<Language> chosen = Language.fromCode(lang.get());
                if (chosen.isEmpty()) {
                    err.println(Messages.get("cli.lang.unknown", lang.get()));
                    err.println(Messages.get("cli.usage"));
                    return 2;
                }
                Messages.use(chosen.get());
            }
            if (rest.isEmpty()) {
                out.println(Messages.get("cli.usage"));
                return 0;
            }
            String[] command = rest.toArray(new String[0]);
            return guarded(command, () -> dispatch(command));
        } finally {
            Messages.use(previous);
        }
    }

    /** Dutch, unless the system property or the app's saved setting names a language (read without side effects). */
    private Language defaultLanguage() {
        String saved;
        try {
            saved = SettingsStore.readLanguage(dataDir.get().resolve("settings.json"));
        } catch (RuntimeException e) {
            saved = "";
        }
        return Language.forCommandLine(saved);
    }

    private int dispatch(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "validate" -> validate(rest);
            case "analyse" -> new AnalyseCommand(out, err).run(rest);
            case "report" -> new ReportCommand(out, err).run(rest);
            case "share" -> new ShareCommand(out, err).run(rest);
            case "render" -> new RenderCommand(out, err).run(rest);
            case "import" -> new ImportCommand(out, err).run(rest);
            case "--version", "-version", "-V" -> {
                out.println(Messages.get("cli.version", Version.current()));
                yield 0;
            }
            case "help", "--help", "-help", "-h", "-?" -> {
                out.println(Messages.get("cli.usage"));
                yield 0;
            }
            default -> {
                err.println(Messages.get(args[0].startsWith("-") ? "cli.unknownOption" : "cli.unknownCommand", args[0]));
                err.println(Messages.get("cli.usage"));
                yield 2;
            }
        };
    }

    /**
     * Runs {@code command}; an error escaping it becomes a Dutch message and exit 2, with the details in the
     * error log.
     */
    int guarded(String[] args, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println(Messages.get("cli.outOfMemory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            log(args, e);
            return 2;
        } catch (RuntimeException | Error e) {
            Optional<Path> file = log(args, e);
            err.println(file.map(f -> Messages.get("cli.unexpected", f))
                    .orElseGet(() -> Messages.get("cli.unexpectedNoLog", e.getClass().getSimpleName())));
            return 2;
        }
    }

    private Optional<Path> log(String[] args, Throwable t) {
        try {
            return Optional.of(ErrorLog.write(dataDir.get(), args, t));
        } catch (IOException | RuntimeException | Error e) {
            return Optional.empty();
        }
    }

    private int validate(String[] args) {
        if (args.length != 1) {
            err.println(Messages.get("cli.validate.usage"));
            return 2;
        }
        Optional<ScenarioLoad> read = ScenarioSource.read(args[0], err);
        if (read.isEmpty()) {
            return 2;
        }
        ScenarioLoad load = read.get();
        if (load.isValid()) {
            Scenario s = load.scenario().orElseThrow();
            out.println(Messages.get("cli.validate.ok", s.name(), s.layers().size(), s.features().count(),
                    s.keuzes().size(), load.warningCount()));
            load.problems().forEach(p -> err.println(p.describe()));
            return 0;
        }
        for (Problem p : load.problems()) {
            out.println(p.describe());
        }
        out.println(Messages.get("cli.validate.failed", args[0], load.errorCount(), load.warningCount()));
        return 1;
    }
}
