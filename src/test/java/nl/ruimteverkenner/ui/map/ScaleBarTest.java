package nl.ruimteverkenner.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimteverkenner.ui.map.ScaleBar.Choice;
import org.junit.jupiter.api.Test;

class ScaleBarTest {

    @Test
    void choosesTheLongestRoundLengthThatFits() {
        // Centre of the Netherlands: 750 m per pixel at zoom 7, so 150 px = 112.6 km → 100 km.
        assertChoice(ScaleBar.choose(7, 52.15), 100_000, 133.26);
        assertChoice(ScaleBar.choose(9, 52.15), 20_000, 106.61);
        assertChoice(ScaleBar.choose(16, 52.15), 200, 136.46);
        assertChoice(ScaleBar.choose(5, 52.15), 200_000, 66.63);
        // At the equator there is no cos(lat) shrinking; at 60° N a metre is twice as long on screen.
        assertChoice(ScaleBar.choose(10, 0), 20_000, 130.83);
        assertChoice(ScaleBar.choose(12, 60), 2_000, 104.66);
    }

    @Test
    void aLengthOfExactlyTheMaximumIsTaken() {
        double zoom = Math.log(nl.ruimteverkenner.geo.ScaleBarLength.EQUATOR_M / (256 * (1000 / ScaleBar.MAX_PX))) / Math.log(2);
        assertChoice(ScaleBar.choose(zoom, 0), 1000, ScaleBar.MAX_PX);
    }

    @Test
    void everyViewGetsARoundBarBetween60And150Pixels() {
        for (double zoom = 5; zoom <= 16; zoom += 0.05) {
            for (double lat = 50.5; lat <= 53.7; lat += 0.4) {
                Choice c = ScaleBar.choose(zoom, lat);
                assertTrue(c.pixels() > ScaleBar.MAX_PX / 2.5 && c.pixels() <= ScaleBar.MAX_PX + 1e-6,
                        zoom + "/" + lat + " → " + c);
                double mantissa = c.metres() / Math.pow(10, Math.floor(Math.log10(c.metres()) + 1e-9));
                assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9
                        || Math.abs(mantissa - 5) < 1e-9, zoom + "/" + lat + " → " + c);
                assertEquals(c.metres() / ScaleBar.metresPerPixel(zoom, lat), c.pixels(), 1e-9);
            }
        }
    }

    @Test
    void writesMetresBelowAKilometreAndKilometresFromThere() {
        assertEquals("200 m", ScaleBar.label(200));
        assertEquals("1 km", ScaleBar.label(1000));
        assertEquals("100 km", ScaleBar.label(100_000));
    }

    private static void assertChoice(Choice c, double metres, double pixels) {
        assertEquals(metres, c.metres(), 1e-6, c.toString());
        assertEquals(pixels, c.pixels(), 0.01, c.toString());
    }
}
