package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioArchive;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;

/**
 * {@code share <scenario folder> --out <file.ruimte> [--force]}: writes a scenario folder as one shared file.
 * Exit 0 on success, 2 for wrong arguments, an unusable or invalid scenario, an existing {@code --out} without
 * {@code --force}, or a write that failed (nothing is left half-written).
 */
final class ShareCommand {
    private final PrintStream out;
    private final PrintStream err;

    ShareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String folderArg = null;
        String outArg = null;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--force" -> force = true;
                case "--out" -> {
                    if (i + 1 >= args.length) {
                        return usage(Messages.get("cli.share.outMissing"));
                    }
                    outArg = args[++i];
                }
                default -> {
                    if (args[i].startsWith("-") || folderArg != null) {
                        return usage(Messages.get("cli.analyse.unknownArgument", args[i]));
                    }
                    folderArg = args[i];
                }
            }
        }
        if (folderArg == null) {
            return usage(Messages.get("cli.analyse.scenarioMissing"));
        }
        if (outArg == null) {
            return usage(Messages.get("cli.share.outMissing"));
        }
        Path folder = Path.of(folderArg);
        Path target = Path.of(outArg);
        if (!Files.isDirectory(folder) || !Files.isRegularFile(folder.resolve("scenario.json"))) {
            err.println(Messages.get(Files.exists(folder) ? "cli.share.notFolder" : "cli.validate.notFound", folderArg));
            return 2;
        }
        if (!ScenarioArchive.isArchive(target)) {
            return usage(Messages.get("cli.share.badExtension", outArg));
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            err.println(Messages.get("cli.share.exists", outArg));
            return 2;
        }
        ScenarioLoad load = new ScenarioReader().read(folder);
        if (!load.isValid()) {
            load.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.describe()));
            err.println(Messages.get("cli.share.invalid", folderArg, load.errorCount()));
            return 2;
        }
        try {
            ScenarioArchive.Written w = ScenarioArchive.write(folder, target, force);
            out.println(Messages.get("cli.share.done", load.scenario().orElseThrow().name(), outArg, w.files(),
                    (w.bytes() + 1023) / 1024));
            return 0;
        } catch (ScenarioArchive.ArchiveException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(Messages.get("cli.share.failed", outArg, e.getMessage()));
            return 2;
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(Messages.get("cli.share.usage"));
        return 2;
    }
}
