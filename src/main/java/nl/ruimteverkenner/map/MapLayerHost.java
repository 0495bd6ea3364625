package nl.ruimteverkenner.map;

import com.gluonhq.maps.MapLayer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;

/**
 * The one Gluon {@link MapLayer} on a map view: it stacks the concern layers over one
 * {@link MapProjection} and moves them on pan and zoom. Bottom to top: boundaries, features, schuurpunt
 * overlay, live overlay, focus mask, highlight (scaled paths, cached as one bitmap while panning); feature
 * points and highlighted points; place names ({@link PlaceLabelLayer}); edit preview, sketch preview, measure
 * line (scaled paths); the workshop's notes; edit handles; snap mark (anchored symbols of constant screen size).
 * Clicks on features are resolved with {@link FeaturePicker}, so only the notes and the edit handles take mouse
 * events. It also keeps the tiles of its map view's base map stacked by zoom level ({@link TileStacking}).
 * FX thread only.
 */
public final class MapLayerHost extends MapLayer {
    private final MapProjection projection = new MapProjection();
    private final FeatureLayer features = new FeatureLayer(projection);
    private final OverlayLayer schuurpuntOverlay = new OverlayLayer(projection, "overlay", "overlay-");
    private final OverlayLayer liveOverlay = new OverlayLayer(projection, "live-overlay", "live-");
    private final BoundaryLayer boundaries = new BoundaryLayer(projection);
    private final HighlightLayer highlight = new HighlightLayer(projection);
    private final SketchLayer sketch = new SketchLayer(projection);
    private final MarkerLayer handles = new MarkerLayer(projection, "edit-handles", false);
    private final MeasureLayer measure = new MeasureLayer(projection);
    private final NoteLayer notes = new NoteLayer(projection);
    private final PlaceLabelLayer placeLabels = new PlaceLabelLayer(projection);
    private Runnable onViewChanged = () -> { };

    public MapLayerHost() {
        Group areas = new Group(boundaries.linesNode(), features.areas(), schuurpuntOverlay.node(), liveOverlay.node(),
                boundaries.focusNode(), highlight.areas());
        Group points = new Group(features.points(), highlight.points());
        // what the user is drawing or measuring stays above the place names
        Group drawing = new Group(sketch.editPreviewNode(), sketch.sketchNode(), measure.node());
        projection.attachScaled(areas);
        projection.attachScaled(drawing);
        // The transforms sit on the cached groups themselves, so panning reuses their bitmaps.
        projection.attachAnchored(points);
        for (Group g : new Group[] {areas, points, drawing}) {
            g.setCache(true);
            g.setManaged(false);
            // The shapes must not swallow the map's drag-to-pan.
            g.setMouseTransparent(true);
        }
        getChildren().addAll(areas, points, placeLabels.node(), drawing, notes.node(), handles.node(), sketch.marksNode());
    }

    /** The shared projection and view state. */
    public MapProjection projection() {
        return projection;
    }

    /** The scenario's features by layer. */
    public FeatureLayer features() {
        return features;
    }

    /** The computed schuurpunt overlaps. */
    public OverlayLayer schuurpuntOverlay() {
        return schuurpuntOverlay;
    }

    /** The schuurpunten a sketch or an edited shape would have. */
    public OverlayLayer liveOverlay() {
        return liveOverlay;
    }

    /** Gemeente borders and the focus mask. */
    public BoundaryLayer boundaries() {
        return boundaries;
    }

    /** The selected or highlighted features. */
    public HighlightLayer highlight() {
        return highlight;
    }

    /** Sketch preview, edit preview and snap mark. */
    public SketchLayer sketch() {
        return sketch;
    }

    /** The measure tool's line. */
    public MeasureLayer measure() {
        return measure;
    }

    /** The workshop's numbered notes (above features and overlays, below the edit handles). */
    public NoteLayer notes() {
        return notes;
    }

    /** The place and water names above the features. */
    public PlaceLabelLayer placeLabels() {
        return placeLabels;
    }

    /** Where an editor puts its handle nodes (group {@code #edit-handles}); they take mouse events. */
    public MarkerLayer handles() {
        return handles;
    }

    /** Screen position (in this layer's parent) of a lon/lat, or null before the map is shown. */
    public Point2D toScreen(double lon, double lat) {
        return getMapPoint(lat, lon);
    }

    /** Called after every pan or zoom (later, on the FX thread), e.g. to keep a second map in step. */
    public void setOnViewChanged(Runnable r) {
        FxThread.check();
        this.onViewChanged = r == null ? () -> { } : r;
    }

    /** Called by Gluon when this layer is added to a map view (each view has a base map of its own). */
    @Override
    protected void initialize() {
        TileStacking.install(baseMap);
    }

    @Override
    protected void layoutLayer() {
        Point2D origin = getMapPoint(MapProjection.LAT0, MapProjection.LON0);
        if (origin == null || baseMap == null) {
            return;
        }
        Platform.runLater(() -> onViewChanged.run());
        projection.update(origin.getX(), origin.getY(), baseMap.zoom().get());
        if (getParent() instanceof Region view) {
            placeLabels.update(view.getWidth(), view.getHeight(), origin.getX(), origin.getY());
            features.viewChanged(origin.getX(), origin.getY(), view.getWidth(), view.getHeight());
        }
    }
}
