package nl.ruimteverkenner.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application remembers between runs: window bounds, map view, horizon, layer switches and
 * opacities, the background map and the servers agreed to and the last scenario. A plain mutable bean, read and written by
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
    /** Layer or group id (groups as {@code group:<id>}) to visibility. */
    public Map<String, Boolean> visible = new LinkedHashMap<>();
    /** Layer or group id to opacity 0..1. */
    public Map<String, Double> opacity = new LinkedHashMap<>();

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
