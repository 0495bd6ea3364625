package nl.ruimteverkenner.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Repairs an invalid geometry so that an area keeps its surface as well as it can. For polygons two repairs
 * are tried, JTS {@link GeometryFixer} (collapsed parts dropped) and {@code buffer(0)}; they differ on
 * self-intersecting rings (buffer(0) keeps only the lobes of one orientation of a bow-tie, the fixer both,
 * but the fixer may cut more where holes are broken). The one whose area is closest to the surface the
 * original rings enclose ({@link #enclosedArea}: the faces of the noded rings, shells less holes) is taken; on a
 * tie, or when that cannot be computed, the larger.
 * Lines and points go to the fixer alone.
 */
public final class GeometryRepair {
    private GeometryRepair() {
    }

    /** The repaired geometry; empty when nothing is left. */
    public static Geometry repair(Geometry g) {
        Geometry fixed = GeometryFixer.fix(g, false);
        if (!(g instanceof Polygonal)) {
            return fixed;
        }
        Geometry buffered;
        try {
            buffered = g.buffer(0);
        } catch (RuntimeException e) {
            return fixed;
        }
        if (buffered.isEmpty() || !buffered.isValid()) {
            return fixed;
        }
        if (fixed.isEmpty()) {
            return buffered;
        }
        double reference;
        try {
            reference = enclosedArea(g);
        } catch (RuntimeException e) {
            return fixed.getArea() >= buffered.getArea() ? fixed : buffered;
        }
        double a = fixed.getArea();
        double b = buffered.getArea();
        double da = Math.abs(a - reference);
        double db = Math.abs(b - reference);
        if (Math.abs(da - db) <= 1e-9 * Math.max(1, reference)) {
            return b > a ? buffered : fixed;
        }
        return db < da ? buffered : fixed;
    }

    /**
     * The surface the original rings enclose: per polygon the faces its shell's line work forms once noded at its
     * self-intersections (so both lobes of a bow-tie count, whatever their orientation), less the faces of its
     * holes, measured by the shoelace formula; parts are added up.
     */
    static double enclosedArea(Geometry g) {
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                Geometry fill = faces(p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    fill = fill.difference(faces(p.getInteriorRingN(h)));
                }
                sum += fill.getArea();
            }
        }
        return sum;
    }

    private static Geometry faces(LineString ring) {
        GeometryFactory f = ring.getFactory();
        if (ring.isSimple()) {
            return f.createPolygon(ring.getCoordinateSequence());
        }
        Polygonizer faces = new Polygonizer();
        faces.add(ring.union());
        return f.buildGeometry(faces.getPolygons()).union();
    }
}
