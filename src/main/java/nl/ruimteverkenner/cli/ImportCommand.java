package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioWriter;
import nl.ruimteverkenner.io.imports.ImportException;
import nl.ruimteverkenner.io.imports.ImportProgress;
import nl.ruimteverkenner.io.imports.ImportSpec;
import nl.ruimteverkenner.io.imports.ImportedLayer;
import nl.ruimteverkenner.io.imports.LayerImporter;
import nl.ruimteverkenner.io.imports.SourceData;
import nl.ruimteverkenner.io.imports.SourceReader;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;

/**
 * {@code import <scenario> <file> --name NAME --theme ID --horizon 2030|2050|2100 --category ID [--tags a,b]
 * [--tag-field F --tag-map v1=t1,v2=t2] [--label-field F] [--table T] [--basis eigen-plan|officieel]
 * [--organisation O] [--date D] [--licence L] --out FOLDER}: writes a new scenario, the given one with the file
 * (GeoJSON, GeoPackage or Shapefile) added as a layer. The original is not touched, and {@code --out} must not exist
 * or be an empty folder: nothing is ever overwritten. Exit 0 on success, 2 for wrong arguments, an unusable
 * scenario or file (a Dutch message naming it and what is wrong) or a write that failed.
 */
final class ImportCommand {
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String scenarioArg = null;
        String fileArg = null;
        Map<String, String> opts = new HashMap<>();
        Set<String> valued = Set.of("--name", "--theme", "--horizon", "--category", "--tags", "--tag-field", "--tag-map",
                "--label-field", "--table", "--basis", "--organisation", "--date", "--licence", "--out");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (valued.contains(a)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    return usage(Messages.get("cli.report.valueMissing", a));
                }
                opts.put(a, args[++i]);
            } else if (a.startsWith("-")) {
                return usage(Messages.get("cli.analyse.unknownArgument", a));
            } else if (scenarioArg == null) {
                scenarioArg = a;
            } else if (fileArg == null) {
                fileArg = a;
            } else {
                return usage(Messages.get("cli.analyse.unknownArgument", a));
            }
        }
        if (scenarioArg == null || fileArg == null) {
            return usage(Messages.get("cli.import.missing"));
        }
        for (String required : new String[] {"--name", "--theme", "--horizon", "--category", "--out"}) {
            if (!opts.containsKey(required) || opts.get(required).isBlank()) {
                return usage(Messages.get("cli.import.optionMissing", required));
            }
        }
        Optional<Theme> theme = Theme.fromId(opts.get("--theme"));
        if (theme.isEmpty()) {
            return usage(Messages.get("cli.import.badTheme", opts.get("--theme"),
                    String.join(", ", Arrays.stream(Theme.values()).map(Theme::id).toList())));
        }
        Optional<Horizon> horizon;
        try {
            horizon = Horizon.fromYear(Integer.parseInt(opts.get("--horizon")));
        } catch (NumberFormatException e) {
            horizon = Optional.empty();
        }
        if (horizon.isEmpty()) {
            return usage(Messages.get("cli.analyse.badHorizon", opts.get("--horizon")));
        }
        Optional<KeuzeCategorie> category = KeuzeCategorie.fromId(opts.get("--category")).filter(KeuzeCategorie::allowedForFeature);
        if (category.isEmpty()) {
            return usage(Messages.get("cli.import.badCategory", opts.get("--category")));
        }
        Basis basis = Basis.EIGEN_PLAN;
        if (opts.containsKey("--basis")) {
            Optional<Basis> b = Basis.fromId(opts.get("--basis"));
            if (b.isEmpty()) {
                return usage(Messages.get("cli.import.badBasis", opts.get("--basis")));
            }
            basis = b.get();
        }
        Set<String> tags = new LinkedHashSet<>();
        if (opts.containsKey("--tags")) {
            Stream.of(opts.get("--tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        Map<String, String> tagMap = new HashMap<>();
        if (opts.containsKey("--tag-map")) {
            if (!opts.containsKey("--tag-field")) {
                return usage(Messages.get("cli.import.tagMapWithoutField"));
            }
            try {
                tagMap.putAll(ImportSpec.parseTagMap(opts.get("--tag-map")));
            } catch (IllegalArgumentException e) {
                return usage(Messages.get("cli.import.badTagMap", e.getMessage()));
            }
        } else if (opts.containsKey("--tag-field")) {
            return usage(Messages.get("cli.import.tagFieldWithoutMap"));
        }
        Path target = Path.of(opts.get("--out")).toAbsolutePath().normalize();
        if (!usableTarget(target, opts.get("--out"))) {
            return 2;
        }
        Path file = Path.of(fileArg);
        Optional<ScenarioLoad> read = ScenarioSource.readValid(scenarioArg, err);
        if (read.isEmpty()) {
            return 2;
        }
        ScenarioLoad load = read.get();
        Scenario scenario = load.scenario().orElseThrow();
        ImportSpec spec = new ImportSpec(opts.get("--name").strip(), theme.get(), horizon.get(), null, category.get(), null,
                opts.get("--label-field"), tags, opts.get("--tag-field"), tagMap, basis, opts.getOrDefault("--organisation", ""),
                opts.getOrDefault("--date", java.time.LocalDate.now().toString()), opts.getOrDefault("--licence", ""));
        ImportedLayer imported;
        try {
            SourceData data = SourceReader.read(file, opts.get("--table"), ImportProgress.NONE);
            imported = LayerImporter.importLayer(scenario, data, spec, ImportProgress.NONE);
        } catch (ImportException e) {
            err.println(e.getMessage());
            return 2;
        }
        imported.warnings().forEach(w -> err.println(Messages.get("cli.import.warning", w)));
        Scenario added = ScenarioEdits.withLayer(scenario, imported.layer(), imported.group(), imported.source());
        String id = LayerImporter.slug(target.getFileName().toString());
        Scenario variant = ScenarioEdits.asVariant(added, id, Messages.get("cli.import.scenarioName", scenario.name(),
                imported.layer().label()), System.getProperty("user.name", ""), LocalDateTime.now().withNano(0).toString());
        try {
            new ScenarioWriter().save(variant, target);
        } catch (IOException e) {
            err.println(Messages.get("cli.import.writeFailed", opts.get("--out"), String.valueOf(e.getMessage())));
            return 2;
        }
        out.println(Messages.get("cli.import.done", imported.layer().features().size(), imported.layer().id(),
                imported.layer().label(), opts.get("--out")));
        return 0;
    }

    /** Whether {@code --out} may be written: it does not exist, or is an empty folder; its parent exists. */
    private boolean usableTarget(Path target, String shown) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                err.println(Messages.get("cli.import.outIsFile", shown));
                return false;
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    err.println(Messages.get("cli.import.outNotEmpty", shown));
                    return false;
                }
            } catch (IOException e) {
                err.println(Messages.get("cli.import.outNotEmpty", shown));
                return false;
            }
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println(Messages.get("cli.analyse.outFolderMissing", parent, shown));
            return false;
        }
        return true;
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(Messages.get("cli.import.usage"));
        return 2;
    }
}
