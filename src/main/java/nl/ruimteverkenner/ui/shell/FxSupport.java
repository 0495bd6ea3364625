package nl.ruimteverkenner.ui.shell;

import java.util.function.Function;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
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

    /**
     * Lets a wrapping label break between words only: its minimum width becomes its longest word's width
     * in its (CSS) font, so a narrow panel wraps "Natuurnetwerk" onto a line of its own instead of
     * cutting it.
     */
    public static void wrapAtWords(Labeled label) {
        label.setWrapText(true);
        Runnable fit = () -> {
            double longest = 0;
            for (String word : label.getText() == null ? new String[0] : label.getText().split("\\s+")) {
                Text t = new Text(word);
                t.setFont(label.getFont());
                longest = Math.max(longest, t.getLayoutBounds().getWidth());
            }
            label.setMinWidth(Math.ceil(longest) + label.snappedLeftInset() + label.snappedRightInset() + 1);
        };
        label.fontProperty().addListener((o, a, b) -> fit.run());
        label.textProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }

    /**
     * Gives every column header of a table a tooltip with its full heading, so a narrow column never hides
     * what it shows. The heading moves into a label graphic (sorting and resizing work as before).
     */
    public static void headerTooltips(TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            String text = c.getText();
            if (text != null && !text.isEmpty() && c.getGraphic() == null) {
                Label heading = new Label(text);
                heading.setTooltip(new Tooltip(text));
                heading.getStyleClass().add("column-heading");
                c.setGraphic(heading);
                c.setText(null);
            }
        }
    }

    /** Text cells that show their full text in a tooltip (for columns too narrow for long values). */
    public static <S> void textCellsWithTooltip(TableColumn<S, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean none = empty || text == null || text.isEmpty();
                setText(none ? null : text);
                setTooltip(none ? null : new Tooltip(text));
            }
        });
    }
}
