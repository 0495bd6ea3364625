package nl.ruimteverkenner.ui.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.edit.ChangeCommand;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.LayerEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.explorer.ExplorerController;
import nl.ruimteverkenner.ui.explorer.LayerPanel;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.locationtech.jts.geom.Envelope;

/**
 * Working with a layer as a whole, from its context menu in the layer panel: zoom to the layer, its attribute
 * table (also Ctrl+T for the active layer), its properties (name, group, colour) and removing it. Changes go
 * onto the workshop's undo stack as one edit each, so Ctrl+Z takes them back and a saved variant keeps them.
 * FX thread only.
 */
public final class LayerToolsController implements FeatureController {
    /** The order of the section with zoom, attribute table and properties in a layer's context menu. */
    public static final int VIEW_SECTION = 10;
    /** The order of the section with Verwijderen (last). */
    public static final int REMOVE_SECTION = 90;
    private static final KeyCombination TABLE_KEY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ExplorerController explorer;
    private final CommandStack stack;
    private final Map<String, AttributeTableWindow> tables = new LinkedHashMap<>();

    /**
     * @param explorer the explorer (layer panel, zooming)
     * @param stack    the undo stack of the open scenario's edits (the workshop's)
     */
    public LayerToolsController(UiContext ctx, ExplorerController explorer, CommandStack stack) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.explorer = explorer;
        this.stack = stack;
        LayerPanel panel = explorer.layerPanel();
        panel.addMenuSection(VIEW_SECTION, l -> List.of(
                item("layer-zoom", Messages.get("layers.menu.zoom"), () -> zoomToLayer(l.id())),
                item("layer-attributes", Messages.get("layers.menu.attributes"), () -> openAttributeTable(l.id())),
                item("layer-properties", Messages.get("layers.menu.properties"), () -> editProperties(l.id()))));
        panel.addMenuSection(REMOVE_SECTION, l -> List.of(
                item("layer-remove", Messages.get("layers.menu.remove"), () -> remove(l.id()))));
        ctx.shortcuts().add("layers.attributeTable", Shortcuts.Group.EXPLORE, Shortcuts.Scope.ANYWHERE,
                this::openAttributeTableOfActiveLayer, TABLE_KEY);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem withAccelerator(MenuItem item) {
        item.setAccelerator(TABLE_KEY);
        return item;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem table = withAccelerator(item("menu-attribute-table", Messages.get("menu.attributeTable"),
                this::openAttributeTableOfActiveLayer));
        return List.of(new MenuEntry(Menu.VIEW, table));
    }

    /**
     * The layer Ctrl+T and the menu act on: the one last chosen in the layer panel, else the layer of the
     * selected feature.
     */
    public Optional<Layer> activeLayer() {
        Scenario s = vm.getScenario();
        if (s == null) {
            return Optional.empty();
        }
        String id = explorer.layerPanel().activeLayerProperty().get();
        Optional<Layer> chosen = id == null ? Optional.empty() : s.layer(id);
        if (chosen.isPresent()) {
            return chosen;
        }
        Feature f = vm.selectedProperty().get();
        return f == null ? Optional.empty() : s.layer(f.layerId());
    }

    private boolean openAttributeTableOfActiveLayer() {
        if (vm.getScenario() == null) {
            return false;
        }
        Optional<Layer> l = activeLayer();
        if (l.isEmpty()) {
            ctx.status().show(Messages.get("layers.noActive"));
        } else {
            openAttributeTable(l.get().id());
        }
        return true;
    }

    /** Fits the map to all features of a layer (every horizon), at a whole zoom level. */
    public void zoomToLayer(String layerId) {
        Optional<Layer> layer = Optional.ofNullable(vm.getScenario()).flatMap(s -> s.layer(layerId));
        if (layer.isEmpty()) {
            return;
        }
        Envelope env = new Envelope();
        layer.get().features().forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        if (env.isNull()) {
            ctx.status().show(Messages.get("layers.zoom.empty", layer.get().label()));
            return;
        }
        explorer.layerPanel().setActiveLayer(layerId);
        explorer.fit(env, 0.05, 0.01, 0.01);
    }

    /** Opens the attribute table of a layer, or brings its open table to the front. */
    public AttributeTableWindow openAttributeTable(String layerId) {
        explorer.layerPanel().setActiveLayer(layerId);
        AttributeTableWindow w = tables.get(layerId);
        if (w == null) {
            w = new AttributeTableWindow(ctx.shell().window(), vm, layerId, f -> explorer.zoomTo(List.of(f)),
                    ctx.shortcuts(), () -> tables.remove(layerId));
            tables.put(layerId, w);
        }
        w.show();
        return w;
    }

    /** The open attribute table of a layer, if any. */
    public Optional<AttributeTableWindow> attributeTable(String layerId) {
        return Optional.ofNullable(tables.get(layerId));
    }

    /** Asks for the layer's name, group and colour and applies a change as one undoable edit. */
    public void editProperties(String layerId) {
        Scenario s = vm.getScenario();
        Optional<Layer> layer = s == null ? Optional.empty() : s.layer(layerId);
        if (layer.isEmpty()) {
            return;
        }
        explorer.layerPanel().setActiveLayer(layerId);
        ctx.dialogs().show(owner -> new LayerPropertiesDialog(owner, s, layer.get(), vm::themeLabel))
                .ifPresent(p -> applyProperties(layerId, p));
    }

    /**
     * Gives a layer a new name, group and colour as one undoable edit; false when nothing changes (a colour
     * that differs only in case is no change).
     */
    public boolean applyProperties(String layerId, LayerEdits.Properties p) {
        Layer l = vm.getScenario().layer(layerId).orElseThrow(() -> new IllegalArgumentException(layerId));
        LayerEdits.Properties wanted = p.color().equalsIgnoreCase(l.style().color())
                ? new LayerEdits.Properties(p.label(), p.theme(), l.style().color()) : p;
        if (wanted.equals(LayerEdits.Properties.of(l))) {
            return false;
        }
        String groupLabel = vm.themeLabel(wanted.theme());
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace,
                sc -> LayerEdits.withProperties(sc, layerId, wanted, groupLabel),
                Messages.get("layers.properties.done", wanted.label())));
        return true;
    }

    /** Asks, naming the layer and its number of features, and removes the layer as one undoable edit. */
    public void remove(String layerId) {
        Scenario s = vm.getScenario();
        Optional<Layer> layer = s == null ? Optional.empty() : s.layer(layerId);
        if (layer.isEmpty()) {
            return;
        }
        Layer l = layer.get();
        if (ctx.dialogs().confirm(Messages.get("layers.remove.title"), Messages.get("layers.remove.header", l.label()),
                Messages.get("layers.remove.text", l.features().size()))) {
            stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace, sc -> LayerEdits.withoutLayer(sc, layerId),
                    Messages.get("layers.removed", l.label())));
            ctx.status().show(Messages.get("layers.removed.status", l.label()));
        }
    }
}
