package nl.ruimteverkenner.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.io.PlainGeoJson.PlainFeature;
import nl.ruimteverkenner.io.PlainGeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The bundled base geometries of the offline map, projected once to Web Mercator world units (see
 * {@link WebMercator}): NL land, lakes, rivers by level, province borders on land, the neighbouring countries
 * and the national borders (DCW), and the place names ({@link PlaceNames}, loaded separately on first use).
 * Immutable after loading; safe to share between threads.
 */
public final class BasemapData {
    private static final GeometryFactory GF = new GeometryFactory();
    private final Geometry land;
    private final List<Geometry> lakes;
    private final List<River> rivers;
    private final Geometry provinceBorders;
    private final Geometry abroad;
    private final Geometry nationalBorders;

    /** A river line with its WDBII level: 1 = major river ... 4 = minor river. */
    public record River(Geometry line, int level) {
        public River {
            Objects.requireNonNull(line, "line");
        }
    }

    private BasemapData(Geometry land, List<Geometry> lakes, List<River> rivers, Geometry provinceBorders,
                        Geometry abroad, Geometry nationalBorders) {
        this.land = land;
        this.lakes = List.copyOf(lakes);
        this.rivers = List.copyOf(rivers);
        this.provinceBorders = provinceBorders;
        this.abroad = abroad;
        this.nationalBorders = nationalBorders;
    }

    /** Loads the data bundled with the application. */
    public static BasemapData loadBundled() {
        List<PlainFeature> landF = read("land.geojson");
        Geometry landLonLat = landF.size() == 1 ? landF.get(0).geometry()
                : GF.buildGeometry(landF.stream().map(PlainFeature::geometry).toList());
        Geometry borders = readWkt(ProvinceBorders.RESOURCE);
        List<Geometry> lakes = read("lakes.geojson").stream().map(f -> project(f.geometry())).toList();
        List<River> rivers = read("rivers.geojson").stream()
                .map(f -> new River(project(f.geometry()), Integer.parseInt(f.property("level", "1")))).toList();
        Geometry abroad = GF.buildGeometry(read("abroad.geojson").stream().map(PlainFeature::geometry).toList());
        Geometry national = GF.buildGeometry(read("borders.geojson").stream().map(PlainFeature::geometry).toList());
        return new BasemapData(project(landLonLat), lakes, rivers, project(borders), project(abroad), project(national));
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

    /** The rivers, by WDBII level. */
    public List<River> rivers() {
        return rivers;
    }

    public Geometry provinceBorders() {
        return provinceBorders;
    }

    /** Land of Belgium, Germany and France around the Netherlands (DCW), clipped to a window. */
    public Geometry abroad() {
        return abroad;
    }

    /** National borders around the Netherlands (DCW) as lines. */
    public Geometry nationalBorders() {
        return nationalBorders;
    }

    /** The place and water names (loaded on first use). */
    public List<PlaceName> places() {
        return PlaceNames.all();
    }
}
