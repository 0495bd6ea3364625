package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import nl.ruimteverkenner.geo.WebMercator;

/**
 * The projection shared by all map layers. Shapes are built once in local units: Web Mercator pixels at
 * zoom {@value #REF_ZOOM}, with the origin at lon {@value #LON0}, lat {@value #LAT0} (the centre of the
 * Netherlands). The current view is one translation (where the origin is on screen) and one scale
 * ({@code 2^(zoom - REF_ZOOM)}): panning and zooming change only these transforms, never the paths.
 * Layers that keep line widths or symbol sizes constant on screen listen to scale changes.
 * FX thread only.
 */
public final class MapProjection {
    /** Zoom level whose pixels are the local units of the drawn paths. */
    public static final int REF_ZOOM = 10;
    static final double LON0 = 5.3;
    static final double LAT0 = 52.2;
    private static final double X0 = WebMercator.x(LON0);
    private static final double Y0 = WebMercator.y(LAT0);
    private static final double UNITS = WebMercator.worldPixels(REF_ZOOM);

    private final List<Translate> translates = new ArrayList<>();
    private final List<Scale> scales = new ArrayList<>();
    private final List<DoubleConsumer> scaleListeners = new ArrayList<>();
    private double scale = Double.NaN;
    private double zoom;

    /** Local x (reference-zoom pixels east of the origin) of a longitude. */
    public static double localX(double lon) {
        return (WebMercator.x(lon) - X0) * UNITS;
    }

    /** Local y (reference-zoom pixels south of the origin) of a latitude. */
    public static double localY(double lat) {
        return (WebMercator.y(lat) - Y0) * UNITS;
    }

    /** The longitude of a local x. */
    public static double lon(double localX) {
        return WebMercator.lon(localX / UNITS + X0);
    }

    /** The latitude of a local y. */
    public static double lat(double localY) {
        return WebMercator.lat(localY / UNITS + Y0);
    }

    /** The zoom level of the last layout (0 before the map has been laid out). */
    public double zoom() {
        return zoom;
    }

    /** Screen pixels per local unit at the current zoom; NaN before the map has been laid out. */
    public double scale() {
        return scale;
    }

    /** Makes a node's content follow the view: local units are translated and scaled to the screen. */
    void attachScaled(Node node) {
        Translate t = new Translate();
        Scale s = new Scale(1, 1, 0, 0);
        translates.add(t);
        scales.add(s);
        node.getTransforms().setAll(t, s);
    }

    /**
     * Makes a node follow panning only: its children are placed at local position × scale and keep their
     * screen size (symbols, handles).
     */
    void attachAnchored(Node node) {
        Translate t = new Translate();
        translates.add(t);
        node.getTransforms().setAll(t);
    }

    /** Calls {@code listener} with the new scale whenever the zoom changes. */
    void addScaleListener(DoubleConsumer listener) {
        scaleListeners.add(listener);
    }

    /** Sets the view: the origin's screen position and the zoom level. Called by the host on every layout. */
    void update(double originX, double originY, double zoomLevel) {
        for (Translate t : translates) {
            t.setX(originX);
            t.setY(originY);
        }
        zoom = zoomLevel;
        double s = Math.pow(2, zoomLevel - REF_ZOOM);
        if (s != scale) {
            scale = s;
            for (Scale sc : scales) {
                sc.setX(s);
                sc.setY(s);
            }
            for (DoubleConsumer l : scaleListeners) {
                l.accept(s);
            }
        }
    }
}
