package nl.ruimteverkenner.model;

import java.util.Objects;

/**
 * How a layer is drawn: colour as {@code #rrggbb}, fill opacity 0..1, line width in pixels and the
 * symbol for points.
 */
public record LayerStyle(String color, double opacity, double strokeWidth, PointSymbol symbol) {
    public static final double DEFAULT_OPACITY = 0.5;
    public static final double DEFAULT_STROKE_WIDTH = 1.5;

    public LayerStyle {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(symbol, "symbol");
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb: " + color);
        }
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be in 0..1: " + opacity);
        }
        if (!(strokeWidth > 0)) {
            throw new IllegalArgumentException("strokeWidth must be positive: " + strokeWidth);
        }
    }

    /** Point symbols. */
    public enum PointSymbol {
        CIRCLE, SQUARE, TRIANGLE
    }
}
