package nl.ruimteverkenner.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The main window's bounds made to fit the screens, and dialogs centred over their owner (no toolkit needed). */
class WindowPlacementTest {
    /** A 1440 × 900 screen with a 28-pixel panel at the top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 28, 1440, 872);
    /** A second screen to the right of it. */
    private static final Rectangle2D RIGHT = new Rectangle2D(1440, 0, 1920, 1080);

    private static Rectangle2D place(double x, double y, double w, double h) {
        return WindowPlacement.place(x, y, w, h, 800, 520, List.of(LAPTOP, RIGHT), LAPTOP);
    }

    @Test
    void withoutRememberedBoundsTheWindowTakesNinetyPercentOfThePrimaryScreenCentred() {
        Rectangle2D r = place(Double.NaN, Double.NaN, 1360, 860);
        assertEquals(new Rectangle2D(72, 72, 1296, 785), r);
    }

    @Test
    void rememberedBoundsInsideAScreenAreKept() {
        assertEquals(new Rectangle2D(100, 60, 1000, 700), place(100, 60, 1000, 700));
        assertEquals(new Rectangle2D(1500, 50, 1600, 1000), place(1500, 50, 1600, 1000));
    }

    @Test
    void aWindowHangingOverTheEdgeIsMovedInsideTheScreen() {
        // right and bottom edge beyond the laptop screen: moved left and up, size kept
        List<Rectangle2D> one = List.of(LAPTOP);
        assertEquals(new Rectangle2D(440, 200, 1000, 700), WindowPlacement.place(900, 600, 1000, 700, 800, 520, one, LAPTOP));
        // under the top panel: moved down to the visible area
        assertEquals(new Rectangle2D(10, 28, 1000, 700), WindowPlacement.place(10, -5, 1000, 700, 800, 520, one, LAPTOP));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToIt() {
        // remembered on a large monitor, now on the laptop alone
        Rectangle2D r = WindowPlacement.place(-300, 0, 2400, 1300, 800, 520, List.of(LAPTOP), LAPTOP);
        assertEquals(LAPTOP, r);
    }

    @Test
    void aWindowOnAScreenThatIsGoneComesBackCentredOnThePrimary() {
        Rectangle2D r = WindowPlacement.place(4000, 200, 1000, 700, 800, 520, List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(72, 72, 1296, 785), r);
    }

    @Test
    void aWindowOverTwoScreensGoesToTheOneItOverlapsMost() {
        // 300 px on the laptop, 700 px on the right-hand screen
        Rectangle2D r = place(1140, 100, 1000, 700);
        assertEquals(new Rectangle2D(1440, 100, 1000, 700), r);
    }

    @Test
    void tooSmallABoundIsRaisedToTheMinimumAndBrokenNumbersMeanNoneRemembered() {
        assertEquals(new Rectangle2D(100, 100, 800, 520), place(100, 100, 200, 100));
        assertEquals(new Rectangle2D(72, 72, 1296, 785), place(100, 100, Double.NaN, 700));
        assertEquals(new Rectangle2D(72, 72, 1296, 785), place(100, 100, 0, 700));
    }

    @Test
    void onASmallScreenTheMinimumGivesWayToTheScreen() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 640, 480);
        assertEquals(tiny, WindowPlacement.place(Double.NaN, Double.NaN, 0, 0, 800, 520, List.of(tiny), tiny));
    }

    @Test
    void aDialogIsCentredOverItsOwnerAndKeptOnTheScreen() {
        Rectangle2D owner = new Rectangle2D(100, 100, 1000, 700);
        assertArrayEquals(new double[] {400, 350}, WindowPlacement.centreOver(owner, 400, 200, LAPTOP));
        // an owner near the bottom right corner: the dialog stays on the screen
        Rectangle2D corner = new Rectangle2D(1200, 800, 600, 400);
        assertArrayEquals(new double[] {1040, 700}, WindowPlacement.centreOver(corner, 400, 200, LAPTOP));
    }
}
