package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;

class SnapperTest {
    private final Snapper snapper;

    SnapperTest() throws Exception {
        WKTReader r = new WKTReader();
        snapper = new Snapper(Map.of(
                "dijk", r.read("LINESTRING (5.0 52.0, 5.1 52.0)"),
                "polder", r.read("POLYGON ((5.2 52.0, 5.3 52.0, 5.3 52.1, 5.2 52.1, 5.2 52.0))")));
    }

    @Test
    void aNearbyVertexWinsOverACloserEdge() {
        var s = snapper.snap(5.2009, 52.0004, 0.002, null).orElseThrow();
        assertEquals(Snapper.Kind.VERTEX, s.kind());
        assertEquals(new Coordinate(5.2, 52.0), s.at());
    }

    @Test
    void nearAnEdgeThePositionMovesOntoTheEdge() {
        var s = snapper.snap(5.05, 52.0005, 0.002, null).orElseThrow();
        assertEquals(Snapper.Kind.EDGE, s.kind());
        assertEquals(5.05, s.at().x, 1e-9);
        assertEquals(52.0, s.at().y, 1e-12);
        var ring = snapper.snap(5.2996, 52.05, 0.002, null).orElseThrow();
        assertEquals(5.3, ring.at().x, 1e-12, "the polygon's eastern edge");
    }

    @Test
    void theToleranceIsTheSameOnScreenInBothDirections() {
        // at 52° a degree of latitude is 1/cos(52°) ≈ 1.62 times as tall on a Mercator map as a degree of longitude
        assertTrue(snapper.snap(5.05, 52.0015, 0.002, null).isEmpty(), "0.0015° lat ≈ 0.0024 lon-units: too far");
        assertTrue(snapper.snap(5.05, 52.0011, 0.002, null).isPresent(), "0.0011° lat ≈ 0.0018 lon-units: near");
    }

    @Test
    void farAwayOrTheExcludedShapeGivesNothing() {
        assertTrue(snapper.snap(4.5, 51.5, 0.002, null).isEmpty());
        assertTrue(snapper.snap(5.05, 52.0005, 0.002, "dijk").isEmpty(), "a shape does not snap to itself");
    }
}
