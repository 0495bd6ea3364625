package nl.ruimteverkenner.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A {@link SheetCanvas} on a Java2D graphics scaled to points (pixels per point = dpi / 72). */
final class Java2dCanvas implements SheetCanvas {
    private final Graphics2D g;

    /** Draws on {@code g}, whose user space becomes points at {@code pixelsPerPoint}. */
    Java2dCanvas(Graphics2D g, double pixelsPerPoint) {
        this.g = g;
        g.scale(pixelsPerPoint, pixelsPerPoint);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static Color color(int argb) {
        int a = (int) Math.round(255 * SheetCanvas.alpha(argb));
        return new Color((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, a);
    }

    private static BasicStroke stroke(double width, double[] dash) {
        float[] d = null;
        if (dash != null) {
            d = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                d[i] = (float) dash[i];
            }
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, d, 0f);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        g.setColor(color(argb));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width, double[] dash) {
        g.setColor(color(argb));
        g.setStroke(stroke(width, dash));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double width, double[] dash) {
        g.setColor(color(argb));
        g.setStroke(stroke(width, dash));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int argb) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        g.setColor(color(argb));
        g.fill(p);
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        g.setColor(color(argb));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width, double[] dash) {
        g.setColor(color(argb));
        g.setStroke(stroke(width, dash));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double y, boolean bold, double size, int argb) {
        g.setColor(color(argb));
        g.setFont(font(bold, size));
        g.drawString(s, (float) x, (float) y);
    }

    @Override
    public double textWidth(String s, boolean bold, double size) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        return font(bold, size).getStringBounds(s, frc).getWidth();
    }

    private static Font font(boolean bold, double size) {
        return SheetFonts.awt(bold).deriveFont((float) size);
    }
}
