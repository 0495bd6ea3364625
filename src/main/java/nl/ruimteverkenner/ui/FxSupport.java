package nl.ruimteverkenner.ui;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.util.StringConverter;

/** Small helpers shared by the screens. */
public final class FxSupport {
    private FxSupport() {
    }

    /** Runs on the FX thread: now when already there, else later; directly when there is no toolkit (unit tests). */
    public static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException notStarted) {
                r.run();
            }
        }
    }

    /** A one-way converter for combo boxes that only display values. */
    public static <T> StringConverter<T> displayOnly(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
