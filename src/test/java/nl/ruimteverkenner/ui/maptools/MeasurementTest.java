package nl.ruimteverkenner.ui.maptools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimteverkenner.geo.RdNew;
import org.junit.jupiter.api.Test;

class MeasurementTest {
    /** Lon/lat of RD (x, y). */
    private static double[] rd(double x, double y) {
        return RdNew.toWgs84(x, y);
    }

    private static final List<double[]> SQUARE_KM = List.of(rd(150_000, 450_000), rd(151_000, 450_000),
            rd(151_000, 451_000), rd(150_000, 451_000));

    @Test
    void aLineIsMeasuredInRdMetresWithoutArea() {
        Measurement m = Measurement.of(List.of(rd(150_000, 450_000), rd(150_300, 450_400)), false);
        assertEquals(500, m.metres(), 0.01);
        assertFalse(m.hasArea());
        assertEquals("Afstand 500 m", m.text());
    }

    @Test
    void threeOpenPointsGiveTheirLengthAndTheEnclosedArea() {
        Measurement m = Measurement.of(SQUARE_KM.subList(0, 3), false);
        assertEquals(2000, m.metres(), 0.01);
        assertEquals(50, m.hectares(), 0.001);
        assertEquals("Afstand 2,00 km · oppervlakte 50 ha", m.text());
    }

    @Test
    void aClosedSquareKilometreHasAFourKilometrePerimeterAndAHundredHectares() {
        Measurement m = Measurement.of(SQUARE_KM, true);
        assertTrue(m.closed());
        assertEquals(4000, m.metres(), 0.01);
        assertEquals(100, m.hectares(), 0.001);
        assertEquals("Omtrek 4,00 km · oppervlakte 100 ha", m.text());
    }

    @Test
    void aSelfIntersectingOutlineCountsBothLoops() {
        // A bow tie of two 500 × 500 m triangles meeting in the middle: 2 × 12,5 ha.
        Measurement m = Measurement.of(List.of(rd(150_000, 450_000), rd(151_000, 451_000), rd(151_000, 450_000),
                rd(150_000, 451_000)), true);
        assertEquals(50, m.hectares(), 0.01);
    }

    @Test
    void textUsesDutchNumbers() {
        assertEquals("Afstand 1.234,57 km", new Measurement(1_234_567, Double.NaN, false).text());
        assertEquals("Omtrek 850 m · oppervlakte 12,35 ha", new Measurement(850, 12.3456, true).text());
        assertEquals("Afstand 0 m", Measurement.of(List.of(rd(150_000, 450_000)), false).text());
    }
}
