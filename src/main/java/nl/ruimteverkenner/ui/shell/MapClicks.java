package nl.ruimteverkenner.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The chain of what a click on the map means: features add a handler with a priority (drawing before
 * picking before the lens), the first that takes the click ends it. FX thread only.
 */
public final class MapClicks {
    /** Takes a click at lon/lat with a tolerance in degrees; true when it handled it. */
    @FunctionalInterface
    public interface Handler {
        boolean click(double lon, double lat, double tolerance, int clickCount);
    }

    private record Entry(int priority, Handler handler) {
    }

    /** Priorities of the built-in features. */
    public static final int NOTES = 350;
    public static final int WORKSHOP = 300;
    public static final int PICK = 200;
    public static final int LENS = 100;

    private final List<Entry> handlers = new ArrayList<>();

    /** Adds a handler; higher priorities are asked first. */
    public void add(int priority, Handler handler) {
        handlers.add(new Entry(priority, handler));
        handlers.sort(Comparator.comparingInt(Entry::priority).reversed());
    }

    /** Offers a click to the handlers in order. */
    public boolean dispatch(double lon, double lat, double tolerance, int clickCount) {
        for (Entry e : handlers) {
            if (e.handler().click(lon, lat, tolerance, clickCount)) {
                return true;
            }
        }
        return false;
    }
}
