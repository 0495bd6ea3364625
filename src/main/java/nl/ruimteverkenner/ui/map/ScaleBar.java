package nl.ruimteverkenner.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.ruimteverkenner.geo.ScaleBarLength;
import nl.ruimteverkenner.geo.WebMercator;

/**
 * The metric scale bar in the map's bottom-left corner: a round length (1, 2 or 5 × 10^n metres) that is
 * at most {@value #MAX_PX} pixels long at the latitude of the map's centre, with its length written above
 * it. Web Mercator stretches distances by 1/cos(latitude), so the bar is only exact at that latitude.
 * FX thread only; the length choice itself is {@link ScaleBarLength}, shared with the exported map sheets.
 */
public final class ScaleBar extends VBox {
    /** Longest bar in pixels; the chosen bar is always longer than {@code MAX_PX / 2.5}. */
    public static final double MAX_PX = 150;
    private final Label text = new Label();
    private final Region bar = new Region();

    /** A bar length in metres and its length on screen in pixels. */
    public record Choice(double metres, double pixels) {
    }

    public ScaleBar() {
        setId("scale-bar");
        getStyleClass().add("map-scale-bar");
        text.getStyleClass().add("map-scale-bar-text");
        bar.getStyleClass().add("map-scale-bar-line");
        bar.setMinHeight(6);
        bar.setPrefHeight(6);
        setAlignment(Pos.BOTTOM_LEFT);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setVisible(false);
        getChildren().addAll(text, bar);
    }

    /** Metres per screen pixel at a zoom level and latitude (Web Mercator, 256-pixel tiles). */
    public static double metresPerPixel(double zoom, double lat) {
        return ScaleBarLength.metresPerPixel(zoom, lat);
    }

    /**
     * The longest round length (1, 2 or 5 × 10^n metres) that is at most {@value #MAX_PX} pixels long at
     * this zoom level and latitude, with its length in pixels ({@link ScaleBarLength}).
     */
    public static Choice choose(double zoom, double lat) {
        ScaleBarLength.Choice c = ScaleBarLength.choose(metresPerPixel(zoom, lat), MAX_PX);
        return new Choice(c.metres(), c.pixels());
    }

    /** The written length: "500 m", "2 km" (metres below a kilometre, kilometres from there on). */
    public static String label(double metres) {
        return ScaleBarLength.label(metres);
    }

    /** Redraws the bar for a zoom level and the latitude of the map's centre; hides it for no valid view. */
    public void update(double zoom, double lat) {
        if (!(zoom > 0) || Double.isNaN(lat) || Math.abs(lat) > WebMercator.MAX_LAT) {
            setVisible(false);
            return;
        }
        Choice c = choose(zoom, lat);
        text.setText(label(c.metres()));
        bar.setMinWidth(c.pixels());
        bar.setPrefWidth(c.pixels());
        bar.setMaxWidth(c.pixels());
        setVisible(true);
    }

    /** The written length shown ("" while hidden). */
    public String text() {
        return isVisible() ? text.getText() : "";
    }

    /** The bar's length in pixels as last set. */
    public double barPixels() {
        return bar.getPrefWidth();
    }
}
