package nl.ruimteverkenner.io;

import java.net.URI;
import java.util.Locale;

/**
 * An online background map in Web Mercator tiles (EPSG:3857, 256 px, XYZ numbering), as configured in
 * {@code backgrounds.json}: where its tiles are, which zoom levels it has, what must be shown on the map
 * (attribution) and under which licence.
 *
 * @param id           short name used in the settings, caches and packages ({@code [a-z0-9-]+})
 * @param name         the name in the menu (Dutch)
 * @param url          the tile address with {@code {z}}, {@code {x}} and {@code {y}}
 * @param minZoom      lowest zoom level served
 * @param maxZoom      highest zoom level served
 * @param format       {@code png} or {@code jpeg}
 * @param attribution  the line shown on the map
 * @param licence      the licence of the tiles
 * @param typicalBytes typical size of one tile, for the download estimate
 */
public record TileSource(String id, String name, String url, int minZoom, int maxZoom, String format,
                         String attribution, String licence, int typicalBytes) {

    /** The address of one tile. */
    public URI tileUri(int z, long x, long y) {
        return URI.create(url.replace("{z}", Integer.toString(z)).replace("{x}", Long.toString(x))
                .replace("{y}", Long.toString(y)));
    }

    /** The server the tiles come from (asked about once, before the first connection). */
    public String host() {
        return URI.create(url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")).getHost();
    }

    /** File extension of the tiles in the disk cache. */
    public String extension() {
        return format.toLowerCase(Locale.ROOT).startsWith("jp") ? "jpg" : "png";
    }

    /** Whether this source has tiles at a zoom level. */
    public boolean covers(int zoom) {
        return zoom >= minZoom && zoom <= maxZoom;
    }
}
