package nl.ruimteverkenner.io.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate systems an imported file may be in, each with the box in which Dutch data must lie in it (the
 * country with a margin). Recognised from an EPSG code, a CRS name (GeoJSON's {@code crs} member), a WKT
 * definition (a shapefile's {@code .prj}) or, failing those, from the range of the coordinates. Geometries are
 * converted to RD New with Proj4J; Z and M values are dropped on the way.
 */
public enum SourceCrs {
    /** Amersfoort / RD New, metres. */
    RD_NEW(28992, "RD New (EPSG:28992)", new Envelope(-50_000, 350_000, 250_000, 680_000)),
    /** WGS84 longitude/latitude (also OGC CRS84). */
    WGS84(4326, "WGS84 (EPSG:4326)", new Envelope(1.0, 9.0, 49.5, 55.5)),
    /** ETRS89 longitude/latitude: within a metre of WGS84 in the Netherlands. */
    ETRS89(4258, "ETRS89 (EPSG:4258)", new Envelope(1.0, 9.0, 49.5, 55.5)),
    /** Web Mercator (as web maps use), metres. */
    WEB_MERCATOR(3857, "Web Mercator (EPSG:3857)", new Envelope(110_000, 1_010_000, 6_350_000, 7_470_000));

    private static final GeometryFactory RD_FACTORY = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 28992);
    private static final Pattern EPSG_CODE = Pattern.compile("(?:EPSG|epsg)[:/]+(?:[0-9.]*:+)?(\\d{4,5})$");
    private final int epsg;
    private final String label;
    private final Envelope box;

    SourceCrs(int epsg, String label, Envelope box) {
        this.epsg = epsg;
        this.label = label;
        this.box = box;
    }

    /** The EPSG code. */
    public int epsg() {
        return epsg;
    }

    /** How the system is named to the user, e.g. "RD New (EPSG:28992)". */
    public String label() {
        return label;
    }

    /** Whether an extent given in this system lies in or near the Netherlands. */
    public boolean plausible(Envelope e) {
        return e != null && !e.isNull() && Double.isFinite(e.getWidth()) && Double.isFinite(e.getHeight()) && box.contains(e);
    }

    /** Whether the system has degrees as units. */
    public boolean geographic() {
        return this == WGS84 || this == ETRS89;
    }

    /** The system of an EPSG code; empty for any other code. */
    public static Optional<SourceCrs> ofEpsg(int code) {
        for (SourceCrs c : values()) {
            if (c.epsg == code) {
                return Optional.of(c);
            }
        }
        // codes with the same meaning: the old Google Mercator code and RD with another origin are not accepted
        return code == 900913 || code == 3785 ? Optional.of(WEB_MERCATOR) : Optional.empty();
    }

    /**
     * The system named by a CRS name as GeoJSON files carry it ({@code urn:ogc:def:crs:EPSG::28992},
     * {@code EPSG:4326}, {@code urn:ogc:def:crs:OGC:1.3:CRS84}); empty for anything else.
     */
    public static Optional<SourceCrs> ofName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        if (n.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return Optional.of(WGS84);
        }
        Matcher m = EPSG_CODE.matcher(n);
        return m.find() ? ofEpsg(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * The system a WKT definition describes (a {@code .prj} file, or {@code gpkg_spatial_ref_sys.definition}): an
     * authority code when present, else the names Esri and OGC use. Empty for any other system (e.g. UTM).
     */
    public static Optional<SourceCrs> ofWkt(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return Optional.empty();
        }
        String w = wkt.strip();
        String upper = w.toUpperCase(Locale.ROOT);
        boolean projected = upper.startsWith("PROJCS") || upper.startsWith("PROJCRS") || upper.startsWith("PROJECTEDCRS");
        // the outermost authority, if any, is the last AUTHORITY/ID of the top-level object
        Matcher auth = Pattern.compile("(?:AUTHORITY|ID)\\[\"EPSG\",\"?(\\d+)\"?\\]\\]\\s*$").matcher(w);
        if (auth.find()) {
            Optional<SourceCrs> byCode = ofEpsg(Integer.parseInt(auth.group(1)));
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        String compact = upper.replaceAll("[^A-Z0-9]", "");
        if (projected) {
            if (compact.contains("AMERSFOORT") && (compact.contains("RDNEW") || compact.contains("OBLIQUESTEREOGRAPHIC")
                    || compact.contains("STEREOGRAPHIC"))) {
                return Optional.of(RD_NEW);
            }
            if (compact.contains("PSEUDOMERCATOR") || compact.contains("WEBMERCATOR") || compact.contains("MERCATORAUXILIARYSPHERE")
                    || compact.contains("POPULARVISUALISATION")) {
                return Optional.of(WEB_MERCATOR);
            }
            return Optional.empty();
        }
        if (upper.startsWith("GEOGCS") || upper.startsWith("GEOGCRS") || upper.startsWith("GEODCRS")) {
            if (compact.contains("ETRS89") || compact.contains("ETRS1989") || compact.contains("EUROPEANTERRESTRIALREFERENCESYSTEM1989")) {
                return Optional.of(ETRS89);
            }
            if (compact.contains("WGS84") || compact.contains("WGS1984")) {
                return Optional.of(WGS84);
            }
        }
        return Optional.empty();
    }

    /**
     * The system whose box holds an extent when the file does not say: WGS84 degrees, else RD New metres, else Web
     * Mercator; empty when none fits (the file is elsewhere, or in a system we do not know).
     */
    public static Optional<SourceCrs> guess(Envelope e) {
        for (SourceCrs c : new SourceCrs[] {WGS84, RD_NEW, WEB_MERCATOR}) {
            if (c.plausible(e)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Converts geometries from this system to RD New (2D: Z and M dropped). One per thread; not thread-safe. */
    public Transform toRd() {
        return new Transform(this);
    }

    /** A conversion of geometries to RD New. */
    public static final class Transform {
        private final CoordinateTransform proj;
        private final ProjCoordinate in = new ProjCoordinate();
        private final ProjCoordinate out = new ProjCoordinate();

        private Transform(SourceCrs from) {
            if (from == RD_NEW) {
                proj = null;
            } else {
                CRSFactory f = new CRSFactory();
                proj = new CoordinateTransformFactory().createTransform(f.createFromName("EPSG:" + from.epsg),
                        f.createFromName("EPSG:28992"));
            }
        }

        /** The geometry in RD New, two-dimensional. */
        public Geometry apply(Geometry g) {
            return new GeometryTransformer() {
                @Override
                protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                    Coordinate[] cs = new Coordinate[coords.size()];
                    for (int i = 0; i < cs.length; i++) {
                        if (proj == null) {
                            cs[i] = new Coordinate(coords.getX(i), coords.getY(i));
                        } else {
                            in.x = coords.getX(i);
                            in.y = coords.getY(i);
                            proj.transform(in, out);
                            cs[i] = new Coordinate(out.x, out.y);
                        }
                    }
                    return RD_FACTORY.getCoordinateSequenceFactory().create(cs);
                }
            }.transform(g);
        }
    }
}
