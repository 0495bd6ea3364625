package nl.ruimteverkenner.report;

import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.geo.ScaleBarLength;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.style.CategoryStyle;

/**
 * The furniture of a printed map, drawn on any {@link SheetCanvas} in points: on the map a metric scale bar
 * (a round length, exact at the map's central latitude), a north arrow and the background credit; beside or
 * below it the legend and blocks of text, flowed into columns. One definition for the exported map sheets (PNG
 * and PDF) and the report map.
 */
final class MapFurniture {
    private static final int INK = 0x1f2933;
    private static final int MUTED = 0x52606d;
    private static final int PAPER_BOX = SheetCanvas.argb(0xffffff, 0.88);
    /** Screen pixels per point: the category dash patterns are given in screen pixels. */
    private static final double PX = 0.75;
    private final double u;

    /** Furniture at size factor {@code u} (1 for A4, larger for larger paper). */
    MapFurniture(double u) {
        this.u = u;
    }

    /** Draws one row in a column of {@code width} points with its top at {@code y}. */
    @FunctionalInterface
    interface Painter {
        void paint(SheetCanvas c, double x, double y, double width);
    }

    /**
     * One row of a flowed column: its height, how it is drawn, and whether it starts a block (a heading with what
     * follows it up to the next heading), which moves to the next column as a whole when it fits there.
     */
    record Row(double height, Painter painter, boolean startsBlock) {
        Row(double height, Painter painter) {
            this(height, painter, false);
        }
    }

    double legendText() {
        return 7.5 * u;
    }

    /** The rows of {@code legend} in a column {@code width} points wide. */
    List<Row> legendRows(MapLegend legend, double width, SheetCanvas m) {
        List<Row> rows = new ArrayList<>();
        double size = legendText();
        double line = size * 1.25;
        double sw = 16 * u;
        double indent = sw + 6 * u;
        for (MapLegend.Item it : legend.items()) {
            if (it.heading()) {
                rows.addAll(block(paragraph(it.label(), size, true, INK, width, m, rows.isEmpty() ? 0 : 4 * u)));
                continue;
            }
            List<String> lines = wrap(it.label(), size, false, width - indent, m);
            double h = Math.max(lines.size() * line, 10 * u) + 2.5 * u;
            rows.add(new Row(h, (c, x, y, w) -> {
                swatch(c, it, x, y + 1.5 * u, sw, 8.5 * u);
                for (int i = 0; i < lines.size(); i++) {
                    c.text(lines.get(i), x + indent, y + size + i * line, false, size, INK);
                }
            }));
        }
        return rows;
    }

    /** Rows of wrapped text, with {@code space} points above the first. */
    List<Row> paragraph(String text, double size, boolean bold, int rgb, double width, SheetCanvas m, double space) {
        List<Row> rows = new ArrayList<>();
        double line = size * 1.3;
        List<String> lines = wrap(text, size, bold, width, m);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            double top = i == 0 ? space : 0;
            rows.add(new Row(line + top, (c, x, y, w) -> c.text(l, x, y + top + size, bold, size, rgb)));
        }
        return rows;
    }

    /** A heading of the side panel; it starts a block. */
    List<Row> heading(String text, double width, SheetCanvas m, double space) {
        return block(paragraph(text, 9 * u, true, INK, width, m, space));
    }

    /** The rows with the first one marked as the start of a block. */
    private static List<Row> block(List<Row> rows) {
        if (!rows.isEmpty()) {
            Row first = rows.get(0);
            rows.set(0, new Row(first.height(), first.painter(), true));
        }
        return rows;
    }

    /** Body text of the side panel. */
    List<Row> body(String text, double width, SheetCanvas m) {
        return paragraph(text, 7 * u, false, MUTED, width, m, 0);
    }

    /** Body text with a little space above it (the next item of a list). */
    List<Row> item(String text, double width, SheetCanvas m) {
        return paragraph(text, 7 * u, false, MUTED, width, m, 2.5 * u);
    }

    /**
     * Draws {@code rows} top-down into {@code columns} columns of the box, moving to the next column when a row
     * does not fit, and moving a whole block there when it fits in a column of its own; returns how many rows were
     * drawn (all of them when they fit). With {@code c} null nothing is drawn: it only counts.
     */
    int flow(SheetCanvas c, List<Row> rows, double x, double y, double w, double h, int columns) {
        double colW = columnWidth(w, columns);
        int col = 0;
        double cy = y;
        int drawn = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean nextColumn = cy + r.height() > y + h + 1e-6 && cy > y;
            if (!nextColumn && r.startsBlock() && cy > y) {
                double block = r.height();
                for (int j = i + 1; j < rows.size() && !rows.get(j).startsBlock(); j++) {
                    block += rows.get(j).height();
                }
                nextColumn = cy + block > y + h + 1e-6 && block <= h + 1e-6;
            }
            if (nextColumn) {
                col++;
                cy = y;
                if (col >= columns) {
                    break;
                }
            }
            if (c != null) {
                r.painter().paint(c, x + col * (colW + 12 * u), cy, colW);
            }
            cy += r.height();
            drawn++;
        }
        return drawn;
    }

    /** The column width of {@code columns} columns in {@code w} points. */
    double columnWidth(double w, int columns) {
        return (w - 12 * u * (columns - 1)) / columns;
    }

    /** The height the legend needs in {@code columns} columns across {@code width} points. */
    double legendHeight(MapLegend legend, double width, int columns, SheetCanvas m) {
        List<Row> rows = legendRows(legend, columnWidth(width, columns), m);
        double total = rows.stream().mapToDouble(Row::height).sum();
        double step = Math.max(1, rows.stream().mapToDouble(Row::height).max().orElse(1) / 2);
        for (double h = total / columns; ; h += step) {
            if (flow(null, rows, 0, 0, width, h, columns) == rows.size()) {
                return h;
            }
        }
    }

    /** Draws the legend in columns into the box. */
    void legendColumns(SheetCanvas c, MapLegend legend, double x, double y, double w, double h, int columns) {
        flow(c, legendRows(legend, columnWidth(w, columns), c), x, y, w, h, columns);
    }

    /** The legend swatch of an item. */
    void swatch(SheetCanvas c, MapLegend.Item it, double x, double y, double w, double h) {
        CategoryStyle style = it.style();
        double[] dash = dash(style.dashes());
        int dark = darker(it.rgb());
        switch (it.shape()) {
            case LINE -> c.line(x, y + h / 2, x + w, y + h / 2, it.rgb(), 2 * u, dash);
            case POINT -> {
                double r = Math.min(w, h) / 2;
                c.fillCircle(x + w / 2, y + h / 2, r, SheetCanvas.argb(it.rgb(), Math.max(0.35, it.opacity() * style.fillFactor())));
                c.strokeCircle(x + w / 2, y + h / 2, r, 0x202020, 0.8 * u, dash);
            }
            default -> {
                c.fillRect(x, y, w, h, 0xffffff);
                c.fillRect(x, y, w, h, SheetCanvas.argb(it.rgb(), it.opacity() * style.fillFactor()));
                if (style.hatched()) {
                    hatch(c, x, y, w, h, SheetCanvas.argb(dark, 0.75));
                }
                c.strokeRect(x, y, w, h, dark, 0.9 * u, dash);
            }
        }
    }

    /** Diagonal lines ("/") clipped to the box, as {@link CategoryStyle#hatched()} areas are drawn. */
    private void hatch(SheetCanvas c, double x, double y, double w, double h, int argb) {
        double step = 3.5 * u;
        for (double t = step; t < w + h; t += step) {
            double ax = x + Math.min(t, w);
            double ay = y + t - Math.min(t, w);
            double bx = x + t - Math.min(t, h);
            double by = y + Math.min(t, h);
            c.line(ax, ay, bx, by, argb, 0.6 * u, null);
        }
    }

    private double[] dash(double[] screen) {
        if (screen == null) {
            return null;
        }
        double[] out = new double[screen.length];
        for (int i = 0; i < screen.length; i++) {
            out[i] = screen[i] * PX * u;
        }
        return out;
    }

    private static int darker(int rgb) {
        int r = (int) (((rgb >> 16) & 0xff) * 0.7);
        int g = (int) (((rgb >> 8) & 0xff) * 0.7);
        int b = (int) ((rgb & 0xff) * 0.7);
        return (r << 16) | (g << 8) | b;
    }

    /**
     * Draws the scale bar (bottom left), north arrow (top right) and {@code credit} (bottom right) on the map in
     * the box; returns the scale bar's length.
     *
     * @param metresPerPoint metres on the ground per point of the map at its central latitude
     */
    ScaleBarLength.Choice onMap(SheetCanvas c, double x, double y, double w, double h, double metresPerPoint, String credit) {
        double margin = 8 * u;
        double pad = 4 * u;
        ScaleBarLength.Choice bar = ScaleBarLength.choose(metresPerPoint, Math.min(w * 0.25, 110 * u));
        String label = bar.label();
        double size = 7.5 * u;
        double barH = 4 * u;
        double len = bar.pixels();
        double tw = c.textWidth(label, true, size);
        double boxW = pad + len + 5 * u + tw + pad;
        double boxH = pad * 2 + Math.max(barH, size);
        double bx = x + margin;
        double by = y + h - margin - boxH;
        c.fillRect(bx, by, boxW, boxH, PAPER_BOX);
        double barY = by + (boxH - barH) / 2;
        c.fillRect(bx + pad, barY, len / 2, barH, INK);
        c.fillRect(bx + pad + len / 2, barY, len / 2, barH, 0xffffff);
        c.strokeRect(bx + pad, barY, len, barH, INK, 0.8 * u, null);
        c.text(label, bx + pad + len + 5 * u, by + pad + size * 0.85 + (boxH - 2 * pad - size) / 2, true, size, INK);

        double aw = 18 * u;
        double ah = 30 * u;
        double ax = x + w - margin - aw;
        double ay = y + margin;
        c.fillRect(ax, ay, aw, ah, PAPER_BOX);
        String n = Messages.get("mapsheet.north");
        double ns = 8.5 * u;
        c.text(n, ax + (aw - c.textWidth(n, true, ns)) / 2, ay + 3 * u + ns * 0.8, true, ns, INK);
        double tipY = ay + 5 * u + ns;
        double baseY = ay + ah - 3 * u;
        double cx = ax + aw / 2;
        double half = 5.5 * u;
        c.fillPolygon(new double[] {cx, cx, cx - half}, new double[] {tipY, baseY - 4 * u, baseY}, INK);
        c.fillPolygon(new double[] {cx, cx + half, cx}, new double[] {tipY, baseY, baseY - 4 * u}, 0xffffff);
        c.line(cx, tipY, cx + half, baseY, INK, 0.7 * u, null);
        c.line(cx + half, baseY, cx, baseY - 4 * u, INK, 0.7 * u, null);

        if (credit != null && !credit.isBlank()) {
            double cs = 5.5 * u;
            double cw = c.textWidth(credit, false, cs);
            double rx = x + w - cw - 2 * pad;
            double ry = y + h - cs - 2 * pad;
            c.fillRect(rx, ry, cw + 2 * pad, cs + 2 * pad, PAPER_BOX);
            c.text(credit, rx + pad, ry + pad + cs * 0.85, false, cs, MUTED);
        }
        return bar;
    }

    /** {@code text} in lines of at most {@code width} points (a word longer than that gets a line of its own). */
    static List<String> wrap(String text, double size, boolean bold, double width, SheetCanvas m) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && m.textWidth(candidate, bold, size) > width) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
