package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Repairs of invalid areas keep the surface the rings enclose: no lobe lost, no hole turned into land. */
class GeometryRepairTest {
    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }

    @Test
    void aBowTieKeepsBothLobesWhereBufferZeroLosesHalf() throws Exception {
        // a bow-tie: two lobes of 25 m² each, of opposite orientation
        Geometry bowTie = wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        assertEquals(25.0, bowTie.buffer(0).getArea(), 1e-9, "buffer(0) alone keeps one lobe");
        Geometry repaired = GeometryRepair.repair(bowTie);
        assertTrue(repaired.isValid());
        assertEquals(50.0, repaired.getArea(), 1e-9);
        assertEquals(50.0, GeometryRepair.enclosedArea(bowTie), 1e-9);
    }

    @Test
    void aHoleOutsideItsShellDoesNotBecomeLand() throws Exception {
        // GeometryFixer alone turns the stray hole into a second area (200 m²)
        Geometry strayHole = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 0, 30 0, 30 10, 20 10, 20 0))");
        Geometry repaired = GeometryRepair.repair(strayHole);
        assertTrue(repaired.isValid());
        assertEquals(100.0, repaired.getArea(), 1e-9);
    }

    @Test
    void aHoleAcrossTheShellIsStillCutOut() throws Exception {
        Geometry crossing = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 15, 5 15, 5 5))");
        assertEquals(75.0, GeometryRepair.repair(crossing).getArea(), 1e-9);
    }
}
