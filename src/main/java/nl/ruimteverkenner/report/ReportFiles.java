package nl.ruimteverkenner.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a report as PDF or HTML, chosen by the file name's extension (.pdf, .html or .htm). */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** True when the extension names a format we write. */
    public static boolean supported(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".html") || n.endsWith(".htm");
    }

    public static void write(GemeenteReport report, Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            PdfReportWriter.write(report, file);
        } else if (n.endsWith(".html") || n.endsWith(".htm")) {
            HtmlReportWriter.write(report, file);
        } else {
            throw new IllegalArgumentException("unsupported report format: " + file);
        }
    }
}
