package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;

/**
 * Keeps the line widths, dashes, hatches and dot sizes of a layer's scaled shapes constant on screen:
 * each registered shape is restyled for the current zoom when it is added and whenever the zoom changes.
 * FX thread only.
 */
final class ScreenStrokes {
    private static final Map<String, Image> HATCHES = new HashMap<>();

    private record Entry(Shape shape, double width, double[] dashes, String hatchColor, double radius) {
    }

    /** Below this zoom level (the country or a province in view) hatch lines lie further apart. */
    static final double WIDE_HATCH_BELOW_ZOOM = 9;
    private final List<Entry> entries = new ArrayList<>();
    private final MapProjection projection;
    private double scale;

    ScreenStrokes(MapProjection projection) {
        this.projection = projection;
        this.scale = projection.scale();
        projection.addScaleListener(this::rescale);
    }

    /** Registers a shape with a screen line width, optional dashes (screen px) and an optional hatch colour. */
    void add(Shape shape, double width, double[] dashes, String hatchColor) {
        register(new Entry(shape, width, dashes, hatchColor, Double.NaN));
    }

    /** Registers a dot with a screen radius and line width. */
    void addDot(Circle dot, double radius, double width) {
        register(new Entry(dot, width, null, null, radius));
    }

    void clear() {
        entries.clear();
    }

    private void register(Entry e) {
        entries.add(e);
        if (!Double.isNaN(scale)) {
            apply(e, scale, hatchPeriod());
        }
    }

    /**
     * The screen distance between hatch lines: 8 px from the scale of a region down, 12 px at national
     * scale, where many small hatched areas and their overlaps would otherwise read as noise.
     */
    private double hatchPeriod() {
        return hatchPeriod(projection.zoom());
    }

    static double hatchPeriod(double zoom) {
        return zoom > 0 && zoom < WIDE_HATCH_BELOW_ZOOM ? 12 : 8;
    }

    private void rescale(double s) {
        scale = s;
        double period = hatchPeriod();
        for (Entry e : entries) {
            apply(e, s, period);
        }
    }

    private static void apply(Entry e, double s, double period) {
        e.shape.setStrokeWidth(e.width / s);
        if (e.dashes != null) {
            List<Double> dashes = new ArrayList<>(e.dashes.length);
            for (double v : e.dashes) {
                dashes.add(v / s);
            }
            e.shape.getStrokeDashArray().setAll(dashes);
        }
        if (e.hatchColor != null) {
            double size = period / s;
            e.shape.setFill(new ImagePattern(hatch(e.hatchColor), 0, 0, size, size, false));
        }
        if (e.shape instanceof Circle c && !Double.isNaN(e.radius)) {
            c.setRadius(e.radius / s);
        }
    }

    private static Image hatch(String color) {
        return HATCHES.computeIfAbsent(color, ScreenStrokes::hatchImage);
    }

    private static Image hatchImage(String color) {
        Color c = Color.web(color);
        int n = 16;
        WritableImage img = new WritableImage(n, n);
        PixelWriter pw = img.getPixelWriter();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                // the lines, and between them a light tint of the same colour so that the colour reads at any scale
                double a = Math.floorMod(x + y, n) < 3 ? 0.75 : 0.1;
                pw.setColor(x, y, Color.color(c.getRed(), c.getGreen(), c.getBlue(), a));
            }
        }
        return img;
    }
}
