package nl.ruimteverkenner.geo;

/**
 * Spherical Web Mercator (EPSG:3857) as used by map tiles, in "world units": x and y run from 0 to 1
 * across the whole world, y downwards. Multiply by {@code 256 * 2^zoom} for pixels at a zoom level.
 */
public final class WebMercator {
    /** Latitude limit of the projection. */
    public static final double MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
    }

    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    public static double lat(double y) {
        double n = Math.PI * (1 - 2 * y);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** World size in pixels at a zoom level. */
    public static double worldPixels(double zoom) {
        return 256.0 * Math.pow(2, zoom);
    }
}
