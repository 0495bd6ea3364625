package nl.ruimteverkenner.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class RdNewTest {
    @Test
    void amersfoortIsTheOriginOfTheGrid() {
        // The Onze Lieve Vrouwetoren in Amersfoort defines RD (155000, 463000).
        double[] rd = RdNew.toRd(5.387203658, 52.155172894);
        assertEquals(155_000, rd[0], 2.0);
        assertEquals(463_000, rd[1], 2.0);
    }

    @Test
    void roundTripIsExactToACentimetre() {
        double[] rd = RdNew.toRd(4.9, 52.37);
        double[] back = RdNew.toWgs84(rd[0], rd[1]);
        assertEquals(4.9, back[0], 1e-7);
        assertEquals(52.37, back[1], 1e-7);
    }

    @Test
    void areaOfAOneKilometreSquareIsAHundredHectares() throws Exception {
        double[] sw = RdNew.toWgs84(150_000, 450_000);
        double[] ne = RdNew.toWgs84(151_000, 451_000);
        double[] nw = RdNew.toWgs84(150_000, 451_000);
        double[] se = RdNew.toWgs84(151_000, 450_000);
        String wkt = String.format(Locale.ROOT, "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))",
                sw[0], sw[1], se[0], se[1], ne[0], ne[1], nw[0], nw[1], sw[0], sw[1]);
        double ha = RdNew.toRd(new WKTReader().read(wkt)).getArea() / 10_000;
        assertEquals(100.0, ha, 0.01);
    }
}
