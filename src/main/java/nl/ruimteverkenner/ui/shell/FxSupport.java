package nl.ruimteverkenner.ui.shell;

import java.util.function.Function;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.util.StringConverter;
import nl.ruimteverkenner.i18n.Messages;

/** Small helpers shared by the screens. */
public final class FxSupport {
    /** Dialog buttons with Dutch text (JavaFX ships no Dutch for its standard buttons); same roles as ButtonType's. */
    public static final ButtonType OK = button("button.ok", ButtonData.OK_DONE);
    public static final ButtonType CANCEL = button("button.cancel", ButtonData.CANCEL_CLOSE);
    public static final ButtonType YES = button("button.yes", ButtonData.YES);
    public static final ButtonType NO = button("button.no", ButtonData.NO);
    public static final ButtonType CLOSE = button("button.close", ButtonData.CANCEL_CLOSE);

    private FxSupport() {
    }

    private static ButtonType button(String key, ButtonData data) {
        return new ButtonType(Messages.get(key), data);
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
