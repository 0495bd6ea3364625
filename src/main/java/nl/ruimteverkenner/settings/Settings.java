package nl.ruimteverkenner.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application remembers between runs: window bounds, map view, horizon, layer switches and
 * opacities, the background map and the servers agreed to, the language, the last scenario and the map bookmarks
 * per scenario. A plain mutable bean, read and written by
 * {@code io.SettingsStore}; FX thread only.
 */
public final class Settings {
    /** {@link #background} for the bundled offline map. */
    public static final String OFFLINE = "offline";
    /** The id of OpenStreetMap in {@code backgrounds.json}, the only online map of older versions. */
    public static final String OSM = "osm";
    /** OpenStreetMap's tile server, agreed to by whoever switched the old online map on. */
    public static final String OSM_HOST = "tile.openstreetmap.org";

    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = 1360;
    public double windowHeight = 860;
    public boolean maximized;
    public double centerLat = Double.NaN;
    public double centerLon = Double.NaN;
    public double zoom = Double.NaN;
    public int horizon = 2030;
    /**
     * Whether an online background is chosen; written for older versions, which know only OpenStreetMap. An
     * old file with {@code true} and no {@link #background} means OpenStreetMap.
     */
    public boolean onlineBasemap;
    /** The chosen background: {@link #OFFLINE} or the id of an online one in {@code backgrounds.json}. */
    public String background = "";
    /** The servers the user agreed to fetch background tiles from (asked once per server). */
    public List<String> onlineConsent = new ArrayList<>();
    /** Whether drawing and reshaping snap to other shapes' vertices and edges. */
    public boolean snapping = true;
    public String lastScenario = "";
    /** Who saves variants on this computer, asked once (never taken from the system's user name). */
    public String variantAuthor = "";
    /** Whether the schuurpunten pane below the map is open (it opens on demand). */
    public boolean schuurpuntenPane;
    /** Where the divider right of the side panel stands, in pixels from the left (NaN: the default). */
    public double sidePanelWidth = Double.NaN;
    /** Height of the pane below the map in pixels (NaN: the default). */
    public double belowMapHeight = Double.NaN;
    /**
     * The language the user chose under Instellingen › Taal: {@code nl}, {@code en}, or empty to follow the system
     * (also what older settings files without this field give).
     */
    public String language = "";
    /** Layer or group id (groups as {@code group:<id>}) to visibility. */
    public Map<String, Boolean> visible = new LinkedHashMap<>();
    /** Layer or group id to opacity 0..1. */
    public Map<String, Double> opacity = new LinkedHashMap<>();
    /** Scenario id to its map bookmarks, in the order saved. */
    public Map<String, List<Bookmark>> bookmarks = new LinkedHashMap<>();

    /** A named map view: centre and zoom level. */
    public static final class Bookmark {
        public String name = "";
        public double lon;
        public double lat;
        public double zoom;

        public Bookmark() {
        }

        public Bookmark(String name, double lon, double lat, double zoom) {
            this.name = name;
            this.lon = lon;
            this.lat = lat;
            this.zoom = zoom;
        }
    }

    /** The bookmarks of one scenario (a live, mutable list). */
    public List<Bookmark> bookmarksOf(String scenarioId) {
        return bookmarks.computeIfAbsent(scenarioId, k -> new ArrayList<>());
    }

    /**
     * Fills in the background choice of a settings file from before the choice existed: {@code onlineBasemap}
     * true means OpenStreetMap (which the user had agreed to), false the offline map.
     */
    public void migrate() {
        if (onlineConsent == null) {
            onlineConsent = new ArrayList<>();
        }
        if (background == null || background.isBlank()) {
            background = onlineBasemap ? OSM : OFFLINE;
            if (onlineBasemap && !onlineConsent.contains(OSM_HOST)) {
                onlineConsent.add(OSM_HOST);
            }
        }
    }
}
