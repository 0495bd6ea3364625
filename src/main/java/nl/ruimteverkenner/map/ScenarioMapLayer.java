package nl.ruimteverkenner.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.style.CategoryStyle;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Draws a scenario's layers on the Gluon map. Areas and lines are built once as JavaFX paths in a local
 * coordinate system (Web Mercator pixels at zoom {@value #REF_ZOOM} around the centre of the
 * Netherlands); panning and zooming only change one transform, and line widths are corrected so they
 * stay constant on screen. Points are drawn unscaled. This is the one place that converts JTS
 * coordinates (x = lon, y = lat) to map positions. FX thread only.
 */
public final class ScenarioMapLayer extends MapLayer {
    /** Zoom level whose pixels are the local units of the drawn paths. */
    public static final int REF_ZOOM = 10;
    private static final double LON0 = 5.3;
    private static final double LAT0 = 52.2;
    private static final double X0 = WebMercator.x(LON0);
    private static final double Y0 = WebMercator.y(LAT0);
    private static final double UNITS = WebMercator.worldPixels(REF_ZOOM);
    private static final Color HIGHLIGHT = Color.web("#ffcc00");
    private static final double POINT_RADIUS = 5.5;

    private final Group areas = new Group();
    private final Group points = new Group();
    private final Translate translate = new Translate();
    private final Translate pointTranslate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, Group> areaGroups = new LinkedHashMap<>();
    private final Map<String, Group> pointGroups = new LinkedHashMap<>();
    private final Map<String, List<Node>> nodesByFeature = new HashMap<>();
    private final List<Drawn> drawn = new ArrayList<>();
    private final Map<String, Image8> hatches = new HashMap<>();
    private final Group overlayArea = new Group();
    private final Group boundaries = new Group();
    private final Group focus = new Group();
    private final Group sketch = new Group();
    private final Group live = new Group();
    private final Group editPreview = new Group();
    private final Group handles = new Group();
    private final Translate handleTranslate = new Translate();
    private final Group highlightArea = new Group();
    private final Group highlightPoint = new Group();
    private Scenario scenario;
    private Horizon horizon = Horizon.H2030;
    private Feature selected;
    private List<Feature> highlighted = List.of();
    private double appliedScale = Double.NaN;

    /** A drawn shape with its nominal (screen) line width and dashes. */
    private record Drawn(Shape shape, double width, double[] dashes, String hatchColor, Feature feature) {
    }

    private record Image8(javafx.scene.image.Image image) {
    }

    public ScenarioMapLayer() {
        areas.getTransforms().setAll(translate, scale);
        points.getTransforms().setAll(pointTranslate);
        // Panning only translates these groups: let JavaFX reuse their rendered bitmaps.
        areas.setCache(true);
        points.setCache(true);
        areas.setManaged(false);
        points.setManaged(false);
        // Clicks are resolved with FeaturePicker; the shapes must not swallow the map's drag-to-pan.
        areas.setMouseTransparent(true);
        points.setMouseTransparent(true);
        // Edit handles take presses and drags themselves (and consume them), so they are not mouse transparent.
        handles.getTransforms().setAll(handleTranslate);
        handles.setManaged(false);
        handles.setPickOnBounds(false);
        handles.setId("edit-handles");
        getChildren().addAll(areas, points, handles);
        live.setId("live-overlay");
        editPreview.setId("edit-preview");
        highlightArea.setMouseTransparent(true);
        overlayArea.setId("overlay");
        focus.setId("focus");
        boundaries.setId("boundaries");
        highlightPoint.setMouseTransparent(true);
    }

    /** Replaces the drawn scenario. */
    public void setScenario(Scenario scenario) {
        this.scenario = scenario;
        areas.getChildren().clear();
        points.getChildren().clear();
        areaGroups.clear();
        pointGroups.clear();
        nodesByFeature.clear();
        // keep the width corrections of borders, focus and overlay: they outlive a scenario
        drawn.removeIf(d -> d.feature() != null);
        selected = null;
        for (Layer layer : scenario.layers()) {
            Group ag = new Group();
            Group pg = new Group();
            ag.setId("layer-" + layer.id());
            areaGroups.put(layer.id(), ag);
            pointGroups.put(layer.id(), pg);
            areas.getChildren().add(ag);
            points.getChildren().add(pg);
            for (Feature f : layer.features()) {
                List<Node> nodes = build(f, layer.style(), true);
                nodesByFeature.put(f.id(), nodes);
                for (Node n : nodes) {
                    (n.getProperties().containsKey("point") ? pg : ag).getChildren().add(n);
                }
            }
        }
        areas.getChildren().add(0, boundaries);
        areas.getChildren().addAll(overlayArea, live, focus, highlightArea, editPreview, sketch);
        points.getChildren().add(highlightPoint);
        appliedScale = Double.NaN;
        applyHorizon();
        markDirty();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Shows the features in force at {@code h}. */
    public void setHorizon(Horizon h) {
        this.horizon = h;
        applyHorizon();
    }

    public void setLayerVisible(String layerId, boolean visible) {
        Group a = areaGroups.get(layerId);
        if (a != null) {
            a.setVisible(visible);
            pointGroups.get(layerId).setVisible(visible);
        }
    }

    public void setLayerOpacity(String layerId, double opacity) {
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

    /** A shape drawn over the scenario, e.g. the overlap of a schuurpunt. */
    public record OverlayShape(Geometry geometry, String color, String id) {
    }

    /** Replaces the overlay shapes (drawn hatched in their colour, above the layers). */
    public void setOverlay(java.util.Collection<OverlayShape> shapes) {
        fillOverlay(overlayArea, shapes, "overlay-");
    }

    /**
     * Replaces the live overlay: the schuurpunten a sketch or a shape being edited would have, drawn like the
     * overlay but in front of it; empty clears.
     */
    public void setLiveOverlay(java.util.Collection<OverlayShape> shapes) {
        fillOverlay(live, shapes, "live-");
    }

    /** The number of shapes in the live overlay (tests). */
    public int liveOverlaySize() {
        return live.getChildren().size();
    }

    private void fillOverlay(Group group, java.util.Collection<OverlayShape> shapes, String idPrefix) {
        drawn.removeIf(d -> d.shape().getParent() == group);
        group.getChildren().clear();
        for (OverlayShape o : shapes) {
            Color c = Color.web(o.color());
            for (int i = 0; i < o.geometry().getNumGeometries(); i++) {
                Geometry part = o.geometry().getGeometryN(i);
                Path path;
                double width;
                if (part instanceof org.locationtech.jts.geom.Polygon poly) {
                    path = new Path(polygonElements(poly));
                    path.setFillRule(FillRule.EVEN_ODD);
                    path.setStroke(c);
                    width = 1.6;
                    addDrawn(new Drawn(path, width, null, o.color(), null));
                } else if (part instanceof LineString ls) {
                    path = new Path(lineElements(ls.getCoordinateSequence(), false));
                    path.setFill(null);
                    path.setStroke(c);
                    path.setStrokeLineCap(StrokeLineCap.ROUND);
                    width = 5;
                    addDrawn(new Drawn(path, width, null, null, null));
                } else {
                    continue;
                }
                path.setId(idPrefix + o.id() + (o.geometry().getNumGeometries() > 1 ? "-" + i : ""));
                group.getChildren().add(path);
            }
        }
        markDirty();
    }

    /** Thin administrative borders (e.g. gemeenten) under the scenario's features. */
    public void setBoundaries(java.util.Collection<Geometry> lonLat) {
        drawn.removeIf(d -> d.shape().getParent() == boundaries);
        boundaries.getChildren().clear();
        for (Geometry g : lonLat) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon poly) {
                    Path path = new Path(polygonElements(poly));
                    path.setFill(null);
                    path.setStroke(Color.web("#6b6b6b", 0.7));
                    boundaries.getChildren().add(path);
                    drawn.add(new Drawn(path, 0.7, null, null, null));
                }
            }
        }
        appliedScale = Double.NaN;
        markDirty();
    }

    /** Outlines one area and dims everything outside it; null clears. */
    public void setFocus(Geometry lonLat) {
        drawn.removeIf(d -> d.shape().getParent() == focus);
        focus.getChildren().clear();
        if (lonLat == null) {
            return;
        }
        List<PathElement> els = new ArrayList<>();
        double big = 400_000;
        els.add(new MoveTo(-big, -big));
        els.add(new LineTo(big, -big));
        els.add(new LineTo(big, big));
        els.add(new LineTo(-big, big));
        els.add(new ClosePath());
        List<PathElement> outlineEls = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon poly) {
                els.addAll(polygonElements(poly));
                outlineEls.addAll(polygonElements(poly));
            }
        }
        Path dim = new Path(els);
        dim.setFillRule(FillRule.EVEN_ODD);
        dim.setFill(Color.color(1, 1, 1, 0.55));
        dim.setStroke(null);
        dim.setId("focus-dim");
        Path outline = new Path(outlineEls);
        outline.setFill(null);
        outline.setStroke(Color.web("#1b2a3a"));
        outline.setId("focus");
        focus.getChildren().addAll(dim, outline);
        drawn.add(new Drawn(outline, 3, null, null, null));
        appliedScale = Double.NaN;
        markDirty();
    }

    /** Shows the sketch being drawn: vertices (lon/lat) as a line, closed for a polygon; empty clears. */
    public void setSketchPreview(List<double[]> lonLat, boolean closed) {
        drawn.removeIf(d -> d.shape().getParent() == sketch);
        sketch.getChildren().clear();
        if (lonLat.isEmpty()) {
            return;
        }
        List<PathElement> els = new ArrayList<>();
        for (int i = 0; i < lonLat.size(); i++) {
            double x = lx(lonLat.get(i)[0]);
            double y = ly(lonLat.get(i)[1]);
            els.add(i == 0 ? new MoveTo(x, y) : new LineTo(x, y));
        }
        if (closed && lonLat.size() > 2) {
            els.add(new ClosePath());
        }
        Path path = new Path(els);
        path.setId("sketch-preview");
        path.setStroke(Color.web("#c2185b"));
        path.setFill(closed ? Color.web("#c2185b", 0.15) : null);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        sketch.getChildren().add(path);
        addDrawn(new Drawn(path, 2.5, new double[] {6, 4}, null, null));
        for (double[] v : lonLat) {
            Circle c = new Circle(lx(v[0]), ly(v[1]), 1);
            c.setFill(Color.WHITE);
            c.setStroke(Color.web("#c2185b"));
            sketch.getChildren().add(c);
            vertexDots.add(c);
            if (!Double.isNaN(appliedScale)) {
                c.setRadius(4 / appliedScale);
                c.setStrokeWidth(1.5 / appliedScale);
            }
        }
        markDirty();
    }

    private final List<Circle> vertexDots = new ArrayList<>();

    /**
     * Shows a shape being edited (lon/lat) as a bold outline: magenta while valid, red and dashed when the
     * edit would make it invalid; null clears.
     */
    public void setEditPreview(Geometry lonLat, boolean valid) {
        drawn.removeIf(d -> d.shape().getParent() == editPreview);
        editPreview.getChildren().clear();
        if (lonLat == null) {
            return;
        }
        Color c = valid ? Color.web("#c2185b") : Color.web("#d50000");
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            Path path;
            if (part instanceof org.locationtech.jts.geom.Polygon poly) {
                path = new Path(polygonElements(poly));
                path.setFillRule(FillRule.EVEN_ODD);
                path.setFill(Color.web(valid ? "#c2185b" : "#d50000", 0.12));
            } else if (part instanceof LineString ls) {
                path = new Path(lineElements(ls.getCoordinateSequence(), false));
                path.setFill(null);
            } else {
                continue;
            }
            path.setStroke(c);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.setId("edit-preview-" + i);
            editPreview.getChildren().add(path);
            addDrawn(new Drawn(path, 2.5, valid ? null : new double[] {6, 4}, null, null));
        }
        markDirty();
    }

    /** Puts an edit handle (a node centred on its own origin) on the map at lon/lat; it keeps its screen size. */
    public void placeHandle(Node handle, double lon, double lat) {
        double[] local = {lx(lon), ly(lat)};
        handle.getProperties().put("point", local);
        handle.setManaged(false);
        if (handle.getParent() != handles) {
            handles.getChildren().add(handle);
        }
        double s = currentScale();
        handle.setLayoutX(local[0] * s);
        handle.setLayoutY(local[1] * s);
    }

    /** Removes all edit handles. */
    public void clearHandles() {
        handles.getChildren().removeIf(n -> n != snapMarker);
    }

    private final Circle snapMarker = snapMarker();

    private static Circle snapMarker() {
        Circle c = new Circle(0, 0, 7);
        c.setFill(Color.TRANSPARENT);
        c.setStroke(Color.web("#00a651"));
        c.setStrokeWidth(2.5);
        c.setMouseTransparent(true);
        c.setId("snap-marker");
        return c;
    }

    /** Marks where the pointer snapped to (lon/lat), above everything; null hides the mark. */
    public void setSnapMarker(double[] lonLat) {
        if (lonLat == null) {
            handles.getChildren().remove(snapMarker);
            return;
        }
        placeHandle(snapMarker, lonLat[0], lonLat[1]);
        snapMarker.toFront();
    }

    /** Whether a snap is marked on the map (tests). */
    public boolean isSnapMarked() {
        return snapMarker.getParent() == handles;
    }

    /** The edit handles on the map (tests). */
    public List<Node> handles() {
        return handles.getChildren().stream().filter(n -> n != snapMarker).toList();
    }

    /** The lon/lat under a scene position, e.g. of a mouse event; null before the map is shown. */
    public double[] lonLatAt(double sceneX, double sceneY) {
        if (getScene() == null || baseMap == null) {
            return null;
        }
        Point2D p = handles.sceneToLocal(sceneX, sceneY);
        double s = currentScale();
        return new double[] {WebMercator.lon(p.getX() / s / UNITS + X0), WebMercator.lat(p.getY() / s / UNITS + Y0)};
    }

    private double currentScale() {
        return baseMap == null ? 1 : Math.pow(2, baseMap.zoom().get() - REF_ZOOM);
    }

    /** Whether an area is in focus. */
    public boolean hasFocus() {
        return !focus.getChildren().isEmpty();
    }

    /** Shows or hides the overlay. */
    public void setOverlayVisible(boolean visible) {
        overlayArea.setVisible(visible);
    }

    public boolean isOverlayVisible() {
        return overlayArea.isVisible();
    }

    /** Highlights a feature (null clears). */
    public void setSelected(Feature f) {
        setHighlighted(f == null ? List.of() : List.of(f));
    }

    /** Highlights features (empty clears), whatever their layer or horizon. */
    public void setHighlighted(java.util.Collection<Feature> features) {
        this.selected = features.size() == 1 ? features.iterator().next() : null;
        this.highlighted = List.copyOf(features);
        highlightArea.getChildren().clear();
        highlightPoint.getChildren().clear();
        for (Feature f : features) {
            for (Node n : build(f, new LayerStyle("#ffcc00", 0, 1, LayerStyle.PointSymbol.CIRCLE), false)) {
                if (n instanceof Shape s) {
                    s.setFill(n.getProperties().containsKey("point") ? Color.TRANSPARENT : Color.color(1, 0.8, 0, 0.18));
                    s.setStroke(HIGHLIGHT);
                    s.getStrokeDashArray().clear();
                    s.setMouseTransparent(true);
                }
                if (n.getProperties().containsKey("point")) {
                    n.setScaleX(1.8);
                    n.setScaleY(1.8);
                    highlightPoint.getChildren().add(n);
                } else {
                    highlightArea.getChildren().add(n);
                }
            }
        }
        appliedScale = Double.NaN;
        markDirty();
    }

    public Feature selected() {
        return selected;
    }

    /** The highlighted features. */
    public List<Feature> highlighted() {
        return highlighted;
    }

    /** The map's current zoom level (also after wheel zooming). */
    public double currentZoom() {
        return baseMap == null ? 0 : baseMap.zoom().get();
    }

    /** Screen position (in this layer's parent) of a lon/lat, or null before the map is shown. */
    public Point2D toScreen(double lon, double lat) {
        return getMapPoint(lat, lon);
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

    private Runnable onViewChanged = () -> { };

    /** Called after every pan or zoom (on the FX thread), e.g. to keep a second map in step. */
    public void setOnViewChanged(Runnable r) {
        this.onViewChanged = r == null ? () -> { } : r;
    }

    @Override
    protected void layoutLayer() {
        Point2D origin = getMapPoint(LAT0, LON0);
        if (origin == null || baseMap == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> onViewChanged.run());
        double s = Math.pow(2, baseMap.zoom().get() - REF_ZOOM);
        translate.setX(origin.getX());
        translate.setY(origin.getY());
        pointTranslate.setX(origin.getX());
        pointTranslate.setY(origin.getY());
        handleTranslate.setX(origin.getX());
        handleTranslate.setY(origin.getY());
        if (s != appliedScale) {
            scale.setX(s);
            scale.setY(s);
            applyScale(s);
            for (Group pg : pointGroups.values()) {
                positionPoints(pg, s);
            }
            positionPoints(highlightPoint, s);
            positionPoints(handles, s);
            appliedScale = s;
        }
    }

    private static void positionPoints(Group g, double s) {
        for (Node n : g.getChildren()) {
            double[] local = (double[]) n.getProperties().get("point");
            n.setLayoutX(local[0] * s);
            n.setLayoutY(local[1] * s);
        }
    }

    private void applyScale(double s) {
        vertexDots.removeIf(c -> c.getParent() != sketch);
        for (Circle c : vertexDots) {
            c.setRadius(4 / s);
            c.setStrokeWidth(1.5 / s);
        }
        for (Drawn d : drawn) {
            applyScale(d, s);
        }
        for (Node n : highlightArea.getChildren()) {
            if (n instanceof Shape sh) {
                sh.setStrokeWidth(3.5 / s);
            }
        }
    }

    private void applyScale(Drawn d, double s) {
        d.shape.setStrokeWidth(d.width / s);
        if (d.dashes != null) {
            List<Double> dashes = new ArrayList<>();
            for (double v : d.dashes) {
                dashes.add(v / s);
            }
            d.shape.getStrokeDashArray().setAll(dashes);
        }
        if (d.hatchColor != null) {
            d.shape.setFill(hatch(d.hatchColor, s));
        }
    }

    /** Registers a shape whose line width follows the zoom, styled for the current zoom at once. */
    private void addDrawn(Drawn d) {
        drawn.add(d);
        if (!Double.isNaN(appliedScale)) {
            applyScale(d, appliedScale);
        }
    }

    private Paint hatch(String color, double s) {
        Image8 img = hatches.computeIfAbsent(color, c -> new Image8(hatchImage(Color.web(c))));
        double size = 8 / s;
        return new ImagePattern(img.image, 0, 0, size, size, false);
    }

    private static javafx.scene.image.Image hatchImage(Color c) {
        int n = 16;
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(n, n);
        var pw = img.getPixelWriter();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int d = Math.floorMod(x + y, n);
                double a = d < 3 ? 0.75 : 0.0;
                pw.setColor(x, y, Color.color(c.getRed(), c.getGreen(), c.getBlue(), a));
            }
        }
        return img;
    }

    private List<Node> build(Feature f, LayerStyle style, boolean register) {
        Color color = Color.web(style.color());
        CategoryStyle cs = CategoryStyle.of(f.category());
        List<Node> out = new ArrayList<>();
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            Node node;
            if (part instanceof Point p) {
                node = pointSymbol(p, style, color, cs);
            } else if (part instanceof org.locationtech.jts.geom.Polygon poly) {
                Path path = new Path(polygonElements(poly));
                path.setFillRule(FillRule.EVEN_ODD);
                Color fill = Color.color(color.getRed(), color.getGreen(), color.getBlue(), style.opacity() * cs.fillFactor());
                path.setFill(fill);
                path.setStroke(color.darker());
                path.setStrokeLineJoin(StrokeLineJoin.ROUND);
                if (register) {
                    drawn.add(new Drawn(path, style.strokeWidth(), cs.dashes(), cs.hatched() ? style.color() : null, f));
                }
                node = path;
            } else if (part instanceof LineString ls) {
                Path path = new Path(lineElements(ls.getCoordinateSequence(), false));
                path.setFill(null);
                path.setStroke(color);
                path.setStrokeLineCap(StrokeLineCap.ROUND);
                path.setStrokeLineJoin(StrokeLineJoin.ROUND);
                double w = style.strokeWidth() * (f.category() == nl.ruimteverkenner.model.KeuzeCategorie.BESTAAND ? 1.0 : 1.6);
                if (register) {
                    drawn.add(new Drawn(path, w, cs.dashes(), null, f));
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

    private static Shape pointSymbol(Point p, LayerStyle style, Color color, CategoryStyle cs) {
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
        s.getProperties().put("point", new double[] {lx(p.getX()), ly(p.getY())});
        s.setManaged(false);
        return s;
    }

    private static List<PathElement> polygonElements(org.locationtech.jts.geom.Polygon poly) {
        List<PathElement> els = new ArrayList<>(lineElements(poly.getExteriorRing().getCoordinateSequence(), true));
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
            els.addAll(lineElements(poly.getInteriorRingN(h).getCoordinateSequence(), true));
        }
        return els;
    }

    private static List<PathElement> lineElements(CoordinateSequence cs, boolean close) {
        List<PathElement> els = new ArrayList<>(cs.size() + 1);
        for (int k = 0; k < cs.size(); k++) {
            double x = lx(cs.getX(k));
            double y = ly(cs.getY(k));
            els.add(k == 0 ? new MoveTo(x, y) : new LineTo(x, y));
        }
        if (close) {
            els.add(new ClosePath());
        }
        return els;
    }

    private static double lx(double lon) {
        return (WebMercator.x(lon) - X0) * UNITS;
    }

    private static double ly(double lat) {
        return (WebMercator.y(lat) - Y0) * UNITS;
    }
}
