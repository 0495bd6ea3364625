package nl.ruimteverkenner.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes the wethouder's report on one area, for the command line and the app alike: builds the
 * {@link GemeenteReport} and writes it as PDF or HTML, chosen by the target's extension. Writing is atomic:
 * the document goes to a temporary file next to the target and is then moved over it, so a failure leaves
 * the old file (or nothing) and no half-written report. Only {@code target} itself is ever replaced.
 * Headless; call it off the FX thread.
 */
public final class ReportService {
    /** The formats a report can be written in. */
    public enum Format {
        PDF, HTML;

        /** The format named by the file's extension (.pdf, .html or .htm). */
        public static Optional<Format> of(Path file) {
            String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".pdf")) {
                return Optional.of(PDF);
            }
            return n.endsWith(".html") || n.endsWith(".htm") ? Optional.of(HTML) : Optional.empty();
        }
    }

    private final MapImageRenderer maps;

    /** A service that draws its maps on {@code tiles} (the offline basemap). */
    public ReportService(TileRenderer tiles) {
        this.maps = new MapImageRenderer(tiles);
    }

    /** True when the extension of {@code file} names a format the service writes. */
    public static boolean supports(Path file) {
        return Format.of(file).isPresent();
    }

    /**
     * Builds the report on one area and writes it to {@code target}.
     *
     * @param engine     the scenario with its schuurpunt rules
     * @param area       the area in RD New, with code and name
     * @param areaLonLat the same area in lon/lat, for the map
     * @param kind       the kind of area as shown to the reader ("gemeente", "provincie", ...)
     * @param horizon    the horizon the report is about
     * @param shown      the features drawn on the map (the active layers)
     * @param target     a .pdf, .html or .htm file the user chose
     * @return {@code target}
     * @throws IllegalArgumentException when the extension is not one of {@link Format}
     * @throws IOException              when writing fails; {@code target} is then unchanged
     */
    public Path write(SchuurpuntEngine engine, Area area, Geometry areaLonLat, String kind, Horizon horizon,
                      Predicate<Feature> shown, Path target) throws IOException {
        Format format = format(target);
        GemeenteReport report = new ReportBuilder(engine, maps).build(area, areaLonLat, kind, horizon, shown);
        write(report, format, target);
        return target;
    }

    /** Writes a built report to {@code target} in the format its extension names, atomically. */
    public static void write(GemeenteReport report, Path target) throws IOException {
        write(report, format(target), target);
    }

    private static void write(GemeenteReport report, Format format, Path target) throws IOException {
        switch (format) {
            case PDF -> PdfReportWriter.write(report, target);
            case HTML -> HtmlReportWriter.write(report, target);
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static Format format(Path target) {
        return Format.of(target).orElseThrow(() -> new IllegalArgumentException("unsupported report format: " + target));
    }
}
