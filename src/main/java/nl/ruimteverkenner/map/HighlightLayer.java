package nl.ruimteverkenner.map;

import java.util.Collection;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.LayerStyle;

/**
 * The selected or highlighted features (e.g. the features of a keuze or of a schuurpunt), outlined in
 * yellow whatever their layer or horizon: areas and lines above the overlays, point symbols enlarged
 * above the features' points. In high-contrast mode (presentation on a projector, where pale yellow washes
 * out) each outline is wider and lies on a dark casing. FX thread only: setters throw
 * {@link IllegalStateException} on another thread.
 */
public final class HighlightLayer {
    private static final Color HIGHLIGHT = Color.web("#ffcc00");
    private static final Color CASING = Color.web("#1b1b1b");
    private static final LayerStyle STYLE = new LayerStyle("#ffcc00", 0, 1, LayerStyle.PointSymbol.CIRCLE);
    private final Group areas = new Group();
    private final MarkerLayer points;
    private final ScreenStrokes strokes;
    private Feature selected;
    private List<Feature> highlighted = List.of();
    private boolean highContrast;

    HighlightLayer(MapProjection projection) {
        this.points = new MarkerLayer(projection, null, true);
        this.strokes = new ScreenStrokes(projection);
        areas.setMouseTransparent(true);
        points.node().setMouseTransparent(true);
    }

    /** The scaled group of outlined areas and lines. */
    Group areas() {
        return areas;
    }

    /** The anchored group of enlarged point symbols. */
    Group points() {
        return points.node();
    }

    /** Highlights one feature (null clears). */
    public void setSelected(Feature f) {
        set(f == null ? List.of() : List.of(f));
    }

    /** Highlights features (empty clears). */
    public void set(Collection<Feature> features) {
        FxThread.check();
        this.selected = features.size() == 1 ? features.iterator().next() : null;
        this.highlighted = List.copyOf(features);
        strokes.clear();
        areas.getChildren().clear();
        points.node().getChildren().clear();
        for (Feature f : highlighted) {
            if (highContrast) {
                addCasing(f);
            }
            for (Node n : FeatureShapes.build(f, STYLE, points, null)) {
                boolean point = MarkerLayer.isAnchored(n);
                if (n instanceof Shape s) {
                    s.setFill(point ? Color.TRANSPARENT : Color.color(1, 0.8, 0, 0.18));
                    s.setStroke(HIGHLIGHT);
                    s.getStrokeDashArray().clear();
                    s.setMouseTransparent(true);
                    if (!point) {
                        strokes.add(s, highContrast ? 5 : 3.5, null, null);
                    }
                }
                if (point) {
                    n.setScaleX(1.8);
                    n.setScaleY(1.8);
                    points.node().getChildren().add(n);
                } else {
                    areas.getChildren().add(n);
                }
            }
        }
    }

    /** A dark outline under the yellow one, so the selection stands out on pale and yellow backgrounds. */
    private void addCasing(Feature f) {
        for (Node n : FeatureShapes.build(f, STYLE, points, null)) {
            if (n instanceof Shape s && !MarkerLayer.isAnchored(n)) {
                s.setFill(Color.TRANSPARENT);
                s.setStroke(CASING);
                s.getStrokeDashArray().clear();
                s.setMouseTransparent(true);
                strokes.add(s, 9, null, null);
                areas.getChildren().add(s);
            }
        }
    }

    /** High contrast (presentation mode): wider outlines on a dark casing. Redraws the current highlight. */
    public void setHighContrast(boolean on) {
        FxThread.check();
        if (on != highContrast) {
            highContrast = on;
            set(highlighted);
        }
    }

    public boolean isHighContrast() {
        return highContrast;
    }

    /** The one highlighted feature, or null when none or several are highlighted. */
    public Feature selected() {
        return selected;
    }

    /** The highlighted features. */
    public List<Feature> highlighted() {
        return highlighted;
    }
}
