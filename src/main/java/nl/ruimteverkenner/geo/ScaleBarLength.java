package nl.ruimteverkenner.geo;

import nl.ruimteverkenner.i18n.Messages;

/**
 * The length of a metric scale bar: the longest round length (1, 2 or 5 × 10^n metres) that fits in a given
 * number of pixels, at the latitude where the bar is read. Web Mercator stretches distances by
 * 1/cos(latitude), so a bar is exact only at that latitude. Shared by the map on screen and the exported map
 * sheets; pure functions, no toolkit.
 */
public final class ScaleBarLength {
    /** Circumference of the Web Mercator sphere at the equator, in metres. */
    public static final double EQUATOR_M = 2 * Math.PI * 6_378_137.0;

    private ScaleBarLength() {
    }

    /** A bar length in metres and its length in pixels. */
    public record Choice(double metres, double pixels) {
        /** The written length ("500 m", "2 km"). */
        public String label() {
            return ScaleBarLength.label(metres);
        }
    }

    /** Metres per pixel at a (fractional) zoom level and latitude (Web Mercator, 256-pixel tiles). */
    public static double metresPerPixel(double zoom, double lat) {
        return EQUATOR_M * Math.cos(Math.toRadians(lat)) / WebMercator.worldPixels(zoom);
    }

    /**
     * Metres per pixel of an image {@code widthPx} wide that shows {@code worldWidth} Web Mercator world units
     * (0..1 around the globe), read at latitude {@code lat}.
     */
    public static double metresPerPixel(double worldWidth, int widthPx, double lat) {
        return EQUATOR_M * Math.cos(Math.toRadians(lat)) * worldWidth / widthPx;
    }

    /**
     * The longest round length (1, 2 or 5 × 10^n metres) that is at most {@code maxPixels} long at
     * {@code metresPerPixel}, with its length in pixels. The result is always longer than {@code maxPixels / 2.5}.
     */
    public static Choice choose(double metresPerPixel, double maxPixels) {
        double max = maxPixels * metresPerPixel;
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        double metres = pow;
        for (double f : new double[] {5, 2, 1}) {
            if (f * pow <= max * (1 + 1e-9)) {
                metres = f * pow;
                break;
            }
        }
        return new Choice(metres, metres / metresPerPixel);
    }

    /** The written length: "500 m", "2 km" (metres below a kilometre, kilometres from there on). */
    public static String label(double metres) {
        if (metres >= 1000) {
            return Messages.get("map.scale.km", metres / 1000);
        }
        return Messages.get("map.scale.m", metres);
    }
}
