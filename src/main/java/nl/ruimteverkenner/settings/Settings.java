package nl.ruimteverkenner.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application remembers between runs: window bounds, map view, horizon, layer switches and
 * opacities, the online-map choice, the last scenario and the map bookmarks per scenario. A plain mutable bean, read and written by
 * {@code io.SettingsStore}; FX thread only.
 */
public final class Settings {
    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = 1360;
    public double windowHeight = 860;
    public boolean maximized;
    public double centerLat = Double.NaN;
    public double centerLon = Double.NaN;
    public double zoom = Double.NaN;
    public int horizon = 2030;
    public boolean onlineBasemap;
    /** Whether drawing and reshaping snap to other shapes' vertices and edges. */
    public boolean snapping = true;
    public String lastScenario = "";
    /** Whether the schuurpunten pane below the map is open (it opens on demand). */
    public boolean schuurpuntenPane;
    /** Where the divider right of the side panel stands, in pixels from the left (NaN: the default). */
    public double sidePanelWidth = Double.NaN;
    /** Height of the pane below the map in pixels (NaN: the default). */
    public double belowMapHeight = Double.NaN;
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
}
