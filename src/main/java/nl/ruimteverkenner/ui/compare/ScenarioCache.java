package nl.ruimteverkenner.ui.compare;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.model.Scenario;

/**
 * The scenarios compared with the open one, read from their folders (the original, saved variants), each with
 * an analysis engine of its own, kept while the open scenario stays the same. Thread-safe; reading happens on
 * the worker that asks.
 */
final class ScenarioCache {
    /** A scenario read from a folder and its engine. */
    record Loaded(Path folder, Scenario scenario, SchuurpuntEngine engine) {
    }

    private final AnalysisSession analysis;
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    ScenarioCache(AnalysisSession analysis) {
        this.analysis = analysis;
    }

    /** Forgets everything (another scenario was opened). */
    void clear() {
        loaded.clear();
    }

    /** The scenario in {@code folder} with its engine, read on first use; empty when it cannot be read. */
    Optional<Loaded> load(Path folder) {
        Path key = key(folder);
        Loaded l = loaded.get(key);
        if (l != null) {
            return Optional.of(l);
        }
        Optional<Scenario> s = new ScenarioReader().read(key).scenario();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Loaded full = new Loaded(key, s.get(), analysis.fresh(s.get()));
        loaded.put(key, full);
        return Optional.of(full);
    }

    /** The original of the open scenario as saved: from its own folder, or for a variant the original beside it. */
    Optional<Loaded> original(Scenario open, Path folder) {
        return originalFolder(open, folder).flatMap(this::load);
    }

    /** Where the original of the open scenario is: its own folder, or for a variant the original beside it. */
    static Optional<Path> originalFolder(Scenario open, Path folder) {
        if (folder == null) {
            return Optional.empty();
        }
        Path own = key(folder);
        if (open.variant().isEmpty()) {
            return Optional.of(own);
        }
        String base = open.variant().get().basedOn();
        return VariantIndex.family(own.getParent(), base).stream().filter(e -> e.variant().isEmpty())
                .map(e -> key(e.folder())).findFirst();
    }

    static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
