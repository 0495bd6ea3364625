package nl.ruimteverkenner.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nl.ruimteverkenner.io.AtomicFiles;

/**
 * Prints a {@link GemeenteReport} (and the workshop's {@link SessionReport}) to PDF: the markup of {@link HtmlReportWriter} laid out by openhtmltopdf
 * on PDFBox with the print style sheet (A4, page numbers, repeated table headers) and the bundled DejaVu
 * fonts embedded, so Dutch characters (ë, é, ±, –, ‘’) print everywhere.
 */
public final class PdfReportWriter {
    private static final String FONTS = "/nl/ruimteverkenner/report/fonts/";

    static {
        // the renderer reports every CSS property it skips on stderr; the CLI's output stays ours
        XRLog.setLoggingEnabled(false);
    }

    private PdfReportWriter() {
    }

    /** Writes the report to {@code out} atomically (the old file stays intact if anything fails). */
    public static void write(GemeenteReport r, Path out) throws IOException {
        AtomicFiles.write(out, render(r));
    }

    /** The PDF as bytes. */
    public static byte[] render(GemeenteReport r) throws IOException {
        return print(HtmlReportWriter.render(r), 256 * 1024 + r.mapPng().length * 2);
    }

    /** Prints a report's XHTML (with its print style sheet) to PDF bytes; {@code sizeHint} is the expected size. */
    static byte[] print(String html, int sizeHint) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // tagged PDF for screen readers; it also keeps the renderer from loading the 14 standard PDF fonts
        // (which PDFBox would look up among the system fonts): every text uses the embedded DejaVu fonts
        builder.usePdfUaAccessibility(true);
        for (FontStyle style : List.of(FontStyle.NORMAL, FontStyle.ITALIC)) {
            font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400, style);
            font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, style);
            font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, style);
            font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, style);
        }
        builder.withHtmlContent(html, null);
        builder.withProducer("Ruimteverkenner");
        builder.toStream(bytes);
        try {
            builder.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new IOException("PDF rendering failed", e);
        }
        return bytes.toByteArray();
    }

    /** Registers a bundled font; italic uses the upright face (the report bundles no italic DejaVu). */
    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = PdfReportWriter.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing bundled font " + file));
            }
            return in;
        }, family, weight, style, true);
    }
}
