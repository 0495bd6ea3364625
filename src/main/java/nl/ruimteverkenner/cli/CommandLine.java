package nl.ruimteverkenner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Scenario;

/**
 * The headless commands of {@code java -jar ruimteverkenner.jar <command>}. Output is Dutch; exit
 * codes: 0 success, 1 invalid scenario, 2 wrong arguments. Never prints a stack trace.
 */
public final class CommandLine {
    private static final Set<String> COMMANDS = Set.of("validate", "analyse", "report", "help", "--help", "-h");

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether {@code arg} names a headless command (anything else starts the GUI). */
    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg) || !arg.startsWith("-");
    }

    /** Runs the command in {@code args[0]} and returns the exit code. */
    public int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "validate" -> validate(rest);
            case "analyse" -> new AnalyseCommand(out, err).run(rest);
            case "report" -> new ReportCommand(out, err).run(rest);
            case "help", "--help", "-h" -> {
                out.println(Messages.get("cli.usage"));
                yield 0;
            }
            default -> {
                err.println(Messages.get("cli.unknownCommand", args[0]));
                err.println(Messages.get("cli.usage"));
                yield 2;
            }
        };
    }

    private int validate(String[] args) {
        if (args.length != 1) {
            err.println(Messages.get("cli.validate.usage"));
            return 2;
        }
        Path path = Path.of(args[0]);
        if (!Files.exists(path)) {
            err.println(Messages.get("cli.validate.notFound", args[0]));
            return 2;
        }
        ScenarioLoad load = new ScenarioReader().read(path);
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
