package nl.ruimteverkenner.ui.sketch;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.RuleTotals;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;

/**
 * The schuurpunten of one shape while it is being drawn or reshaped, computed off the FX thread. Requests
 * come with every mouse move; only the newest waiting one is computed (older ones are dropped), and a
 * result that arrives after a newer request or a {@link #clear()} is ignored. The engine for a scenario is
 * built once and kept until the scenario changes. Results are delivered on the FX thread.
 */
public final class LiveSchuurpunten {
    private record Request(long generation, Scenario scenario, Feature candidate, Horizon horizon) {
    }

    /** What the shape collides with, and the same summed per rule (computed off the FX thread too). */
    public record Result(List<Schuurpunt> schuurpunten, List<RuleTotals.RuleTotal> byRule) {
        /** Nothing to show. */
        public static final Result NONE = new Result(List.of(), List.of());

        public boolean isEmpty() {
            return schuurpunten.isEmpty();
        }
    }

    private static final Logger LOG = Logger.getLogger(LiveSchuurpunten.class.getName());
    private final AnalysisSession analysis;
    private final Executor executor;
    private final Executor ui;
    private final Consumer<Result> onResult;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long generation;

    /**
     * @param analysis the shared analysis engine of the open scenario
     * @param executor where the analysis runs
     * @param ui       where results are handed over: the FX thread in the app, a direct executor in tests
     * @param onResult receives the results (on {@code ui})
     */
    public LiveSchuurpunten(AnalysisSession analysis, Executor executor, Executor ui, Consumer<Result> onResult) {
        this.analysis = analysis;
        this.executor = executor;
        this.ui = ui;
        this.onResult = onResult;
    }

    /** Computes the schuurpunten {@code candidate} would have in {@code scenario} at {@code horizon}. */
    public void request(Scenario scenario, Feature candidate, Horizon horizon) {
        if (scenario == null || scenario.rules().isEmpty()) {
            clear();
            return;
        }
        long g = ++generation;
        pending.set(new Request(g, scenario, candidate, horizon));
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** Forgets waiting requests and shows nothing. */
    public void clear() {
        generation++;
        pending.set(null);
        ui.execute(() -> onResult.accept(Result.NONE));
    }

    private void drain() {
        while (true) {
            Request r = pending.getAndSet(null);
            if (r == null) {
                running.set(false);
                // a request may have come in between the empty read and the reset
                if (pending.get() != null && running.compareAndSet(false, true)) {
                    continue;
                }
                return;
            }
            Result found;
            try {
                List<Schuurpunt> list = analysis.engine(r.scenario()).analyseCandidate(r.candidate(), r.horizon());
                found = list.isEmpty() ? Result.NONE : new Result(list, RuleTotals.byRule(list));
            } catch (RuntimeException e) {
                // a shape JTS cannot handle mid-drag: show nothing rather than stop the worker
                LOG.log(Level.FINE, "live analysis failed", e);
                found = Result.NONE;
            }
            Result result = found;
            ui.execute(() -> {
                if (r.generation() == generation) {
                    onResult.accept(result);
                }
            });
        }
    }
}
