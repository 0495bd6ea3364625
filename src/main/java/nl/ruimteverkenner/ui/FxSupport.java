package nl.ruimteverkenner.ui;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.util.StringConverter;

/** Small helpers shared by the screens. */
public final class FxSupport {
    /** Dialog buttons with Dutch text (JavaFX ships no Dutch for its standard buttons); same roles as ButtonType's. */
    public static final javafx.scene.control.ButtonType OK = button("button.ok", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    public static final javafx.scene.control.ButtonType CANCEL = button("button.cancel",
            javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final javafx.scene.control.ButtonType YES = button("button.yes", javafx.scene.control.ButtonBar.ButtonData.YES);
    public static final javafx.scene.control.ButtonType NO = button("button.no", javafx.scene.control.ButtonBar.ButtonData.NO);
    public static final javafx.scene.control.ButtonType CLOSE = button("button.close",
            javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);

    private FxSupport() {
    }

    private static javafx.scene.control.ButtonType button(String key, javafx.scene.control.ButtonBar.ButtonData data) {
        return new javafx.scene.control.ButtonType(nl.ruimteverkenner.i18n.Messages.get(key), data);
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
