package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScreenStrokesTest {
    @Test
    void hatchLinesLieFurtherApartAtNationalScale() {
        assertEquals(12, ScreenStrokes.hatchPeriod(7));
        assertEquals(12, ScreenStrokes.hatchPeriod(8.5));
        assertEquals(8, ScreenStrokes.hatchPeriod(ScreenStrokes.WIDE_HATCH_BELOW_ZOOM));
        assertEquals(8, ScreenStrokes.hatchPeriod(12));
        assertEquals(8, ScreenStrokes.hatchPeriod(0), "before the first layout");
    }
}
