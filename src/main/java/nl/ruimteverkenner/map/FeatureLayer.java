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
 * can be hidden and made transparent; only features in force at the horizon are shown.
 * FX thread only: setters throw {@link IllegalStateException} on another thread.
 */
public final class FeatureLayer {
    private final Group areas = new Group();
    private final MarkerLayer points;
    private final ScreenStrokes strokes;
    private final Map<String, Group> areaGroups = new LinkedHashMap<>();
    private final Map<String, Group> pointGroups = new LinkedHashMap<>();
    private final Map<String, List<Node>> nodesByFeature = new HashMap<>();
    private Scenario scenario;
    private Horizon horizon = Horizon.H2030;

    FeatureLayer(MapProjection projection) {
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
        for (Layer layer : scenario.layers()) {
            Group ag = new Group();
            Group pg = new Group();
            ag.setId("layer-" + layer.id());
            areaGroups.put(layer.id(), ag);
            pointGroups.put(layer.id(), pg);
            areas.getChildren().add(ag);
            points.node().getChildren().add(pg);
            for (Feature f : layer.features()) {
                List<Node> nodes = FeatureShapes.build(f, layer.style(), points, strokes);
                nodesByFeature.put(f.id(), nodes);
                for (Node n : nodes) {
                    (MarkerLayer.isAnchored(n) ? pg : ag).getChildren().add(n);
                }
            }
        }
        applyHorizon();
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
    }

    /** Shows or hides a layer. */
    public void setLayerVisible(String layerId, boolean visible) {
        FxThread.check();
        Group a = areaGroups.get(layerId);
        if (a != null) {
            a.setVisible(visible);
            pointGroups.get(layerId).setVisible(visible);
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
