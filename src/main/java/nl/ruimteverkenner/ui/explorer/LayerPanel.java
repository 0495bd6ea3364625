package nl.ruimteverkenner.ui.explorer;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.model.GroupKind;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * The layer panel: the groups of the Nota Ruimte (water en bodem first, marked "sturend"), each with a
 * switch and opacity slider, and under it its layers with switch, colour swatch and opacity slider; a layer's
 * context menu exports it as GeoJSON or GeoPackage, followed by the items other features add
 * ({@link #setMoreLayerItems}).
 */
public final class LayerPanel extends ScrollPane {
    private final ExplorerViewModel vm;
    private final VBox content = new VBox(2);
    private final BiConsumer<Layer, ExportFormat> export;
    private Function<Layer, List<MenuItem>> moreItems = l -> List.of();

    /** A layer panel whose layers' context menu exports through {@code export}. */
    public LayerPanel(ExplorerViewModel vm, BiConsumer<Layer, ExportFormat> export) {
        this.vm = vm;
        this.export = export;
        getStyleClass().add("layer-panel");
        content.setPadding(new Insets(6, 8, 8, 8));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        vm.scenarioProperty().addListener((o, a, s) -> rebuild(s));
        rebuild(vm.getScenario());
    }

    /**
     * Adds the items {@code items} gives for each layer to the layer's context menu, after the export items (the
     * panel is rebuilt, and asks again whenever the scenario changes).
     */
    public void setMoreLayerItems(Function<Layer, List<MenuItem>> items) {
        this.moreItems = items;
        rebuild(vm.getScenario());
    }

    private void rebuild(Scenario s) {
        content.getChildren().clear();
        Label title = new Label(Messages.get("layers.title"));
        title.getStyleClass().add("panel-title");
        content.getChildren().add(title);
        if (s == null) {
            return;
        }
        for (LayerGroup g : s.groups()) {
            ExplorerViewModel.Switch gs = vm.groupSwitch(g.theme());
            CheckBox box = new CheckBox(g.label());
            box.setId("group-" + g.theme().id());
            box.getStyleClass().add("group-check");
            box.selectedProperty().bindBidirectional(gs.visibleProperty());
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            if (!g.description().isEmpty()) {
                box.setTooltip(new Tooltip(g.label() + "\n\n" + g.description()));
            }
            box.setGraphic(groupSwatch(s.layersOf(g.theme())));
            HBox header = new HBox(6, box);
            header.setAlignment(Pos.CENTER_LEFT);
            if (g.kind() == GroupKind.BASIS) {
                Label badge = new Label(Messages.get("layers.sturend"));
                badge.getStyleClass().add("badge-sturend");
                badge.setTooltip(new Tooltip(Messages.get("layers.sturend.tooltip")));
                header.getChildren().add(badge);
            }
            header.getChildren().add(slider(gs, Messages.get("layers.groupOpacity", g.label())));
            header.getStyleClass().add("group-header");
            content.getChildren().add(header);
            for (Layer l : s.layersOf(g.theme())) {
                content.getChildren().add(layerRow(l, gs));
            }
        }
    }

    /** A small strip with the colours of the group's layers (at most five). */
    private static HBox groupSwatch(List<Layer> layers) {
        HBox strip = new HBox(0);
        strip.getStyleClass().add("group-swatch");
        layers.stream().map(l -> l.style().color()).distinct().limit(5).forEach(c -> {
            Rectangle r = new Rectangle(5, 14, Color.web(c));
            strip.getChildren().add(r);
        });
        return strip;
    }

    private HBox layerRow(Layer l, ExplorerViewModel.Switch groupSwitch) {
        ExplorerViewModel.Switch ls = vm.layerSwitch(l.id());
        Rectangle swatch = new Rectangle(14, 14, Color.web(l.style().color(), Math.max(0.35, l.style().opacity())));
        swatch.setStroke(Color.web(l.style().color()).darker());
        swatch.getStyleClass().add("swatch");
        CheckBox box = new CheckBox(l.label());
        box.setId("layer-" + l.id());
        box.selectedProperty().bindBidirectional(ls.visibleProperty());
        box.setGraphic(swatch);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip(l.description().isEmpty() ? l.label() : l.label() + "\n\n" + l.description()));
        HBox.setHgrow(box, Priority.ALWAYS);
        Region indent = new Region();
        indent.setMinWidth(14);
        HBox row = new HBox(4, indent, box, slider(ls, Messages.get("layers.layerOpacity", l.label())));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("layer-row");
        row.disableProperty().bind(groupSwitch.visibleProperty().not());
        ContextMenu menu = new ContextMenu();
        for (ExportFormat f : List.of(ExportFormat.GEOJSON, ExportFormat.GPKG)) {
            MenuItem item = new MenuItem(Messages.get("layers.export." + f.id()));
            item.setId("layer-export-" + f.id());
            item.setOnAction(e -> export.accept(l, f));
            menu.getItems().add(item);
        }
        List<MenuItem> more = moreItems.apply(l);
        if (!more.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(more);
        }
        box.setContextMenu(menu);
        return row;
    }

    private static Slider slider(ExplorerViewModel.Switch sw, String tooltip) {
        Slider s = new Slider(0, 1, sw.opacityProperty().get());
        s.valueProperty().bindBidirectional(sw.opacityProperty());
        s.setPrefWidth(54);
        s.setMinWidth(54);
        s.setTooltip(new Tooltip(tooltip));
        s.getStyleClass().add("opacity-slider");
        return s;
    }
}
