package nl.ruimteverkenner.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.io.Exports;
import nl.ruimteverkenner.map.FeatureLayer;
import nl.ruimteverkenner.map.FeaturePicker;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.FileExport;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.locationtech.jts.geom.Envelope;

/**
 * Exploring the map: the layer panel with its legend, the horizon buttons (keys 1 2 3), the map keys (zoom,
 * pan, Home), clicking a feature for its info, the highlight of what is selected, and the status line.
 * Observes the explorer's scenario and horizon and keeps the map's feature layer in step.
 */
public final class ExplorerController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final MapPane map;
    private final Legend legend;
    private final InfoPanel info;
    private final LayerPanel layers;
    private final Tab layersTab;
    private final ToggleGroup horizonGroup = new ToggleGroup();
    private final HBox horizonBox = new HBox();

    public ExplorerController(UiContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.map = ctx.map();
        this.legend = new Legend(vm);
        this.info = new InfoPanel(vm);
        ScrollPane legendScroll = new ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legendScroll.getStyleClass().add("legend-scroll");
        this.layers = new LayerPanel(vm, this::exportLayer);
        SplitPane left = new SplitPane(layers, legendScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        left.getStyleClass().add("side-panel");
        layersTab = new Tab(Messages.get("tab.layers"), left);
        layersTab.setClosable(false);
        horizonBox.getStyleClass().add("segmented");
        vm.scenarioProperty().addListener((o, a, s) -> scenarioShown(s));
        vm.horizonProperty().addListener((o, a, h) -> horizonShown(h));
        horizonGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                // keep one horizon selected: a second click on the active button does nothing
                Platform.runLater(() -> {
                    if (horizonGroup.getSelectedToggle() == null && a != null) {
                        a.setSelected(true);
                    }
                });
            } else {
                vm.horizonProperty().set((Horizon) t.getUserData());
            }
        });
        vm.selectedProperty().addListener((o, a, f) -> map.highlight().set(vm.highlighted()));
        ctx.clicks().add(MapClicks.PICK, (lon, lat, tol, count) -> pick(lon, lat, tol).isPresent());
        addShortcuts(ctx.shortcuts());
        rebuildHorizonButtons(null);
        updateStatus();
    }

    private FeatureLayer layer() {
        return map.features();
    }

    private void addShortcuts(Shortcuts keys) {
        keys.add("map.zoomIn", Group.MAP, Scope.NOT_TYPING, () -> zoom(1), plain(KeyCode.PLUS), plain(KeyCode.ADD),
                plain(KeyCode.EQUALS));
        keys.add("map.zoomOut", Group.MAP, Scope.NOT_TYPING, () -> zoom(-1), plain(KeyCode.MINUS), plain(KeyCode.SUBTRACT));
        keys.document("map.pan", Group.MAP); // the four entries below act
        keys.add(new Shortcuts.Shortcut("map.pan.left", Group.MAP, List.of(plain(KeyCode.LEFT)), Scope.MAP, 0, () -> pan(-1, 0)));
        keys.add(new Shortcuts.Shortcut("map.pan.right", Group.MAP, List.of(plain(KeyCode.RIGHT)), Scope.MAP, 0, () -> pan(1, 0)));
        keys.add(new Shortcuts.Shortcut("map.pan.up", Group.MAP, List.of(plain(KeyCode.UP)), Scope.MAP, 0, () -> pan(0, -1)));
        keys.add(new Shortcuts.Shortcut("map.pan.down", Group.MAP, List.of(plain(KeyCode.DOWN)), Scope.MAP, 0, () -> pan(0, 1)));
        keys.add("map.home", Group.MAP, Scope.NOT_TYPING, () -> {
            map.goHome();
            return true;
        }, plain(KeyCode.HOME));
        keys.document("map.drag", Group.MAP);
        keys.document("map.wheel", Group.MAP);
        Horizon[] all = Horizon.values();
        for (int i = 0; i < all.length; i++) {
            int index = i;
            keys.add("horizon." + all[i].year(), Group.HORIZON, Scope.NOT_TYPING, () -> selectHorizon(index),
                    plain(KeyCode.valueOf("DIGIT" + (i + 1))), plain(KeyCode.valueOf("NUMPAD" + (i + 1))));
        }
        keys.document("explore.click", Group.EXPLORE);
        keys.add(new Shortcuts.Shortcut("explore.clear", Group.GENERAL, List.of(plain(KeyCode.ESCAPE)), Scope.NOT_TYPING, 0,
                () -> {
                    // nothing selected: Esc goes on to the next entry (e.g. closing the gemeente lens)
                    boolean any = vm.selectedProperty().get() != null || vm.selectedKeuzeProperty().get() != null
                            || vm.selectedSchuurpuntProperty().get() != null;
                    vm.clearSelection();
                    return any;
                }));
        keys.add(new Shortcuts.Shortcut("explore.leaveField", Group.GENERAL, List.of(plain(KeyCode.ESCAPE)), Scope.TYPING, 0,
                () -> {
                    map.requestFocus();
                    return true;
                }));
    }

    /** A key without Ctrl, Alt or Meta; Shift does not matter. */
    static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_ANY);
    }

    private boolean zoom(int dz) {
        map.zoomBy(dz);
        return true;
    }

    private boolean pan(int sx, int sy) {
        map.panStep(sx, sy);
        return true;
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(layersTab);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem home = new MenuItem(Messages.get("map.home"));
        home.setOnAction(e -> map.goHome());
        List<MenuEntry> out = new ArrayList<>(List.of(new MenuEntry(Menu.VIEW, home)));
        for (Horizon h : Horizon.values()) {
            MenuItem item = new MenuItem(Messages.get("horizon.menu", h.year(), h.ordinal() + 1));
            item.setOnAction(e -> vm.horizonProperty().set(h));
            out.add(new MenuEntry(Menu.VIEW, item));
        }
        return out;
    }

    @Override
    public List<Node> toolBarItems() {
        Button home = new Button(Messages.get("map.home"));
        home.setId("home-button");
        home.setTooltip(new Tooltip(Messages.get("map.home.tooltip")));
        home.setOnAction(e -> map.goHome());
        return List.of(new Label(Messages.get("toolbar.horizon")), horizonBox, new Separator(Orientation.VERTICAL), home);
    }

    /** The layer panel (its context menu takes sections from other features). */
    public LayerPanel layerPanel() {
        return layers;
    }

    /** The info panel beside the map. */
    /** The legend below the layer panel. */
    public Legend legend() {
        return legend;
    }

    public InfoPanel infoPanel() {
        return info;
    }

    private void scenarioShown(Scenario s) {
        rebuildHorizonButtons(s);
        if (s != null) {
            FeatureLayer layer = layer();
            layer.setScenario(s);
            layer.setHorizon(vm.horizonProperty().get());
            for (Layer l : s.layers()) {
                ExplorerViewModel.Switch ls = vm.layerSwitch(l.id());
                ExplorerViewModel.Switch gs = vm.groupSwitch(l.theme());
                Runnable apply = () -> {
                    layer.setLayerVisible(l.id(), vm.isLayerShown(l));
                    layer.setLayerOpacity(l.id(), vm.layerOpacity(l));
                    dropHiddenSelection();
                    legend.refresh();
                    updateStatus();
                };
                ls.visibleProperty().addListener(x -> apply.run());
                gs.visibleProperty().addListener(x -> apply.run());
                ls.opacityProperty().addListener(x -> layer.setLayerOpacity(l.id(), vm.layerOpacity(l)));
                gs.opacityProperty().addListener(x -> layer.setLayerOpacity(l.id(), vm.layerOpacity(l)));
                layer.setLayerVisible(l.id(), vm.isLayerShown(l));
                layer.setLayerOpacity(l.id(), vm.layerOpacity(l));
            }
        }
        legend.refresh();
        updateStatus();
    }

    private void horizonShown(Horizon h) {
        layer().setHorizon(h);
        for (var t : horizonGroup.getToggles()) {
            t.setSelected(t.getUserData() == h);
        }
        dropHiddenSelection();
        legend.refresh();
        updateStatus();
    }

    private void dropHiddenSelection() {
        if (vm.selectedProperty().get() != null && !vm.isShown(vm.selectedProperty().get())) {
            vm.selectedProperty().set(null);
        }
    }

    private void rebuildHorizonButtons(Scenario s) {
        horizonBox.getChildren().clear();
        horizonGroup.getToggles().clear();
        for (Horizon h : s == null ? List.of(Horizon.values()) : s.horizons()) {
            ToggleButton b = new ToggleButton(Messages.get("horizon.button", h.year()));
            b.setId("horizon-" + h.year());
            b.setUserData(h);
            b.setToggleGroup(horizonGroup);
            b.setTooltip(new Tooltip(Messages.get("horizon.tooltip." + h.year(), h.ordinal() + 1)));
            b.setSelected(vm.horizonProperty().get() == h);
            horizonBox.getChildren().add(b);
        }
    }

    private boolean selectHorizon(int index) {
        Scenario s = vm.getScenario();
        List<Horizon> hs = s == null ? List.of(Horizon.values()) : s.horizons();
        Horizon wanted = Horizon.values()[index];
        if (hs.contains(wanted)) {
            vm.horizonProperty().set(wanted);
        }
        return true;
    }

    /** Selects the shown feature under the pointer (or nothing); the found feature, if any. */
    public Optional<Feature> pick(double lon, double lat, double tolerance) {
        Scenario s = vm.getScenario();
        if (s == null) {
            return Optional.empty();
        }
        Optional<Feature> hit = FeaturePicker.pick(s.layers(), vm::isShown, lon, lat, tolerance);
        vm.selectedProperty().set(hit.orElse(null));
        return hit;
    }

    /** Shows features on the map: fits their extent, not closer than zoom 11. */
    public void zoomTo(List<Feature> features) {
        if (features.isEmpty()) {
            return;
        }
        Envelope env = new Envelope();
        features.forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        fit(env, 0.15, 0.05, 0.03);
        if (map.zoom() > 11) {
            double[] c = map.center();
            map.setView(c[1], c[0], 11);
        }
    }

    /** Fits the map to {@code env} with a margin of {@code share} of its size, at least the given degrees. */
    public void fit(Envelope env, double share, double minPadX, double minPadY) {
        double padX = Math.max(env.getWidth() * share, minPadX);
        double padY = Math.max(env.getHeight() * share, minPadY);
        map.fit(env.getMinX() - padX, env.getMinY() - padY, env.getMaxX() + padX, env.getMaxY() + padY);
    }

    /** Refreshes the status line (scenario, features shown, horizon, variant). */
    public void updateStatus() {
        Scenario s = vm.getScenario();
        if (s == null) {
            ctx.status().show(Messages.get("status.noScenario"));
            return;
        }
        long shown = s.features().filter(vm::isShown).count();
        ctx.status().show(Messages.get("status.scenario", s.name(), shown, s.features().count(), vm.horizonProperty().get().year())
                + s.variant().map(v -> Messages.get("status.variant", v.basedOn(), v.author().isEmpty() ? "—" : v.author(),
                        Messages.dateTime(v.date()))).orElse(""));
    }

    /** Asks where to write all features of {@code layer} (every horizon) in {@code format} and writes them in the background. */
    private void exportLayer(Layer layer, ExportFormat format) {
        Scenario s = vm.getScenario();
        if (s == null) {
            return;
        }
        List<Feature> features = s.features().filter(f -> f.layerId().equals(layer.id())).toList();
        new FileExport(ctx).ask(Messages.get("layers.export.title", layer.label()), layer.id(), List.of(format), features.size(),
                (target, f) -> Exports.writeFeatures(features, f, target, layer.id(), layer.label()));
    }
}
