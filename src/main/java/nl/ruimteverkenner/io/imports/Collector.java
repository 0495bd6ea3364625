package nl.ruimteverkenner.io.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GemeenteCrs;
import nl.ruimteverkenner.io.GeometryRepair;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;

/**
 * Gathers the features of one file as the readers produce them, in one place for every format: skips empty
 * geometries, refuses a mix of points, lines and areas, converts to RD New (dropping Z and M), repairs invalid
 * polygons (counted), checks that the data lie in the Netherlands in the declared system, and reports progress
 * and cancellation.
 */
final class Collector {
    private static final String[] KIND_KEYS = {"import.kind.point", "import.kind.line", "import.kind.area"};
    private final Path file;
    private final SourceCrs crs;
    private final SourceCrs.Transform toRd;
    private final ImportProgress progress;
    private final long total;
    private final int limit;
    private final List<SourceFeature> features = new ArrayList<>();
    private final Envelope extent = new Envelope();
    private final List<String> warnings = new ArrayList<>();
    private int kind = -1;
    private int empty;
    private int repaired;
    private int unrepairable;
    private long seen;

    /**
     * @param limit at most this many features are kept (a preview); {@code Integer.MAX_VALUE} for all
     */
    Collector(Path file, SourceCrs crs, ImportProgress progress, long total, int limit) {
        this.file = file;
        this.crs = crs;
        this.toRd = crs.toRd();
        this.progress = progress;
        this.total = total;
        this.limit = limit;
    }

    /** Whether enough features were kept (the reader may stop). */
    boolean full() {
        return features.size() >= limit;
    }

    /** Adds a feature whose geometry (may be null) is in the file's system. */
    void add(Geometry g, Map<String, Object> attributes) throws ImportException {
        seen++;
        if (seen % 1000 == 0) {
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            progress.progress(seen, total);
        }
        if (g == null || g.isEmpty()) {
            empty++;
            return;
        }
        int k = kindOf(g);
        if (k < 0 || (kind >= 0 && k != kind)) {
            throw new ImportException("import.mixedTypes", file.getFileName(),
                    Messages.get(KIND_KEYS[Math.max(kind, 0)]), k < 0 ? g.getGeometryType() : Messages.get(KIND_KEYS[k]));
        }
        kind = k;
        Envelope e = g.getEnvelopeInternal();
        if (!crs.plausible(e)) {
            throw new ImportException("import.outsideNetherlands", file.getFileName(), crs.label(), describe(e));
        }
        extent.expandToInclude(e);
        Geometry rd = toRd.apply(g);
        if (k == 2 && !rd.isValid()) {
            rd = GeometryRepair.repair(rd);
            if (rd.isEmpty()) {
                unrepairable++;
                return;
            }
            repaired++;
        }
        if (features.size() < limit) {
            features.add(new SourceFeature(rd, attributes));
        }
    }

    /** The features read, with warnings; refuses a file without any usable geometry. */
    SourceData finish(SourceFormat format, List<String> tables, String table, List<String> attributes, long count)
            throws ImportException {
        progress.progress(seen, total);
        if (seen == 0) {
            throw new ImportException("import.empty", file.getFileName());
        }
        if (kind < 0) {
            throw new ImportException("import.noGeometry", file.getFileName());
        }
        if (empty > 0) {
            warnings.add(Messages.get("import.warning.emptyGeometry", file.getFileName(), empty));
        }
        if (repaired > 0) {
            warnings.add(Messages.get("import.warning.repaired", file.getFileName(), repaired));
        }
        if (unrepairable > 0) {
            warnings.add(Messages.get("import.warning.unrepairable", file.getFileName(), unrepairable));
        }
        return new SourceData(file, format, tables, table, crs, attributes, features, count, repaired, warnings);
    }

    /** Adds a warning of the reader (e.g. the character set assumed). */
    void warn(String message) {
        warnings.add(message);
    }

    /** 0 points, 1 lines, 2 areas, -1 a mix within one geometry. */
    private static int kindOf(Geometry g) {
        if (g instanceof GeometryCollection && !(g.getClass().getSimpleName().startsWith("Multi"))) {
            int k = -2;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                int ki = kindOf(g.getGeometryN(i));
                if (ki < 0 || (k != -2 && ki != k)) {
                    return -1;
                }
                k = ki;
            }
            return k == -2 ? -1 : k;
        }
        return g.getDimension();
    }

    static String describe(Envelope e) {
        return GemeenteCrs.describe(e);
    }
}
