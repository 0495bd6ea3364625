package nl.ruimteverkenner.ui.compare;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.ui.shell.FxSupport;

/** The compare tab: what to put left and right, how to show it, and the list of differences. */
public final class ComparePanel extends VBox {
    private final ComboBox<Horizon> leftHorizon = horizons("compare-left-horizon");
    private final ComboBox<Horizon> rightHorizon = horizons("compare-right-horizon");
    private final Label variant = new Label(Messages.get("compare.same"));
    private final ListView<String> differences = new ListView<>();
    private final ToggleButton start = new ToggleButton(Messages.get("compare.start"));

    /**
     * @param onStart       called with the chosen settings when comparing starts
     * @param onStop        called when comparing stops
     * @param chooseVariant asks for a variant (and later calls {@link #setVariantName})
     * @param onMode        called when the mode changes
     */
    public ComparePanel(Consumer<ComparePanel> onStart, Runnable onStop, Runnable chooseVariant,
                        Consumer<ComparePane.Mode> onMode) {
        super(6);
        setPadding(new Insets(8));
        setId("compare-panel");
        getStyleClass().add("keuzeregister");
        Label title = new Label(Messages.get("compare.title"));
        title.getStyleClass().add("panel-title");
        leftHorizon.setValue(Horizon.H2030);
        rightHorizon.setValue(Horizon.H2050);
        Button pick = new Button(Messages.get("compare.pickVariant"));
        pick.setOnAction(e -> chooseVariant.run());
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label(Messages.get("compare.left")), leftHorizon);
        grid.addRow(1, new Label(Messages.get("compare.right")), rightHorizon);
        variant.setWrapText(true);
        ToggleGroup modes = new ToggleGroup();
        ToggleButton swipe = new ToggleButton(Messages.get("compare.swipe"));
        swipe.setId("compare-swipe");
        swipe.setToggleGroup(modes);
        swipe.setSelected(true);
        ToggleButton side = new ToggleButton(Messages.get("compare.side"));
        side.setId("compare-side");
        side.setToggleGroup(modes);
        modes.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                onMode.accept(t == side ? ComparePane.Mode.SIDE : ComparePane.Mode.SWIPE);
            }
        });
        start.setId("compare-start");
        start.selectedProperty().addListener((o, a, on) -> {
            start.setText(Messages.get(on ? "compare.stop" : "compare.start"));
            if (on) {
                onStart.accept(this);
            } else {
                onStop.run();
            }
        });
        differences.setId("compare-differences");
        differences.setPlaceholder(new Label(Messages.get("compare.none")));
        VBox.setVgrow(differences, Priority.ALWAYS);
        Label diffTitle = new Label(Messages.get("compare.differences"));
        diffTitle.getStyleClass().add("legend-heading");
        getChildren().addAll(title, grid, new HBox(6, pick), variant, new HBox(4, swipe, side), start, diffTitle, differences);
    }

    /** Shows the name of the variant compared on the right. */
    public void setVariantName(String name) {
        variant.setText(Messages.get("compare.variant", name));
    }

    public Horizon leftHorizon() {
        return leftHorizon.getValue();
    }

    public Horizon rightHorizon() {
        return rightHorizon.getValue();
    }

    public void setStarted(boolean on) {
        start.setSelected(on);
    }

    /** Lists the differences between left and right. */
    public void showDifferences(ScenarioDiff d) {
        differences.getItems().clear();
        for (Feature f : d.added()) {
            differences.getItems().add(Messages.get("compare.added", f.label()));
        }
        for (Feature f : d.removed()) {
            differences.getItems().add(Messages.get("compare.removed", f.label()));
        }
        for (Feature f : d.changed()) {
            differences.getItems().add(Messages.get("compare.changed", f.label()));
        }
        for (Schuurpunt s : d.gained()) {
            differences.getItems().add(Messages.get("compare.gained", s.rule().title(), s.a().label(), s.b().label()));
        }
        for (Schuurpunt s : d.resolved()) {
            differences.getItems().add(Messages.get("compare.resolved", s.rule().title(), s.a().label(), s.b().label()));
        }
    }

    public ListView<String> differences() {
        return differences;
    }

    private static ComboBox<Horizon> horizons(String id) {
        ComboBox<Horizon> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(Horizon.values());
        c.setConverter(FxSupport.displayOnly(h -> Integer.toString(h.year())));
        return c;
    }
}
