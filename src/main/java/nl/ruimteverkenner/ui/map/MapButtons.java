package nl.ruimteverkenner.ui.map;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.i18n.Messages;

/** The map's zoom buttons: in ({@code #zoom-in}), out ({@code #zoom-out}) and heel Nederland ({@code #zoom-home}). */
final class MapButtons extends VBox {
    MapButtons(Runnable zoomIn, Runnable zoomOut, Runnable home) {
        super(4, button("+", "map.zoomIn", "zoom-in", zoomIn), button("−", "map.zoomOut", "zoom-out", zoomOut),
                button("⌂", "map.home", "zoom-home", home));
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    private static Button button(String text, String tooltipKey, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("map-button");
        b.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
