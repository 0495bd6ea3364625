package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.style.CategoryStyle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Builds the nodes of one feature in a layer style and its category style: a path per area or line part
 * (local units, id {@code feature-<id>[-<part>]}) and an anchored symbol per point part.
 */
final class FeatureShapes {
    private static final double POINT_RADIUS = 5.5;

    private FeatureShapes() {
    }

    /**
     * The feature's nodes; point symbols are anchored in {@code anchors}. Paths are registered in
     * {@code strokes} for zoom-independent widths unless it is null (the caller styles them).
     */
    static List<Node> build(Feature f, LayerStyle style, MarkerLayer anchors, ScreenStrokes strokes) {
        Color color = Color.web(style.color());
        CategoryStyle cs = CategoryStyle.of(f.category());
        List<Node> out = new ArrayList<>();
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            Node node;
            if (part instanceof Point p) {
                node = pointSymbol(style, color, cs);
                anchors.anchor(node, p.getX(), p.getY());
            } else if (part instanceof org.locationtech.jts.geom.Polygon poly) {
                Path path = PathFactory.polygon(poly);
                path.setFill(Color.color(color.getRed(), color.getGreen(), color.getBlue(), style.opacity() * cs.fillFactor()));
                path.setStroke(color.darker());
                path.setStrokeLineJoin(StrokeLineJoin.ROUND);
                if (strokes != null) {
                    strokes.add(path, style.strokeWidth(), cs.dashes(), cs.hatched() ? style.color() : null);
                }
                node = path;
            } else if (part instanceof LineString ls) {
                Path path = PathFactory.line(ls);
                path.setStroke(color);
                path.setStrokeLineCap(StrokeLineCap.ROUND);
                path.setStrokeLineJoin(StrokeLineJoin.ROUND);
                if (strokes != null) {
                    strokes.add(path, style.strokeWidth() * (f.category() == KeuzeCategorie.BESTAAND ? 1.0 : 1.6), cs.dashes(), null);
                }
                node = path;
            } else {
                continue;
            }
            node.getProperties().put("feature", f);
            node.setId("feature-" + f.id() + (g.getNumGeometries() > 1 ? "-" + i : ""));
            out.add(node);
        }
        return out;
    }

    private static Shape pointSymbol(LayerStyle style, Color color, CategoryStyle cs) {
        double r = POINT_RADIUS;
        Shape s = switch (style.symbol()) {
            case SQUARE -> new Rectangle(-r, -r, 2 * r, 2 * r);
            case TRIANGLE -> new Polygon(0, -r * 1.2, r * 1.1, r * 0.8, -r * 1.1, r * 0.8);
            case CIRCLE -> new Circle(0, 0, r);
        };
        switch (cs) {
            case SOLID -> s.setFill(color);
            case HATCHED -> s.setFill(Color.color(color.getRed(), color.getGreen(), color.getBlue(), 0.45));
            case OUTLINE -> s.setFill(Color.WHITE);
            case LIGHT -> s.setFill(color.deriveColor(0, 0.6, 1.2, 0.8));
        }
        s.setStroke(cs == CategoryStyle.OUTLINE || cs == CategoryStyle.HATCHED ? color : Color.web("#202020"));
        s.setStrokeWidth(cs == CategoryStyle.OUTLINE ? 2 : 1.2);
        if (cs.dashes() != null) {
            s.getStrokeDashArray().setAll(3.0, 2.0);
        }
        return s;
    }
}
