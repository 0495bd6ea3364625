package nl.ruimteverkenner.ui.maptools;

import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;

/**
 * The status bar text for the pointer's position: RD New x and y in whole metres, WGS84 latitude and
 * longitude to five decimals (about a metre) with their hemisphere letters, and the zoom level, all with
 * Dutch number formatting: "RD 155.000, 463.000 · 52,15517° N 5,38720° O · zoom 9". RD is only given
 * inside its area of use (the Netherlands and a little around it). Pure and thread-safe.
 */
public final class PointerText {
    /** The area of use of RD New (EPSG:28992) in lon/lat; outside it the RD part is left out. */
    static final double RD_WEST = 3.2;
    static final double RD_EAST = 7.22;
    static final double RD_SOUTH = 50.75;
    static final double RD_NORTH = 53.7;

    private PointerText() {
    }

    /** The text for a lon/lat under the pointer at a zoom level. */
    public static String format(double lon, double lat, double zoom) {
        String wgs84 = Messages.get("maptools.pointer.wgs84", Math.abs(lat),
                Messages.get(lat >= 0 ? "maptools.north" : "maptools.south"), Math.abs(lon),
                Messages.get(lon >= 0 ? "maptools.east" : "maptools.west"), zoom);
        if (lon < RD_WEST || lon > RD_EAST || lat < RD_SOUTH || lat > RD_NORTH) {
            return wgs84;
        }
        double[] rd = RdNew.toRd(lon, lat);
        return Messages.get("maptools.pointer", rd[0], rd[1], wgs84);
    }
}
