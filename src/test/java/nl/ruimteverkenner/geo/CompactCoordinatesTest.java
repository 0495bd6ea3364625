package nl.ruimteverkenner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimteverkenner.io.GeoJsonGeometryReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.junit.jupiter.api.Test;

class CompactCoordinatesTest {
    private static Polygon star(GeometryFactory gf, double cx, double cy, double r, int k) {
        Coordinate[] c = new Coordinate[k + 1];
        for (int j = 0; j < k; j++) {
            double a = 2 * Math.PI * j / k;
            double rr = r * (j % 2 == 0 ? 1 : 0.7);
            c[j] = new Coordinate(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
        }
        c[k] = new Coordinate(c[0]);
        return gf.createPolygon(c);
    }

    @Test
    void scenarioGeometriesAndWhatJtsDerivesFromThemArePackedXy() {
        Polygon p = star(GeoJsonGeometryReader.FACTORY, 150_000, 450_000, 800, 40);
        Geometry buffer = p.buffer(500, 8);
        Geometry rd = RdNew.toRd(RdNew.toWgs84(p));
        for (Geometry g : new Geometry[] {p, buffer, rd}) {
            Polygon poly = (Polygon) g.getGeometryN(0);
            assertTrue(poly.getExteriorRing().getCoordinateSequence() instanceof CompactCoordinates.Sequence, g.getGeometryType());
            assertEquals(2, poly.getExteriorRing().getCoordinateSequence().getDimension());
        }
    }

    @Test
    void coordinateArraysAreNotCached() {
        Polygon p = star(GeoJsonGeometryReader.FACTORY, 0, 0, 10, 12);
        var seq = p.getExteriorRing().getCoordinateSequence();
        Coordinate[] first = seq.toCoordinateArray();
        assertNotSame(first, seq.toCoordinateArray());
        first[0].x = 99; // changing a handed-out coordinate does not change the geometry
        assertEquals(10, seq.getX(0), 0);
        seq.setOrdinate(0, 0, 11);
        assertEquals(11, p.getExteriorRing().getCoordinateN(0).x, 0);
    }

    @Test
    void operationsGiveTheSameNumbersAsWithOneObjectPerVertex() {
        GeometryFactory plain = new GeometryFactory();
        for (int k = 20; k <= 200; k += 45) {
            Polygon a1 = star(GeoJsonGeometryReader.FACTORY, 150_000, 450_000, 900, k);
            Polygon b1 = star(GeoJsonGeometryReader.FACTORY, 150_700, 450_300, 600, k + 7);
            Polygon a2 = star(plain, 150_000, 450_000, 900, k);
            Polygon b2 = star(plain, 150_700, 450_300, 600, k + 7);
            Geometry z1 = b1.buffer(1500, 8);
            Geometry z2 = b2.buffer(1500, 8);
            assertEquals(z2.getArea(), z1.getArea(), 0);
            assertEquals(z2.getNumPoints(), z1.getNumPoints());
            Geometry o1 = OverlayNGRobust.overlay(a1, b1, OverlayNG.INTERSECTION);
            Geometry o2 = OverlayNGRobust.overlay(a2, b2, OverlayNG.INTERSECTION);
            assertEquals(o2.getArea(), o1.getArea(), 0);
            assertTrue(o1.equalsExact(o2, 0));
            assertEquals(o2.getInteriorPoint().getCoordinate(), o1.getInteriorPoint().getCoordinate());
            assertEquals(a2.isWithinDistance(b2, 10), a1.isWithinDistance(b1, 10));
        }
    }
}
