package nl.ruimteverkenner.map;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;

/**
 * The scenario's features, one group per layer (id {@code layer-<id>}) in the scenario's order: areas and
 * lines as paths in their layer and category style, points as symbols of constant screen size. Layers
 * can be hidden and made transparent; only features in force at the horizon are shown. A layer of
 * {@value TiledLayerView#TILED_FROM} features or more is drawn as raster tiles instead ({@link TiledLayerView}),
 * simplified per zoom level, so that a parcel layer pans as smoothly as the bundled ones.
 * FX thread only: setters throw {@link IllegalStateException} on another thread.
 */
public final class FeatureLayer {
    private final Group areas = new Group();
    private final MarkerLayer points;
    private final ScreenStrokes strokes;
    private final Map<String, Group> areaGroups = new LinkedHashMap<>();
    private final Map<String, Group> pointGroups = new LinkedHashMap<>();
    private final Map<String, List<Node>> nodesByFeature = new HashMap<>();
    private final Map<String, TiledLayerView> tiled = new HashMap<>();
    private final MapProjection projection;
    private double[] view;
    private Scenario scenario;
    private Horizon horizon = Horizon.H2030;

    FeatureLayer(MapProjection projection) {
        this.projection = projection;
        this.points = new MarkerLayer(projection, null, true);
        this.strokes = new ScreenStrokes(projection);
    }

    /** The scaled group of areas and lines. */
    Group areas() {
        return areas;
    }

    /** The anchored group of point symbols. */
    Group points() {
        return points.node();
    }

    /** Replaces the drawn scenario. */
    public void setScenario(Scenario scenario) {
        FxThread.check();
        this.scenario = scenario;
        areas.getChildren().clear();
        points.node().getChildren().clear();
        areaGroups.clear();
        pointGroups.clear();
        nodesByFeature.clear();
        strokes.clear();
        Map<String, TiledLayerView> before = new HashMap<>(tiled);
        tiled.clear();
        for (Layer layer : scenario.layers()) {
            Group ag = new Group();
            Group pg = new Group();
            ag.setId("layer-" + layer.id());
            areaGroups.put(layer.id(), ag);
            pointGroups.put(layer.id(), pg);
            areas.getChildren().add(ag);
            points.node().getChildren().add(pg);
            if (TiledLayerView.suits(layer)) {
                TiledLayerView old = before.get(layer.id());
                // an unchanged layer keeps its tiles; a changed one is drawn again
                TiledLayerView tv = old != null && old.layer() == layer ? old : new TiledLayerView(layer);
                tv.setHorizon(horizon);
                tiled.put(layer.id(), tv);
                ag.getChildren().add(tv.node());
                continue;
            }
            for (Feature f : layer.features()) {
                List<Node> nodes = FeatureShapes.build(f, layer.style(), points, strokes);
                nodesByFeature.put(f.id(), nodes);
                for (Node n : nodes) {
                    (MarkerLayer.isAnchored(n) ? pg : ag).getChildren().add(n);
                }
            }
        }
        applyHorizon();
        if (view != null) {
            viewChanged(view[0], view[1], view[2], view[3]);
        }
    }

    /**
     * The view moved or changed size: where local (0, 0) lies on screen and the view's size in pixels. Tiled layers
     * draw what has come into view.
     */
    void viewChanged(double originX, double originY, double width, double height) {
        view = new double[] {originX, originY, width, height};
        for (TiledLayerView tv : tiled.values()) {
            tv.viewChanged(originX, originY, projection.scale(), projection.zoom(), width, height);
        }
    }

    /** The tiled view of a large layer, or null when the layer is drawn as paths (tests). */
    TiledLayerView tiledView(String layerId) {
        return tiled.get(layerId);
    }

    /** The drawn scenario (null before the first). */
    public Scenario scenario() {
        return scenario;
    }

    /** Shows the features in force at {@code h}. */
    public void setHorizon(Horizon h) {
        FxThread.check();
        this.horizon = h;
        applyHorizon();
        for (TiledLayerView tv : tiled.values()) {
            tv.setHorizon(h);
        }
    }

    /** Shows or hides a layer. */
    public void setLayerVisible(String layerId, boolean visible) {
        FxThread.check();
        Group a = areaGroups.get(layerId);
        if (a != null) {
            a.setVisible(visible);
            pointGroups.get(layerId).setVisible(visible);
            TiledLayerView tv = tiled.get(layerId);
            if (tv != null) {
                tv.setShown(visible);
            }
        }
    }

    /** Sets a layer's opacity (0–1). */
    public void setLayerOpacity(String layerId, double opacity) {
        FxThread.check();
        Group a = areaGroups.get(layerId);
        if (a != null) {
            a.setOpacity(opacity);
            pointGroups.get(layerId).setOpacity(opacity);
        }
    }

    /** Whether a layer's group is shown (tests and the picker use this). */
    public boolean isLayerShown(String layerId) {
        Group a = areaGroups.get(layerId);
        return a != null && a.isVisible();
    }

    /** Whether the feature is drawn right now: its layer is on and it is in force at the horizon. */
    public boolean isShown(Feature f) {
        return isLayerShown(f.layerId()) && f.isInForceAt(horizon);
    }

    private void applyHorizon() {
        if (scenario == null) {
            return;
        }
        scenario.features().forEach(f -> {
            boolean on = f.isInForceAt(horizon);
            for (Node n : nodesByFeature.getOrDefault(f.id(), List.of())) {
                n.setVisible(on);
            }
        });
    }
}
