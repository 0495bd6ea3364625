package nl.ruimteverkenner.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Conversion between WGS84 (lon/lat) and the Dutch RD New grid (EPSG:28992, metres) with Proj4J, the
 * maintained Java port of PROJ (including the datum shift to Bessel). Areas and buffers are computed in
 * RD New, where a square metre is a square metre to well under a percent across the Netherlands.
 * Thread-safe: each thread gets its own transforms.
 */
public final class RdNew {
    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84 = CRS.createFromName("EPSG:4326");
    private static final CoordinateReferenceSystem RD = CRS.createFromName("EPSG:28992");
    private static final ThreadLocal<CoordinateTransform> TO_RD =
            ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(WGS84, RD));
    private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
            ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(RD, WGS84));

    private RdNew() {
    }

    /** RD coordinates {x, y} in metres of a lon/lat. */
    public static double[] toRd(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        TO_RD.get().transform(new ProjCoordinate(lon, lat), out);
        return new double[] {out.x, out.y};
    }

    /** Lon/lat {lon, lat} of RD coordinates in metres. */
    public static double[] toWgs84(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.get().transform(new ProjCoordinate(x, y), out);
        return new double[] {out.x, out.y};
    }

    /** Projects a lon/lat geometry to RD New; repairs the rare result made invalid by the projection. */
    public static Geometry toRd(Geometry lonLat) {
        return transform(lonLat, TO_RD.get());
    }

    /** Projects an RD New geometry back to lon/lat. */
    public static Geometry toWgs84(Geometry rd) {
        return transform(rd, TO_WGS84.get());
    }

    /**
     * Projects an RD New geometry back to lon/lat without checking the result's validity: for a point inside it (a
     * label's place), where a sliver made invalid by the projection does not matter and the check would cost more than
     * the projection.
     */
    public static Geometry toWgs84Unchecked(Geometry rd) {
        return project(rd, TO_WGS84.get());
    }

    private static Geometry transform(Geometry g, CoordinateTransform t) {
        Geometry out = project(g, t);
        return out.isValid() ? out : GeometryFixer.fix(out);
    }

    private static Geometry project(Geometry g, CoordinateTransform t) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                ProjCoordinate in = new ProjCoordinate();
                ProjCoordinate res = new ProjCoordinate();
                if (factory.getCoordinateSequenceFactory() instanceof CompactCoordinates compact) {
                    double[] xy = new double[coords.size() * 2];
                    for (int i = 0; i < coords.size(); i++) {
                        in.x = coords.getX(i);
                        in.y = coords.getY(i);
                        t.transform(in, res);
                        xy[2 * i] = res.x;
                        xy[2 * i + 1] = res.y;
                    }
                    return compact.create(xy, 2);
                }
                Coordinate[] cs = new Coordinate[coords.size()];
                for (int i = 0; i < cs.length; i++) {
                    in.x = coords.getX(i);
                    in.y = coords.getY(i);
                    t.transform(in, res);
                    cs[i] = new Coordinate(res.x, res.y);
                }
                return factory.getCoordinateSequenceFactory().create(cs);
            }
        }.transform(g);
    }
}
