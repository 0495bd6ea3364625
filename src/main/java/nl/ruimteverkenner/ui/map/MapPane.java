package nl.ruimteverkenner.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.basemap.PlaceNames;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.map.BoundaryLayer;
import nl.ruimteverkenner.map.FeatureLayer;
import nl.ruimteverkenner.map.HighlightLayer;
import nl.ruimteverkenner.map.MapLayerHost;
import nl.ruimteverkenner.map.MarkerLayer;
import nl.ruimteverkenner.map.MeasureLayer;
import nl.ruimteverkenner.map.NoteLayer;
import nl.ruimteverkenner.map.OverlayLayer;
import nl.ruimteverkenner.map.PlaceLabelLayer;
import nl.ruimteverkenner.map.SketchLayer;

/**
 * The map widget: a Gluon {@link MapView} with the map layers ({@link MapLayerHost}), zoom buttons and
 * the attribution line. Offers zoom, pan and "heel Nederland" for buttons and keys, reports clicks as
 * lon/lat with a tolerance, and can rebuild the map view when the tile source changes (Gluon caches tiles
 * per view). The layers are FX thread only.
 */
public final class MapPane extends StackPane {
    /** The Netherlands including the Wadden islands and Zuid-Limburg (lon/lat). */
    public static final double NL_WEST = 3.30;
    public static final double NL_EAST = 7.25;
    public static final double NL_SOUTH = 50.72;
    public static final double NL_NORTH = 53.58;
    public static final double MIN_ZOOM = 5;
    public static final double MAX_ZOOM = 16;
    private static final double CLICK_TOLERANCE_PX = 7;
    private static final double PAN_STEP_PX = 120;
    private static final Logger LOG = Logger.getLogger(MapPane.class.getName());

    private final MapLayerHost layers = new MapLayerHost();
    private final Label attribution = new Label();
    private final Label liveLabel = new Label();
    private MapView mapView;
    private ClickHandler clickHandler = (p, tol, count) -> { };
    private Consumer<double[]> hoverHandler = p -> { };
    private final ScaleBar scaleBar = new ScaleBar();
    private final ReadOnlyObjectWrapper<double[]> pointer = new ReadOnlyObjectWrapper<>(this, "pointer");
    private Point2D lastMouse;
    private Runnable viewChanged = () -> { };
    private final java.util.List<Runnable> homeListeners = new java.util.ArrayList<>();

    /** Receives map clicks: {lon, lat}, a tolerance in degrees and the click count. */
    @FunctionalInterface
    public interface ClickHandler {
        void clicked(double[] lonLat, double tolerance, int clickCount);
    }

    public MapPane() {
        getStyleClass().add("map-pane");
        attribution.getStyleClass().add("map-attribution");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        MapButtons buttons = new MapButtons(() -> zoomBy(1), () -> zoomBy(-1), this::goHome);
        StackPane.setAlignment(buttons, Pos.TOP_RIGHT);
        StackPane.setMargin(buttons, new Insets(10));
        setMinSize(200, 200);
        liveLabel.setId("live-schuurpunten");
        liveLabel.getStyleClass().add("map-live");
        liveLabel.setWrapText(true);
        liveLabel.setMaxWidth(560);
        liveLabel.setMouseTransparent(true);
        liveLabel.setVisible(false);
        StackPane.setAlignment(liveLabel, Pos.TOP_CENTER);
        StackPane.setMargin(liveLabel, new Insets(10, 60, 0, 60));
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBar, new Insets(0, 0, 12, 12));
        layers.setOnViewChanged(() -> {
            updateScaleBar();
            if (lastMouse != null) {
                pointer.set(lonLatAt(lastMouse.getX(), lastMouse.getY()));
            }
            viewChanged.run();
        });
        rebuild(Double.NaN, Double.NaN, Double.NaN);
        getChildren().addAll(scaleBar, buttons, attribution, liveLabel);
        // the names are read off the FX thread; the map is usable before they arrive
        CompletableFuture.supplyAsync(PlaceNames::all).thenAcceptAsync(layers.placeLabels()::setNames, Platform::runLater)
                .exceptionally(e -> {
                    LOG.log(Level.WARNING, "place names could not be loaded", e);
                    return null;
                });
    }

    /** Shows a short live message at the top of the map (e.g. what a sketch collides with); blank hides it. */
    public void setLiveText(String text) {
        liveLabel.setText(text == null ? "" : text);
        liveLabel.setVisible(text != null && !text.isBlank());
    }

    /** The live message at the top of the map ("" when hidden). */
    public String liveText() {
        return liveLabel.isVisible() ? liveLabel.getText() : "";
    }

    /** Called with {lon, lat} as the pointer moves over the map, and with null when it leaves the map. */
    public void setOnMapHover(Consumer<double[]> handler) {
        this.hoverHandler = handler == null ? p -> { } : handler;
    }

    /**
     * The lon/lat {lon, lat} under the pointer, or null when the pointer is not over the map. Updated on
     * every mouse move and after a pan or zoom under a resting pointer (each time a new array). Unlike
     * {@link #setOnMapHover} it may have any number of listeners.
     */
    public ReadOnlyObjectProperty<double[]> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** The scale bar in the bottom-left corner ({@code #scale-bar}). */
    public ScaleBar scaleBar() {
        return scaleBar;
    }

    /** The scenario's features by layer (visibility, opacity, horizon). */
    public FeatureLayer features() {
        return layers.features();
    }

    /** The computed schuurpunt overlaps ({@code #overlay}). */
    public OverlayLayer schuurpuntOverlay() {
        return layers.schuurpuntOverlay();
    }

    /** The live schuurpunten of a sketch or an edited shape ({@code #live-overlay}). */
    public OverlayLayer liveOverlay() {
        return layers.liveOverlay();
    }

    /** Gemeente borders and the focus mask. */
    public BoundaryLayer boundaries() {
        return layers.boundaries();
    }

    /** The selected or highlighted features. */
    public HighlightLayer highlight() {
        return layers.highlight();
    }

    /** Sketch preview, edit preview and snap mark. */
    public SketchLayer sketchLayer() {
        return layers.sketch();
    }

    /** The measure tool's line ({@code #measure-line}). */
    public MeasureLayer measureLayer() {
        return layers.measure();
    }

    /** The workshop's numbered notes ({@code #notes}). */
    public NoteLayer notes() {
        return layers.notes();
    }

    /** The place and water names above the scenario's layers ({@code #place-labels}). */
    public PlaceLabelLayer placeLabels() {
        return layers.placeLabels();
    }

    /** The layer for edit handles ({@code #edit-handles}), owned by the vertex editor. */
    public MarkerLayer handles() {
        return layers.handles();
    }

    /** Position of a lon/lat in the map view's coordinates, or null before the map is shown. */
    public Point2D toScreen(double lon, double lat) {
        return layers.toScreen(lon, lat);
    }

    /** Called after every pan or zoom (on the FX thread), e.g. to keep a second map in step. */
    public void setOnViewChanged(Runnable r) {
        viewChanged = r == null ? () -> { } : r;
    }

    private void updateScaleBar() {
        scaleBar.update(zoom(), center()[1]);
    }

    private double[] lonLatAt(double x, double y) {
        MapPoint p = mapView.getMapPosition(x, y);
        return new double[] {p.getLongitude(), p.getLatitude()};
    }

    public MapView mapView() {
        return mapView;
    }

    public void setAttribution(String text) {
        attribution.setText(text);
    }

    /** Called with {lon, lat} and a tolerance in degrees when the user clicks without dragging. */
    public void setOnMapClicked(ClickHandler handler) {
        this.clickHandler = handler;
    }

    /**
     * Replaces the map view (keeping centre and zoom), so all tiles are requested again from the
     * current tile source.
     */
    public void reloadTiles() {
        double[] c = center();
        rebuild(c[1], c[0], zoom());
    }

    private void rebuild(double lat, double lon, double zoom) {
        if (mapView != null) {
            mapView.removeLayer(layers);
            getChildren().remove(mapView);
        }
        mapView = new MapView();
        mapView.setId("map-view");
        // online tiles carry place names of their own
        layers.placeLabels().setShown(Basemap.instance().source().isEmpty());
        mapView.addLayer(layers);
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            double[] p = lonLatAt(e.getX(), e.getY());
            hoverHandler.accept(p);
            lastMouse = new Point2D(e.getX(), e.getY());
            pointer.set(p.clone());
        });
        // While dragging the map the pointer keeps its place on screen; the view listener follows it.
        mapView.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> lastMouse = new Point2D(e.getX(), e.getY()));
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverHandler.accept(null);
            lastMouse = null;
            pointer.set(null);
        });
        // Gluon recentres the map on the last centre given in code whenever the view changes size (a side pane, F11,
        // the window); after a drag or a wheel zoom that is an old place, so it is brought up to date.
        mapView.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isStillSincePress()) {
                Platform.runLater(this::keepCentre);
            }
        });
        mapView.addEventHandler(ScrollEvent.SCROLL, e -> Platform.runLater(this::keepCentre));
        getChildren().add(0, mapView);
        // a fit asked for before the map had its size is done at the first size
        mapView.widthProperty().addListener((o, a, b) -> fitWhenSized());
        mapView.heightProperty().addListener((o, a, b) -> fitWhenSized());
        if (Double.isNaN(zoom)) {
            mapView.setZoom(7);
            mapView.setCenter(52.15, 5.29);
        } else {
            setView(lat, lon, zoom);
        }
    }

    /** Makes the centre Gluon returns to on a size change the one in view now. */
    private void keepCentre() {
        if (mapView.getWidth() > 0 && mapView.getHeight() > 0 && getScene() != null) {
            double[] c = center();
            mapView.setCenter(c[1], c[0]);
        }
    }

    /** A fit asked for before the map was laid out, done at its first size. */
    private Runnable pendingFit;

    private void fitWhenSized() {
        if (pendingFit != null) {
            Platform.runLater(() -> {
                if (pendingFit != null && mapView.getWidth() > 0 && mapView.getHeight() > 0 && getScene() != null) {
                    Runnable fit = pendingFit;
                    pendingFit = null;
                    fit.run();
                }
            });
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        MapPoint p = mapView.getMapPosition(e.getX(), e.getY());
        double tolerance = CLICK_TOLERANCE_PX * 360.0 / WebMercator.worldPixels(zoom());
        clickHandler.clicked(new double[] {p.getLongitude(), p.getLatitude()}, tolerance, e.getClickCount());
        requestFocus();
    }

    /** The current zoom level (also after wheel zooming, which Gluon's getZoom misses). */
    public double zoom() {
        double z = layers.projection().zoom();
        return z > 0 ? z : mapView.getZoom();
    }

    /** The current centre as {lon, lat}. */
    public double[] center() {
        double w = mapView.getWidth();
        double h = mapView.getHeight();
        if (w <= 0 || h <= 0 || getScene() == null) {
            MapPoint c = mapView.getCenter();
            return new double[] {c.getLongitude(), c.getLatitude()};
        }
        MapPoint c = mapView.getMapPosition(w / 2, h / 2);
        return new double[] {c.getLongitude(), c.getLatitude()};
    }

    /** Moves the map to a centre and zoom level (clamped to the supported range). */
    public void setView(double lat, double lon, double zoom) {
        pendingFit = null;
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        // Gluon only reacts to changes of its preferred values, which go stale after dragging or wheel zoom.
        if (Math.abs(mapView.getZoom() - z) < 1e-9) {
            mapView.setZoom(z + 1e-6);
        }
        mapView.setZoom(z);
        MapPoint old = mapView.getCenter();
        if (Math.abs(old.getLatitude() - lat) < 1e-12 && Math.abs(old.getLongitude() - lon) < 1e-12) {
            mapView.setCenter(lat + 1e-9, lon);
        }
        mapView.setCenter(lat, lon);
    }

    public void zoomBy(double dz) {
        double[] c = center();
        setView(c[1], c[0], Math.round(zoom()) + dz);
    }

    /** Pans by a number of screen pixels. */
    public void panBy(double dx, double dy) {
        double w = mapView.getWidth();
        double h = mapView.getHeight();
        MapPoint c = mapView.getMapPosition(w / 2 + dx, h / 2 + dy);
        setView(c.getLatitude(), c.getLongitude(), zoom());
    }

    public void panStep(int sx, int sy) {
        panBy(sx * PAN_STEP_PX, sy * PAN_STEP_PX);
    }

    /**
     * The user's "Heel Nederland" (button, key, menu): shows the whole country and tells the home listeners,
     * e.g. so that a gemeente lens closes.
     */
    public void goHome() {
        showNetherlands();
        homeListeners.forEach(Runnable::run);
    }

    /** Called each time the user goes back to the whole country ({@link #goHome}). */
    public void addHomeListener(Runnable r) {
        homeListeners.add(r);
    }

    /** Shows the whole country at the largest whole zoom level that fits. */
    public void showNetherlands() {
        fit(NL_WEST, NL_SOUTH, NL_EAST, NL_NORTH);
    }

    /** Shows a lon/lat box as large as fits the map. */
    public void fit(double west, double south, double east, double north) {
        if (mapView.getWidth() <= 0 || mapView.getHeight() <= 0 || getScene() == null) {
            // not laid out yet (the window is still being built): fit once the map has its size
            pendingFit = () -> fit(west, south, east, north);
            return;
        }
        pendingFit = null;
        double w = Math.max(300, mapView.getWidth() > 0 ? mapView.getWidth() : getWidth());
        double h = Math.max(300, mapView.getHeight() > 0 ? mapView.getHeight() : getHeight());
        double dx = WebMercator.x(east) - WebMercator.x(west);
        double dy = WebMercator.y(south) - WebMercator.y(north);
        double zx = Math.log(w / (256 * Math.max(dx, 1e-9))) / Math.log(2);
        double zy = Math.log(h / (256 * Math.max(dy, 1e-9))) / Math.log(2);
        // a fractional zoom, so that the box fills the map (whole levels left up to half of it empty)
        double z = Math.floor(Math.min(zx, zy));
        double cx = (WebMercator.x(west) + WebMercator.x(east)) / 2;
        double cy = (WebMercator.y(south) + WebMercator.y(north)) / 2;
        setView(WebMercator.lat(cy), WebMercator.lon(cx), Math.min(z, 14));
    }
}
