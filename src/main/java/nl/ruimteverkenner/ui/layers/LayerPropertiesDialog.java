package nl.ruimteverkenner.ui.layers;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import nl.ruimteverkenner.edit.LayerEdits;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.shell.FxSupport;

/**
 * The properties of a layer: its name, the group it is shown in (its beweging or thema) and its colour. OK is
 * refused while the name is empty or while the chosen group would leave a schuurpunten rule without its
 * "sturend" side; the answer is the changed {@link LayerEdits.Properties}.
 */
public final class LayerPropertiesDialog extends Dialog<LayerEdits.Properties> {
    /**
     * @param s          the open scenario (for its groups and rules)
     * @param layer      the layer to change
     * @param groupLabel how a group is named in the panel
     */
    public LayerPropertiesDialog(Window owner, Scenario s, Layer layer, Function<Theme, String> groupLabel) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("layers.properties.title"));
        setHeaderText(Messages.get("layers.properties.header", layer.label(), layer.id()));
        TextField label = new TextField(layer.label());
        label.setId("layer-props-label");
        label.setPrefColumnCount(28);
        ComboBox<Theme> group = new ComboBox<>();
        group.setId("layer-props-group");
        group.getItems().setAll(s.groups().stream().map(LayerGroup::theme).toList());
        group.setConverter(FxSupport.displayOnly(groupLabel));
        group.setValue(layer.theme());
        if (ScenarioEdits.sketchLayerId(layer.theme()).equals(layer.id())) {
            // new sketches of the thema go into this layer by its id: it stays with its thema
            group.setDisable(true);
            group.setTooltip(new Tooltip(Messages.get("layers.properties.sketchGroup")));
        }
        ColorPicker colour = new ColorPicker(Color.web(layer.style().color()));
        colour.setId("layer-props-color");
        Label problem = new Label();
        problem.setId("layer-props-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("layers.properties.label")), label);
        grid.addRow(1, new Label(Messages.get("layers.properties.group")), group);
        grid.addRow(2, new Label(Messages.get("layers.properties.color")), colour);
        getDialogPane().setContent(new VBox(10, grid, problem));
        getDialogPane().getButtonTypes().setAll(FxSupport.OK, FxSupport.CANCEL);
        Runnable check = () -> {
            Optional<Rule> conflict = group.getValue() == null ? Optional.empty()
                    : LayerEdits.moveConflict(s, layer.id(), group.getValue());
            problem.setText(conflict.map(r -> Messages.get("layers.properties.conflict", groupLabel.apply(group.getValue()),
                    r.title())).orElse(""));
            getDialogPane().lookupButton(FxSupport.OK).setDisable(label.getText().isBlank() || group.getValue() == null
                    || conflict.isPresent());
        };
        label.textProperty().addListener(x -> check.run());
        group.valueProperty().addListener(x -> check.run());
        check.run();
        setResultConverter(b -> b == FxSupport.OK
                ? new LayerEdits.Properties(label.getText().strip(), group.getValue(), hex(colour.getValue())) : null);
        Platform.runLater(label::requestFocus);
    }

    /** A colour as {@code #rrggbb} (lower case; transparency is not part of a layer's colour). */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
