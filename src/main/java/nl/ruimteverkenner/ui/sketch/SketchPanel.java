package nl.ruimteverkenner.ui.sketch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.edit.Command;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Theme;

/**
 * The sketch tools: the thema to draw as, polygon, line and point, the edit tool for reshaping, undo and
 * redo, the history, saving a variant and exporting the sketches for a GIS.
 */
public final class SketchPanel extends VBox {
    private final ListView<String> history = new ListView<>();
    private final ComboBox<Theme> drawAs = new ComboBox<>();
    private final Function<Theme, String> themeLabel;

    public SketchPanel(SketchController c, Function<Theme, String> themeLabel,
                       Runnable deleteSelected, Runnable editProperties, Runnable saveVariant, Runnable exportSketches) {
        super(6);
        this.themeLabel = themeLabel;
        setPadding(new Insets(8));
        setId("sketch-panel");
        getStyleClass().add("keuzeregister");
        Label title = new Label(Messages.get("sketch.title"));
        title.getStyleClass().add("panel-title");
        Label help = new Label(Messages.get("sketch.help"));
        help.setWrapText(true);
        help.setMinHeight(Label.USE_PREF_SIZE);
        help.getStyleClass().add("legend-note");
        ToggleGroup tools = new ToggleGroup();
        ToggleButton polygon = tool(tools, "sketch-polygon", "sketch.polygon", c, SketchController.Tool.POLYGON);
        ToggleButton line = tool(tools, "sketch-line", "sketch.line", c, SketchController.Tool.LINE);
        ToggleButton point = tool(tools, "sketch-point", "sketch.point", c, SketchController.Tool.POINT);
        ToggleButton edit = tool(tools, "sketch-edit", "sketch.edit", c, SketchController.Tool.EDIT);
        drawAs.setId("sketch-draw-theme");
        drawAs.getItems().setAll(Arrays.stream(Theme.values())
                .filter(t -> t != Theme.BESTUUR).toList());
        drawAs.setCellFactory(l -> new ThemeCell());
        drawAs.setButtonCell(new ThemeCell());
        drawAs.valueProperty().bindBidirectional(c.drawThemeProperty());
        drawAs.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(drawAs, Priority.ALWAYS);
        Label drawAsLabel = new Label(Messages.get("sketch.drawAs"));
        drawAsLabel.setLabelFor(drawAs);
        drawAsLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox drawAsRow = new HBox(6, drawAsLabel, drawAs);
        drawAsRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox snap = new CheckBox(Messages.get("sketch.snap"));
        snap.setId("sketch-snap");
        snap.setTooltip(new Tooltip(Messages.get("sketch.snap.tooltip")));
        snap.selectedProperty().bindBidirectional(c.snappingProperty());
        Label editHelp = new Label(Messages.get("sketch.edit.help"));
        editHelp.setWrapText(true);
        editHelp.setMinHeight(Label.USE_PREF_SIZE);
        editHelp.getStyleClass().add("legend-note");
        editHelp.managedProperty().bind(editHelp.visibleProperty());
        editHelp.visibleProperty().bind(c.toolProperty().isEqualTo(SketchController.Tool.EDIT));
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
        delete.setId("sketch-delete");
        delete.setTooltip(new Tooltip(Messages.get("sketch.delete.tooltip")));
        Button properties = new Button(Messages.get("sketch.properties"));
        properties.setId("sketch-properties");
        properties.setTooltip(new Tooltip(Messages.get("sketch.properties.tooltip")));
        properties.setOnAction(e -> editProperties.run());
        delete.setOnAction(e -> deleteSelected.run());
        Button save = new Button(Messages.get("sketch.saveVariant"));
        save.setId("sketch-save-variant");
        save.setOnAction(e -> saveVariant.run());
        Button export = new Button(Messages.get("sketch.export"));
        export.setId("sketch-export");
        export.setTooltip(new Tooltip(Messages.get("sketch.export.tooltip")));
        export.setOnAction(e -> exportSketches.run());
        history.setId("sketch-history");
        history.setMinHeight(110);
        history.setPrefHeight(220);
        history.setPlaceholder(new Label(Messages.get("sketch.history.empty")));
        VBox.setVgrow(history, Priority.ALWAYS);
        Runnable refresh = () -> {
            undo.setDisable(!c.stack().canUndo());
            redo.setDisable(!c.stack().canRedo());
            List<String> done = new ArrayList<>(c.stack().history().stream().map(Command::description).toList());
            Collections.reverse(done);
            history.getItems().setAll(done);
            for (Command r : c.stack().redoable()) {
                history.getItems().add(0, "↶ " + r.description());
            }
        };
        c.stack().addListener(refresh);
        refresh.run();
        Label historyTitle = new Label(Messages.get("sketch.history"));
        historyTitle.getStyleClass().add("legend-heading");
        getChildren().addAll(title, help, drawAsRow, new HBox(4, polygon, line, point, edit), snap, editHelp, new HBox(4, undo, redo), new HBox(4, properties, delete),
                historyTitle, history, new HBox(4, save, export));
    }

    /** Shows the thema names of a newly opened scenario. */
    public void refreshThemes() {
        drawAs.setButtonCell(new ThemeCell());
    }

    /** Shows a thema by its name in the open scenario. */
    private final class ThemeCell extends ListCell<Theme> {
        @Override
        protected void updateItem(Theme t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? "" : themeLabel.apply(t));
        }
    }

    private static ToggleButton tool(ToggleGroup g, String id, String key, SketchController c, SketchController.Tool t) {
        ToggleButton b = new ToggleButton(Messages.get(key));
        b.setId(id);
        b.setUserData(t);
        b.setToggleGroup(g);
        b.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        return b;
    }
}
