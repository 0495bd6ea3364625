package nl.ruimteverkenner.report;

/**
 * What the map furniture (legend, scale bar, north arrow, texts) is drawn on, in points (1/72 inch) with the
 * origin at the top left: a Java2D image ({@link Java2dCanvas}) or a PDF page ({@link PdfCanvas}, where text
 * stays text). Colours are 0xAARRGGBB; an alpha of 0 in the top byte means opaque, so plain 0xRRGGBB works.
 */
interface SheetCanvas {
    /** Fills a rectangle. */
    void fillRect(double x, double y, double w, double h, int argb);

    /** Draws a rectangle's edge; {@code dash} null for a solid line. */
    void strokeRect(double x, double y, double w, double h, int argb, double width, double[] dash);

    /** Draws a line; {@code dash} null for a solid line. */
    void line(double x1, double y1, double x2, double y2, int argb, double width, double[] dash);

    /** Fills a closed polygon. */
    void fillPolygon(double[] xs, double[] ys, int argb);

    /** Fills a circle. */
    void fillCircle(double cx, double cy, double r, int argb);

    /** Draws a circle's edge. */
    void strokeCircle(double cx, double cy, double r, int argb, double width, double[] dash);

    /** Writes text with its baseline at {@code y}. */
    void text(String s, double x, double y, boolean bold, double size, int argb);

    /** The width of {@code s} in points. */
    double textWidth(String s, boolean bold, double size);

    /** An opaque colour from 0xRRGGBB, or a colour with alpha 0..1. */
    static int argb(int rgb, double alpha) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, alpha)));
        return (a << 24) | (rgb & 0xffffff);
    }

    /** The alpha of a colour of this interface, 0..1 (a top byte of 0 is opaque). */
    static double alpha(int argb) {
        int a = argb >>> 24;
        return a == 0 ? 1 : a / 255.0;
    }
}
