package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ruimteverkenner.analysis.AnalysisEngine;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.analysis.SchuurpuntFields;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ExportFeature;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.io.Exports;
import nl.ruimteverkenner.io.GeoJsonWriter;
import nl.ruimteverkenner.io.JsonOutput;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code analyse <scenario> --horizon 2050 [--json] [--provincie NAAM] [--format json|geojson|gpkg|csv]
 * [--out FILE [--force]] [--engine jts|postgis --db URL ...]}: prints the schuurpunten of a scenario at a horizon as
 * a table or JSON, or writes them
 * in an export format (the format follows from {@code --out}'s extension when not given). Exit 0 on success, 2 for
 * wrong arguments, an unusable scenario, an {@code --out} in a missing folder, an existing {@code --out} without
 * {@code --force} or a write that failed (nothing is left half-written).
 */
final class AnalyseCommand {
    private final PrintStream out;
    private final PrintStream err;

    AnalyseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] arguments) {
        // the engine: --engine jts|postgis, --db, --db-user, --db-layer (EngineOptions)
        EngineOptions engineOptions = new EngineOptions();
        Optional<String> engineProblem = engineOptions.extract(arguments);
        if (engineProblem.isPresent()) {
            return usage(engineProblem.get());
        }
        String[] args = engineOptions.rest();
        String scenarioArg = null;
        Horizon horizon = null;
        boolean json = false;
        String province = null;
        String formatArg = null;
        String outArg = null;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--force" -> force = true;
                case "--format" -> {
                    if (i + 1 >= args.length) {
                        return usage(Messages.get("cli.analyse.formatMissing"));
                    }
                    formatArg = args[++i];
                }
                case "--out" -> {
                    if (i + 1 >= args.length) {
                        return usage(Messages.get("cli.analyse.outMissing"));
                    }
                    outArg = args[++i];
                }
                case "--horizon" -> {
                    if (i + 1 >= args.length) {
                        return usage(Messages.get("cli.analyse.horizonMissing"));
                    }
                    String v = args[++i];
                    try {
                        horizon = Horizon.fromYear(Integer.parseInt(v)).orElse(null);
                    } catch (NumberFormatException e) {
                        horizon = null;
                    }
                    if (horizon == null) {
                        return usage(Messages.get("cli.analyse.badHorizon", v));
                    }
                }
                case "--provincie" -> {
                    if (i + 1 >= args.length) {
                        return usage(Messages.get("cli.analyse.provinceMissing"));
                    }
                    province = args[++i];
                }
                default -> {
                    if (args[i].startsWith("-") || scenarioArg != null) {
                        return usage(Messages.get("cli.analyse.unknownArgument", args[i]));
                    }
                    scenarioArg = args[i];
                }
            }
        }
        if (scenarioArg == null || horizon == null) {
            return usage(Messages.get(scenarioArg == null ? "cli.analyse.scenarioMissing" : "cli.analyse.horizonMissing"));
        }
        ExportFormat format = null;
        if (formatArg != null) {
            format = ExportFormat.fromId(formatArg).orElse(null);
            if (format == null) {
                return usage(Messages.get("cli.analyse.unknownFormat", formatArg));
            }
            if (json && format != ExportFormat.JSON) {
                return usage(Messages.get("cli.analyse.formatConflict", formatArg));
            }
        } else if (json) {
            format = ExportFormat.JSON;
        } else if (outArg != null) {
            format = ExportFormat.ofFile(outArg).orElse(null);
            if (format == null) {
                return usage(Messages.get("cli.analyse.formatFromOut", outArg));
            }
        }
        Path target = null;
        if (outArg != null) {
            target = Path.of(outArg);
            Path folder = target.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                err.println(Messages.get("cli.analyse.outFolderMissing", folder, outArg));
                return 2;
            }
            if (Files.isDirectory(target) || !force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                err.println(Messages.get(Files.isDirectory(target) ? "cli.analyse.outIsFolder" : "cli.analyse.outExists", outArg));
                return 2;
            }
        } else if (format == ExportFormat.GPKG) {
            return usage(Messages.get("cli.analyse.gpkgNeedsOut"));
        }
        Optional<ScenarioLoad> read = ScenarioSource.readValid(scenarioArg, err);
        if (read.isEmpty()) {
            return 2;
        }
        ScenarioLoad load = read.get();
        Scenario scenario = load.scenario().orElseThrow();
        if (!scenario.horizons().contains(horizon)) {
            return usage(Messages.get("cli.analyse.horizonNotInScenario", horizon.year()));
        }
        Optional<Geometry> region = Optional.empty();
        String regionName = "";
        if (province != null) {
            String wanted = province.toLowerCase(Locale.ROOT);
            String code = province;
            Optional<Area> area = Provinces.all().stream()
                    .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(wanted) || a.code().equalsIgnoreCase(code))
                    .findFirst();
            if (area.isEmpty()) {
                return usage(Messages.get("cli.analyse.unknownProvince", province,
                        String.join(", ", Provinces.all().stream().map(Area::name).sorted().toList())));
            }
            region = Optional.of(area.get().rd());
            regionName = area.get().name();
        }
        // the JSON and the table print figures and a centre, no shapes: the overlaps need not be kept
        boolean shapes = target != null || format == ExportFormat.GEOJSON || format == ExportFormat.CSV;
        Optional<List<Schuurpunt>> analysed = engineOptions.analyse(scenario, horizon, region, shapes, err);
        if (analysed.isEmpty()) {
            return 2; // the database could not be used: the reason is on err
        }
        List<Schuurpunt> found = analysed.get();
        if (target != null) {
            String title = Messages.get("cli.analyse.layerTitle", scenario.name(), horizon.year(), regionName);
            try {
                Exports.writeSchuurpunten(found, format, target, title.strip());
            } catch (IOException | RuntimeException e) {
                err.println(Messages.get("cli.analyse.writeFailed", outArg, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return 2;
            }
            out.println(Messages.get("cli.analyse.written", found.size(), outArg, format.label()));
        } else if (format == ExportFormat.JSON) {
            try {
                // streamed: the text of a hundred thousand schuurpunten never sits in memory at once
                JsonOutput.writeArray(found, AnalyseCommand::toJson, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a PrintStream does not throw; it records the error instead
            }
            out.println();
        } else if (format == ExportFormat.GEOJSON) {
            out.println(new String(GeoJsonWriter.write(Messages.get("cli.analyse.layerTitle", scenario.name(), horizon.year(),
                    regionName).strip(), found.stream().map(ExportFeature::of).toList()), StandardCharsets.UTF_8));
        } else if (format == ExportFormat.CSV) {
            // on a terminal or into a pipe, without the byte-order mark that tells a spreadsheet it is UTF-8
            out.print(new String(Exports.csv(found), StandardCharsets.UTF_8).substring(1));
        } else {
            printTable(scenario, horizon, regionName, found);
        }
        return 0;
    }

    /** One Dutch warning per feature the engine could not use, so none vanishes from the analysis silently. */
    static void warnUnusable(AnalysisEngine engine, PrintStream err) {
        for (SchuurpuntEngine.Unusable u : engine.unusable()) {
            err.println(Messages.get("cli.analyse.unusable", u.featureId(), u.reason()));
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(Messages.get("cli.analyse.usage"));
        return 2;
    }

    private void printTable(Scenario s, Horizon h, String region, List<Schuurpunt> found) {
        Map<Relation, Integer> counts = new LinkedHashMap<>();
        for (Relation r : Relation.values()) {
            counts.put(r, (int) found.stream().filter(p -> p.rule().relation() == r).count());
        }
        out.println(Messages.get(region.isEmpty() ? "cli.analyse.header" : "cli.analyse.headerRegion", s.name(), h.year(),
                found.size(), counts.get(Relation.CONFLICT), counts.get(Relation.VOORWAARDELIJK), counts.get(Relation.KOPPELKANS), region));
        if (s.rules().isEmpty()) {
            out.println(Messages.get("cli.analyse.noRules"));
            return;
        }
        for (Schuurpunt p : found) {
            out.println(String.format(Locale.ROOT, "%-15s %-13s %s: %s ↔ %s (%s)", SchuurpuntText.relation(p.rule().relation()),
                    SchuurpuntText.size(p) + basisMark(p.basis()), p.rule().title(),
                    p.a().label(), p.b().label(), SchuurpuntText.places(p)));
        }
        if (found.stream().anyMatch(p -> p.basis() == Basis.SCHEMATISCH)) {
            out.println(Messages.get("cli.analyse.schematicNote"));
        }
        double aannameHa = found.stream().filter(p -> p.basis() == Basis.AANNAME && p.rule().relation() == Relation.CONFLICT)
                .mapToDouble(Schuurpunt::areaHa).sum();
        if (found.stream().anyMatch(p -> p.basis() == Basis.AANNAME)) {
            out.println(Messages.get("cli.analyse.aannameNote", aannameHa));
        }
    }

    /** "*" for a size that rests on a schematic drawing, "?" for one that rests on an assumption. */
    private static String basisMark(Basis b) {
        return switch (b) {
            case OFFICIEEL, EIGEN_PLAN -> "";
            case SCHEMATISCH -> "*";
            case AANNAME -> "?";
        };
    }

    /** The fields {@code --json} prints for a schuurpunt (the one list the exports share). */
    static Map<String, Object> toJson(Schuurpunt p) {
        return SchuurpuntFields.of(p);
    }
}
