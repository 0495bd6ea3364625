package nl.ruimteverkenner.map;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The JavaFX toolkit for the map tests that need no window of the application: started once, work run on its thread. */
final class FxToolkit {
    private FxToolkit() {
    }

    /** Starts the toolkit unless another test did. */
    static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started it
        }
    }

    /** Runs {@code work} on the FX thread and returns its result, or throws what it threw (30 s at most). */
    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
