package nl.ruimteverkenner.analysis;

import java.util.Objects;
import java.util.function.Function;
import nl.ruimteverkenner.model.Scenario;

/**
 * The one analysis engine of the open scenario, shared by everything that asks where claims collide: the
 * schuurpunten pane, the gemeente lens, live sketching, compare and the report. The engine is created on
 * first use (off the FX thread, by whoever asks first) and kept while the scenario stays the same object;
 * an edited scenario gets an engine {@link SchuurpuntEngine#derive derived} from the previous one, so the
 * unchanged features are not projected again. Thread-safe.
 */
public final class AnalysisSession {
    private final Function<Scenario, SchuurpuntEngine> factory;
    private SchuurpuntEngine engine;

    /** @param factory makes the engine for a scenario that has no predecessor (e.g. one that names provinces) */
    public AnalysisSession(Function<Scenario, SchuurpuntEngine> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * The engine for {@code scenario}: the cached one when it is for the same scenario object, one derived
     * from it when {@code scenario} is an edit of the same scenario (same id), otherwise a new one.
     */
    public synchronized SchuurpuntEngine engine(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        if (engine != null && engine.scenario() == scenario) {
            return engine;
        }
        engine = engine != null && engine.scenario().id().equals(scenario.id())
                ? engine.derive(scenario) : factory.apply(scenario);
        return engine;
    }

    /** An engine for another scenario (a variant to compare with), not kept. */
    public SchuurpuntEngine fresh(Scenario other) {
        return factory.apply(other);
    }

    /** Forgets the engine (a scenario was closed). */
    public synchronized void clear() {
        engine = null;
    }
}
