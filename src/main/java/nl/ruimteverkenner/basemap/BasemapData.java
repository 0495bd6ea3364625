package nl.ruimteverkenner.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.io.PlainGeoJson.PlainFeature;
import nl.ruimteverkenner.io.PlainGeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The bundled base geometries of the offline map, projected once to Web Mercator world units (see
 * {@link WebMercator}): NL land, lakes, main rivers, province borders on land, a schematic outline of the
 * neighbouring countries, and place names. Immutable after loading; safe to share between threads.
 */
public final class BasemapData {
    private static final GeometryFactory GF = new GeometryFactory();
    /**
     * Schematic outline (lon/lat) of land outside the Netherlands: Belgium, Germany and northern France.
     * Its inner edge runs inside Dutch territory, which is drawn over it; only its coasts are visible.
     */
    private static final double[][] ABROAD = {
        {-1.0, 49.0}, {1.6, 50.95}, {2.55, 51.09}, {3.0, 51.25}, {3.37, 51.37}, {3.5, 51.30}, {3.9, 51.22},
        {4.25, 51.30}, {4.30, 51.36}, {4.6, 51.55}, {5.5, 51.55}, {5.75, 51.2}, {5.75, 50.95}, {6.0, 51.5},
        {6.0, 51.9}, {6.5, 52.2}, {6.9, 52.6}, {6.95, 53.0}, {7.0, 53.15}, {7.25, 53.18}, {7.6, 53.3},
        {7.6, 53.62}, {8.0, 53.68}, {8.5, 53.55}, {9.5, 53.9}, {12.0, 54.2}, {12.0, 49.0}, {-1.0, 49.0}
    };

    private final Geometry land;
    private final List<Geometry> lakes;
    private final List<Geometry> rivers;
    private final Geometry provinceBorders;
    private final Geometry abroad;
    private final List<Place> places;

    /** A named place to label: a city (rank 1 = largest) or a water body. */
    public record Place(String name, boolean water, int rank, double x, double y) {
        public Place {
            Objects.requireNonNull(name, "name");
        }
    }

    private BasemapData(Geometry land, List<Geometry> lakes, List<Geometry> rivers, Geometry provinceBorders,
                        Geometry abroad, List<Place> places) {
        this.land = land;
        this.lakes = List.copyOf(lakes);
        this.rivers = List.copyOf(rivers);
        this.provinceBorders = provinceBorders;
        this.abroad = abroad;
        this.places = List.copyOf(places);
    }

    /** Loads the data bundled with the application. */
    public static BasemapData loadBundled() {
        List<PlainFeature> landF = read("land.geojson");
        Geometry landLonLat = landF.size() == 1 ? landF.get(0).geometry()
                : GF.buildGeometry(landF.stream().map(PlainFeature::geometry).toList());
        Geometry borders = readWkt(ProvinceBorders.RESOURCE);
        List<Geometry> lakes = read("lakes.geojson").stream().map(f -> project(f.geometry())).toList();
        List<Geometry> rivers = read("rivers.geojson").stream().map(f -> project(f.geometry())).toList();
        List<Place> places = new ArrayList<>();
        for (PlainFeature f : read("places.geojson")) {
            Coordinate c = ((Point) f.geometry()).getCoordinate();
            places.add(new Place(f.property("name", "?"), "water".equals(f.property("kind", "")),
                    Integer.parseInt(f.property("rank", "3")), WebMercator.x(c.x), WebMercator.y(c.y)));
        }
        Coordinate[] ring = new Coordinate[ABROAD.length];
        for (int i = 0; i < ABROAD.length; i++) {
            ring[i] = new Coordinate(ABROAD[i][0], ABROAD[i][1]);
        }
        Polygon abroad = GF.createPolygon(ring);
        return new BasemapData(project(landLonLat), lakes, rivers, project(borders), project(abroad), places);
    }

    private static Geometry readWkt(String name) {
        try (InputStream in = BasemapData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled basemap file missing: " + name);
            }
            return new WKTReader(GF).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled basemap file " + name, e);
        } catch (ParseException e) {
            throw new IllegalStateException("bundled basemap file " + name + " is faulty", e);
        }
    }

    private static List<PlainFeature> read(String name) {
        try (InputStream in = BasemapData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled basemap file missing: " + name);
            }
            PlainGeoJson.Result r = PlainGeoJson.read(in, name);
            if (!r.problems().isEmpty()) {
                throw new IllegalStateException("bundled basemap file " + name + " is faulty: " + r.problems().get(0).describe());
            }
            return r.features();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled basemap file " + name, e);
        }
    }

    /** Projects a lon/lat geometry to Web Mercator world units. */
    public static Geometry project(Geometry lonLat) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(
                    CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Coordinate(WebMercator.x(coords.getX(i)), WebMercator.y(coords.getY(i)));
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(lonLat);
    }

    public Geometry land() {
        return land;
    }

    public List<Geometry> lakes() {
        return lakes;
    }

    public List<Geometry> rivers() {
        return rivers;
    }

    public Geometry provinceBorders() {
        return provinceBorders;
    }

    public Geometry abroad() {
        return abroad;
    }

    public List<Place> places() {
        return places;
    }
}
