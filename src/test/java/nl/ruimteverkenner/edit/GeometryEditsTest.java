package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimteverkenner.edit.GeometryEdits.VertexRef;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;

class GeometryEditsTest {
    private static Geometry wkt(String s) throws Exception {
        return new WKTReader().read(s);
    }

    @Test
    void ringVerticesLeaveOutTheClosingCoordinateAndMidpointsIncludeTheClosingEdge() throws Exception {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        assertEquals(4, GeometryEdits.vertices(square).size());
        assertEquals(4, GeometryEdits.midpoints(square).size());
        assertEquals(new Coordinate(0, 5), GeometryEdits.midpoints(square).get(3).at());
        Geometry line = wkt("LINESTRING (0 0, 10 0, 20 5)");
        assertEquals(3, GeometryEdits.vertices(line).size());
        assertEquals(2, GeometryEdits.midpoints(line).size());
        assertTrue(GeometryEdits.midpoints(wkt("POINT (1 2)")).isEmpty());
    }

    @Test
    void movingTheFirstVertexOfARingMovesItsClosingCoordinateToo() throws Exception {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry moved = GeometryEdits.moveVertex(square, new VertexRef(0, 0, 0), new Coordinate(-5, -5));
        assertTrue(moved.isValid());
        assertTrue(moved.equalsTopo(wkt("POLYGON ((-5 -5, 10 0, 10 10, 0 10, -5 -5))")), moved.toText());
        assertEquals(100.0, square.getArea(), 1e-9, "the original is not changed");
    }

    @Test
    void crossingEdgesGiveAnInvalidShapeTheCallerCanRefuse() throws Exception {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry bowtie = GeometryEdits.moveVertex(square, new VertexRef(0, 0, 1), new Coordinate(0, 20));
        assertFalse(bowtie.isValid());
    }

    @Test
    void insertingAVertexSplitsTheEdgeAfterIt() throws Exception {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry notch = GeometryEdits.insertVertex(square, new VertexRef(0, 0, 3), new Coordinate(3, 5));
        assertEquals(5, GeometryEdits.vertices(notch).size());
        assertEquals(new Coordinate(3, 5), GeometryEdits.vertices(notch).get(4).at());
        assertEquals(100 - 0.5 * 10 * 3, notch.getArea(), 1e-9);
        Geometry line = GeometryEdits.insertVertex(wkt("LINESTRING (0 0, 10 0)"), new VertexRef(0, 0, 0), new Coordinate(5, 5));
        assertTrue(line.equalsExact(wkt("LINESTRING (0 0, 5 5, 10 0)")), line.toText());
        assertThrows(IllegalArgumentException.class,
                () -> GeometryEdits.insertVertex(wkt("POINT (0 0)"), new VertexRef(0, 0, 0), new Coordinate(1, 1)));
    }

    @Test
    void deletingKeepsAtLeastATriangleOrATwoPointLine() throws Exception {
        Geometry square = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry triangle = GeometryEdits.deleteVertex(square, new VertexRef(0, 0, 0)).orElseThrow();
        assertTrue(triangle.equalsTopo(wkt("POLYGON ((10 0, 10 10, 0 10, 10 0))")), triangle.toText());
        assertTrue(GeometryEdits.deleteVertex(triangle, new VertexRef(0, 0, 1)).isEmpty());
        Geometry line = wkt("LINESTRING (0 0, 10 0, 20 0)");
        assertEquals(2, GeometryEdits.deleteVertex(line, new VertexRef(0, 0, 2)).orElseThrow().getNumPoints());
        assertTrue(GeometryEdits.deleteVertex(wkt("LINESTRING (0 0, 10 0)"), new VertexRef(0, 0, 0)).isEmpty());
        assertTrue(GeometryEdits.deleteVertex(wkt("POINT (0 0)"), new VertexRef(0, 0, 0)).isEmpty());
    }

    @Test
    void holesAndPartsOfMultiGeometriesAreAddressedAndTheTypeIsKept() throws Exception {
        Geometry multi = wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2)),"
                + " ((20 0, 30 0, 30 10, 20 0)))");
        assertEquals(4 + 4 + 3, GeometryEdits.vertices(multi).size());
        Geometry bigger = GeometryEdits.moveVertex(multi, new VertexRef(0, 1, 2), new Coordinate(5, 5));
        assertTrue(bigger instanceof MultiPolygon);
        assertEquals(multi.getArea() - 2, bigger.getArea(), 1e-9, "the hole grew from 4 to 6 square units");
        Geometry shifted = GeometryEdits.moveVertex(multi, new VertexRef(1, 0, 2), new Coordinate(30, 20));
        assertEquals(multi.getGeometryN(0).getArea(), shifted.getGeometryN(0).getArea(), 1e-9, "other parts stay");
    }

    @Test
    void translateMovesEveryVertex() throws Exception {
        Geometry t = GeometryEdits.translate(wkt("LINESTRING (0 0, 10 0)"), 1, 2);
        assertTrue(t.equalsExact(wkt("LINESTRING (1 2, 11 2)")));
    }
}
