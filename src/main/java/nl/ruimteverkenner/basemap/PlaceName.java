package nl.ruimteverkenner.basemap;

import java.util.Objects;
import nl.ruimteverkenner.geo.WebMercator;

/**
 * A name on the map: a place (city, town or village), a neighbourhood of a larger city, or a water body.
 * Knows from which zoom level it is labelled, how important it is when labels compete for room, and its type
 * size, so the screen label layer and the report map label alike.
 *
 * @param population inhabitants (0 for water)
 * @param rank       1 (shown first) to 3 for water; 0 for places
 * @param province   the province of a place, "" for water
 */
public record PlaceName(String name, Kind kind, int population, int rank, String province, double lon, double lat) {
    /** What is named. */
    public enum Kind { CITY, DISTRICT, WATER }

    public PlaceName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        province = province == null ? "" : province;
    }

    /** Web Mercator x in world units (0..1). */
    public double x() {
        return WebMercator.x(lon);
    }

    /** Web Mercator y in world units (0..1). */
    public double y() {
        return WebMercator.y(lat);
    }

    /** The lowest whole zoom level at which the name is labelled: the larger the place, the earlier. */
    public int minZoom() {
        return switch (kind) {
            case WATER -> rank == 1 ? 6 : rank == 2 ? 8 : 10;
            // the zoom the search goes to for a district of that size shows its name
            case DISTRICT -> population >= 10_000 ? 12 : 13;
            case CITY -> population >= 250_000 ? 5 : population >= 100_000 ? 7 : population >= 40_000 ? 8
                    : population >= 15_000 ? 9 : population >= 5_000 ? 10 : population >= 2_000 ? 11 : 12;
        };
    }

    /** The highest zoom level at which it is labelled (water names are placed for an overview). */
    public int maxZoom() {
        return kind == Kind.WATER ? 13 : 99;
    }

    /** Whether it is labelled at a (whole) zoom level. */
    public boolean shownAt(int zoom) {
        return zoom >= minZoom() && zoom <= maxZoom();
    }

    /** Who wins when two labels would overlap: higher first. */
    public double priority() {
        return switch (kind) {
            case WATER -> rank == 1 ? 2e6 : rank == 2 ? 120_000 : 12_000;
            case DISTRICT -> population / 20.0;
            case CITY -> population;
        };
    }

    /** Type size in points at font scale 1. */
    public double fontSize() {
        return switch (kind) {
            case WATER -> rank == 1 ? 13 : 12;
            case DISTRICT -> 10.5;
            case CITY -> population >= 250_000 ? 14 : population >= 50_000 ? 12.5 : population >= 10_000 ? 12 : 11;
        };
    }

    /** Bold type for the larger cities. */
    public boolean bold() {
        return kind == Kind.CITY && population >= 50_000;
    }

    /** Whether a dot marks the place (places); districts and water names are centred on their point. */
    public boolean dotted() {
        return kind == Kind.CITY;
    }
}
