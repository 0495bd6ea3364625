package nl.ruimteverkenner.map;

import javafx.application.Platform;

/** The threading contract of the map layers: their state belongs to the JavaFX application thread. */
final class FxThread {
    private FxThread() {
    }

    /** Throws {@link IllegalStateException} unless called on the FX application thread. */
    static void check() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("map layers may only be changed on the FX application thread, not on "
                    + Thread.currentThread().getName());
        }
    }
}
