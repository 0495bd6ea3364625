package nl.ruimteverkenner.ui.maptools;

import java.util.List;
import java.util.Optional;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.settings.Settings.Bookmark;

/**
 * The map bookmarks of one scenario, kept in the settings under the scenario's id: add (a name used before
 * is replaced in its place), find, remove. Entries that a hand-edited settings file made unusable (no name,
 * coordinates that are not numbers or lie far outside the map) are left out. No toolkit needed.
 */
final class Bookmarks {
    /** Longest name kept; longer names are cut. */
    static final int MAX_NAME = 80;
    private final Settings settings;

    Bookmarks(Settings settings) {
        this.settings = settings;
    }

    /** The usable bookmarks of a scenario, in the order saved. */
    List<Bookmark> of(String scenarioId) {
        List<Bookmark> all = settings.bookmarks.get(scenarioId);
        return all == null ? List.of() : all.stream().filter(Bookmarks::usable).toList();
    }

    /** The bookmark with this name (case-insensitive), if any. */
    Optional<Bookmark> find(String scenarioId, String name) {
        String n = clean(name);
        return of(scenarioId).stream().filter(b -> b.name.equalsIgnoreCase(n)).findFirst();
    }

    /** Saves a view under a name; a bookmark of the same name is replaced where it stands. */
    Bookmark put(String scenarioId, String name, double lon, double lat, double zoom) {
        Bookmark b = new Bookmark(clean(name), lon, lat, zoom);
        if (!usable(b)) {
            throw new IllegalArgumentException("unusable bookmark " + name);
        }
        List<Bookmark> list = settings.bookmarksOf(scenarioId);
        list.removeIf(x -> !usable(x));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name.equalsIgnoreCase(b.name)) {
                list.set(i, b);
                return b;
            }
        }
        list.add(b);
        return b;
    }

    /** Removes the bookmark with this name; false when there was none. */
    boolean remove(String scenarioId, String name) {
        List<Bookmark> list = settings.bookmarks.get(scenarioId);
        boolean removed = list != null && list.removeIf(b -> b.name != null && b.name.equalsIgnoreCase(clean(name)));
        if (list != null && list.isEmpty()) {
            settings.bookmarks.remove(scenarioId);
        }
        return removed;
    }

    /** A name as kept: stripped, line breaks as spaces, at most {@link #MAX_NAME} characters. */
    static String clean(String name) {
        String n = name == null ? "" : name.replaceAll("\\s+", " ").strip();
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME).strip() : n;
    }

    static boolean usable(Bookmark b) {
        return b != null && b.name != null && !b.name.isBlank()
                && Double.isFinite(b.lon) && Math.abs(b.lon) <= 180
                && Double.isFinite(b.lat) && Math.abs(b.lat) <= 85
                && Double.isFinite(b.zoom) && b.zoom >= 0 && b.zoom <= 22;
    }
}
