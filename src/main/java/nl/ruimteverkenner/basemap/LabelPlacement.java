package nl.ruimteverkenner.basemap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.geo.WebMercator;

/**
 * Chooses which names to label at a zoom level so that no two labels overlap: greedy, the most important name
 * first ({@link PlaceName#priority()}); a place's label goes right of its dot, or else left, above or below it,
 * or is left out. Boxes are in pixels relative to the name's point, so a placement holds while panning and, as
 * points only move apart, while zooming in up to the next level. Toolkit-free: the caller measures the text.
 */
public final class LabelPlacement {
    /** Gap between a dot and its text, and the free margin kept around every label (pixels). */
    public static final double DOT_GAP = 5;
    private static final double MARGIN = 3;
    /** Half the size of the room a place's dot claims. */
    private static final double DOT = 4;
    private static final double CELL = 96;

    private LabelPlacement() {
    }

    /** Text size of a name in pixels, as the caller's font draws it. */
    @FunctionalInterface
    public interface Measure {
        /** {width, height} of the name's text. */
        double[] size(PlaceName name);
    }

    /**
     * A label that was placed: its text box relative to the point (dx, dy: top-left corner, in pixels).
     */
    public record Placed(PlaceName name, double dx, double dy, double width, double height) {
    }

    /** The labels at a whole zoom level, most important first. */
    public static List<Placed> place(List<PlaceName> names, int zoom, Measure measure) {
        double world = WebMercator.worldPixels(zoom);
        List<PlaceName> candidates = new ArrayList<>();
        for (PlaceName n : names) {
            if (n.shownAt(zoom)) {
                candidates.add(n);
            }
        }
        candidates.sort((a, b) -> Double.compare(b.priority(), a.priority()));
        Map<Long, List<double[]>> grid = new HashMap<>();
        // the dots of places already labelled a level further out are kept free, so that a large place's label
        // never covers the dot of another large place (Den Haag's name over Utrecht)
        for (int i = 0; i < candidates.size(); i++) {
            PlaceName n = candidates.get(i);
            if (n.dotted() && n.minZoom() < zoom) {
                double px = n.x() * world;
                double py = n.y() * world;
                claim(grid, new double[] {px - DOT, py - DOT, px + DOT, py + DOT, i});
            }
        }
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            PlaceName n = candidates.get(i);
            double px = n.x() * world;
            double py = n.y() * world;
            double[] size = measure.size(n);
            double w = size[0];
            double h = size[1];
            double[][] options = n.dotted()
                    ? new double[][] {{DOT_GAP, -h / 2}, {-DOT_GAP - w, -h / 2}, {-w / 2, -h - DOT_GAP + 2}, {-w / 2, DOT_GAP - 2}}
                    : new double[][] {{-w / 2, -h / 2}};
            for (double[] o : options) {
                double[] box = {px + o[0] - MARGIN, py + o[1] - MARGIN, px + o[0] + w + MARGIN, py + o[1] + h + MARGIN, i};
                double[] dot = {px - DOT, py - DOT, px + DOT, py + DOT, i};
                if (free(grid, box) && (!n.dotted() || free(grid, dot))) {
                    claim(grid, box);
                    if (n.dotted()) {
                        claim(grid, dot);
                    }
                    out.add(new Placed(n, o[0], o[1], w, h));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean free(Map<Long, List<double[]>> grid, double[] b) {
        for (long cx = (long) Math.floor(b[0] / CELL); cx <= (long) Math.floor(b[2] / CELL); cx++) {
            for (long cy = (long) Math.floor(b[1] / CELL); cy <= (long) Math.floor(b[3] / CELL); cy++) {
                for (double[] o : grid.getOrDefault(key(cx, cy), List.of())) {
                    if (o[4] != b[4] && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void claim(Map<Long, List<double[]>> grid, double[] b) {
        for (long cx = (long) Math.floor(b[0] / CELL); cx <= (long) Math.floor(b[2] / CELL); cx++) {
            for (long cy = (long) Math.floor(b[1] / CELL); cy <= (long) Math.floor(b[3] / CELL); cy++) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(b);
            }
        }
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
