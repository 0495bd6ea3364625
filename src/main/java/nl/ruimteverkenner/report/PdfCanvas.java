package nl.ruimteverkenner.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * A {@link SheetCanvas} on a PDF page: shapes as vector paths and text as real text in the embedded DejaVu
 * fonts (searchable, copyable). Converts the top-left origin of the canvas to PDF's bottom-left one.
 */
final class PdfCanvas implements SheetCanvas {
    private final PDPageContentStream cs;
    private final double pageHeight;
    private final PDType0Font regular;
    private final PDType0Font bold;

    PdfCanvas(PDDocument doc, PDPageContentStream cs, double pageHeight) throws IOException {
        this.cs = cs;
        this.pageHeight = pageHeight;
        try (InputStream r = SheetFonts.open(SheetFonts.REGULAR); InputStream b = SheetFonts.open(SheetFonts.BOLD)) {
            this.regular = PDType0Font.load(doc, r, true);
            this.bold = PDType0Font.load(doc, b, true);
        }
    }

    private float fy(double y) {
        return (float) (pageHeight - y);
    }

    private void fillColour(int argb) throws IOException {
        cs.setNonStrokingColor(((argb >> 16) & 0xff) / 255f, ((argb >> 8) & 0xff) / 255f, (argb & 0xff) / 255f);
        alpha(argb, false);
    }

    private void strokeColour(int argb, double width, double[] dash) throws IOException {
        cs.setStrokingColor(((argb >> 16) & 0xff) / 255f, ((argb >> 8) & 0xff) / 255f, (argb & 0xff) / 255f);
        alpha(argb, true);
        cs.setLineWidth((float) width);
        float[] d = new float[dash == null ? 0 : dash.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dash[i];
        }
        cs.setLineDashPattern(d, 0);
    }

    private void alpha(int argb, boolean stroking) throws IOException {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        float a = (float) SheetCanvas.alpha(argb);
        if (stroking) {
            gs.setStrokingAlphaConstant(a);
        } else {
            gs.setNonStrokingAlphaConstant(a);
        }
        cs.setGraphicsStateParameters(gs);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        run(() -> {
            fillColour(argb);
            cs.addRect((float) x, fy(y + h), (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double width, double[] dash) {
        run(() -> {
            strokeColour(argb, width, dash);
            cs.addRect((float) x, fy(y + h), (float) w, (float) h);
            cs.stroke();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double width, double[] dash) {
        run(() -> {
            strokeColour(argb, width, dash);
            cs.moveTo((float) x1, fy(y1));
            cs.lineTo((float) x2, fy(y2));
            cs.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int argb) {
        run(() -> {
            fillColour(argb);
            cs.moveTo((float) xs[0], fy(ys[0]));
            for (int i = 1; i < xs.length; i++) {
                cs.lineTo((float) xs[i], fy(ys[i]));
            }
            cs.closePath();
            cs.fill();
        });
    }

    /** Four Bézier arcs approximating a circle. */
    private void circle(double cx, double cy, double r) throws IOException {
        float k = (float) (0.5523 * r);
        float x = (float) cx;
        float y = fy(cy);
        float rr = (float) r;
        cs.moveTo(x + rr, y);
        cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
        cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
        cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
        cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
        cs.closePath();
    }

    @Override
    public void fillCircle(double cx, double cy, double r, int argb) {
        run(() -> {
            fillColour(argb);
            circle(cx, cy, r);
            cs.fill();
        });
    }

    @Override
    public void strokeCircle(double cx, double cy, double r, int argb, double width, double[] dash) {
        run(() -> {
            strokeColour(argb, width, dash);
            circle(cx, cy, r);
            cs.stroke();
        });
    }

    @Override
    public void text(String s, double x, double y, boolean isBold, double size, int argb) {
        run(() -> {
            fillColour(argb);
            cs.beginText();
            cs.setFont(isBold ? bold : regular, (float) size);
            cs.newLineAtOffset((float) x, fy(y));
            cs.showText(printable(s));
            cs.endText();
        });
    }

    @Override
    public double textWidth(String s, boolean isBold, double size) {
        try {
            return (isBold ? bold : regular).getStringWidth(printable(s)) / 1000.0 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return s.length() * size * 0.55;
        }
    }

    /** The text without control characters and with characters the font lacks replaced by "?". */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else {
                boolean has = SheetFonts.awt(false).canDisplay(cp) && SheetFonts.awt(true).canDisplay(cp);
                b.appendCodePoint(has ? cp : '?');
            }
        });
        return b.toString();
    }

    private interface PdfStep {
        void run() throws IOException;
    }

    private static void run(PdfStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
