package nl.ruimteverkenner.ui.sketch;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.edit.Command;
import nl.ruimteverkenner.i18n.Messages;

/** The sketch tools: polygon, line and point, undo and redo, the history, and saving a variant. */
public final class SketchPanel extends VBox {
    private final ListView<String> history = new ListView<>();

    public SketchPanel(SketchController c, Runnable deleteSelected, Runnable saveVariant) {
        super(6);
        setPadding(new Insets(8));
        setId("sketch-panel");
        getStyleClass().add("keuzeregister");
        Label title = new Label(Messages.get("sketch.title"));
        title.getStyleClass().add("panel-title");
        Label help = new Label(Messages.get("sketch.help"));
        help.setWrapText(true);
        help.getStyleClass().add("legend-note");
        ToggleGroup tools = new ToggleGroup();
        ToggleButton polygon = tool(tools, "sketch-polygon", "sketch.polygon", c, SketchController.Tool.POLYGON);
        ToggleButton line = tool(tools, "sketch-line", "sketch.line", c, SketchController.Tool.LINE);
        ToggleButton point = tool(tools, "sketch-point", "sketch.point", c, SketchController.Tool.POINT);
        tools.selectedToggleProperty().addListener((o, a, t) -> c.toolProperty().set(
                t == null ? SketchController.Tool.NONE : (SketchController.Tool) t.getUserData()));
        c.toolProperty().addListener((o, a, t) -> {
            for (var tg : tools.getToggles()) {
                tg.setSelected(tg.getUserData() == t);
            }
        });
        Button undo = new Button(Messages.get("sketch.undo"));
        undo.setId("sketch-undo");
        undo.setOnAction(e -> c.stack().undo());
        Button redo = new Button(Messages.get("sketch.redo"));
        redo.setId("sketch-redo");
        redo.setOnAction(e -> c.stack().redo());
        Button delete = new Button(Messages.get("sketch.delete"));
        delete.setOnAction(e -> deleteSelected.run());
        Button save = new Button(Messages.get("sketch.saveVariant"));
        save.setId("sketch-save-variant");
        save.setOnAction(e -> saveVariant.run());
        history.setId("sketch-history");
        history.setPlaceholder(new Label(Messages.get("sketch.history.empty")));
        VBox.setVgrow(history, Priority.ALWAYS);
        Runnable refresh = () -> {
            undo.setDisable(!c.stack().canUndo());
            redo.setDisable(!c.stack().canRedo());
            java.util.List<String> done = new java.util.ArrayList<>(c.stack().history().stream().map(Command::description).toList());
            java.util.Collections.reverse(done);
            history.getItems().setAll(done);
            for (Command r : c.stack().redoable()) {
                history.getItems().add(0, "↶ " + r.description());
            }
        };
        c.stack().addListener(refresh);
        refresh.run();
        Label historyTitle = new Label(Messages.get("sketch.history"));
        historyTitle.getStyleClass().add("legend-heading");
        getChildren().addAll(title, help, new HBox(4, polygon, line, point), new HBox(4, undo, redo), delete,
                historyTitle, history, save);
    }

    private static ToggleButton tool(ToggleGroup g, String id, String key, SketchController c, SketchController.Tool t) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setId(id);
        b.setUserData(t);
        b.setToggleGroup(g);
        return b;
    }
}
