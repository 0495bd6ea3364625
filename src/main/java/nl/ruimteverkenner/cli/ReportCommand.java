package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.BasemapData;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.model.Gemeente;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.report.ReportService;

/**
 * {@code report <scenario> --gemeenten <file> --gemeente GM0363 --horizon 2050 --out <file.pdf|file.html>}:
 * writes the wethouder's report for one gemeente. The map shows the layers that are on by default.
 * Exit 0 on success, 2 for wrong arguments or unusable files, 1 when writing fails.
 */
final class ReportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String scenarioArg = null;
        String gemeentenArg = null;
        String gemeenteArg = null;
        String horizonArg = null;
        String outArg = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    return usage(Messages.get("cli.report.valueMissing", a));
                }
                String v = args[++i];
                switch (a) {
                    case "--gemeenten" -> gemeentenArg = v;
                    case "--gemeente" -> gemeenteArg = v;
                    case "--horizon" -> horizonArg = v;
                    case "--out" -> outArg = v;
                    default -> {
                        return usage(Messages.get("cli.analyse.unknownArgument", a));
                    }
                }
            } else if (scenarioArg == null) {
                scenarioArg = a;
            } else {
                return usage(Messages.get("cli.analyse.unknownArgument", a));
            }
        }
        if (scenarioArg == null || gemeentenArg == null || gemeenteArg == null || horizonArg == null || outArg == null) {
            return usage(Messages.get("cli.report.missing"));
        }
        Optional<Horizon> horizon;
        try {
            horizon = Horizon.fromYear(Integer.parseInt(horizonArg));
        } catch (NumberFormatException e) {
            horizon = Optional.empty();
        }
        if (horizon.isEmpty()) {
            return usage(Messages.get("cli.analyse.badHorizon", horizonArg));
        }
        Path target = Path.of(outArg);
        if (!ReportService.supports(target)) {
            return usage(Messages.get("cli.report.format", outArg));
        }
        Optional<ScenarioLoad> read = ScenarioSource.readValid(scenarioArg, err);
        if (read.isEmpty()) {
            return 2;
        }
        ScenarioLoad load = read.get();
        Optional<Gemeente> g = GemeenteArgument.read(gemeentenArg, gemeenteArg, err);
        if (g.isEmpty()) {
            return 2;
        }
        Scenario s = load.scenario().orElseThrow();
        Gemeente gm = g.get();
        Horizon h = horizon.get();
        ReportService reports = new ReportService(new TileRenderer(BasemapData.loadBundled()));
        Path folder = target.toAbsolutePath().getParent();
        boolean folderMissing = folder != null && !Files.exists(folder);
        try {
            reports.write(new SchuurpuntEngine(s, Provinces.all()), new Area(gm.code(), gm.name(), gm.rd()), gm.lonLat(),
                    Messages.get("lens.kind.gemeente"), h,
                    f -> s.layer(f.layerId()).map(l -> l.visibleByDefault()).orElse(false) && f.isInForceAt(h), target);
        } catch (IOException e) {
            err.println(Messages.get("reportui.failed", target));
            return 1;
        } finally {
            if (folderMissing && Files.isDirectory(folder)) {
                err.println(Messages.get("cli.report.folderCreated", folder));
            }
        }
        out.println(Messages.get("cli.report.done", gm.name(), h.year(), target));
        return 0;
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(Messages.get("cli.report.usage"));
        return 2;
    }
}
