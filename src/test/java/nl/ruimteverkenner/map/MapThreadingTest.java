package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layers' threading contract: a setter called off the FX application thread fails loudly. */
class MapThreadingTest {
    @Test
    void settingAnOverlayOffTheFxThreadIsRefused() {
        OverlayLayer overlay = new OverlayLayer(new MapProjection(), "overlay", "overlay-");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> overlay.set(List.of()));
        assertEquals(true, e.getMessage().contains("FX application thread"));
        assertThrows(IllegalStateException.class, () -> overlay.setVisible(false));
    }
}
