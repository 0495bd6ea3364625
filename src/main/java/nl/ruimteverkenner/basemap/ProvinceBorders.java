package nl.ruimteverkenner.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.io.PlainGeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTWriter;

/**
 * Derives the province borders drawn on the basemap: the lines two provinces share, clipped to land
 * (the Natural Earth polygons have no water holes). Clipping takes a few hundred milliseconds, so the
 * result is bundled as {@value #RESOURCE}; run {@link #main} to regenerate it after the sources change.
 */
public final class ProvinceBorders {
    /** The bundled result, WKT in lon/lat. */
    public static final String RESOURCE = "province-borders.wkt";

    private ProvinceBorders() {
    }

    /** Computes the shared, land-clipped borders of {@code provinces}. */
    public static Geometry compute(Geometry land, List<Geometry> provinces) {
        GeometryFactory gf = land.getFactory();
        List<Geometry> shared = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            for (int j = i + 1; j < provinces.size(); j++) {
                Geometry a = provinces.get(i);
                Geometry b = provinces.get(j);
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    Geometry common = a.getBoundary().intersection(b.getBoundary());
                    if (common.getLength() > 0) {
                        shared.add(common);
                    }
                }
            }
        }
        return gf.buildGeometry(shared).intersection(land);
    }

    static Geometry read(String name) throws IOException {
        try (InputStream in = ProvinceBorders.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            PlainGeoJson.Result r = PlainGeoJson.read(in, name);
            return new GeometryFactory().buildGeometry(r.features().stream().map(PlainGeoJson.PlainFeature::geometry).toList());
        }
    }

    /** Computes the borders from the bundled land and provinces and writes the WKT resource. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/nl/ruimteverkenner/basemap/" + RESOURCE);
        Geometry land = read("land.geojson").getGeometryN(0);
        Geometry provinces = read("provinces.geojson");
        List<Geometry> list = new ArrayList<>();
        for (int i = 0; i < provinces.getNumGeometries(); i++) {
            list.add(provinces.getGeometryN(i));
        }
        WKTWriter writer = new WKTWriter();
        writer.setPrecisionModel(new PrecisionModel(1e6));
        Files.writeString(out, writer.write(compute(land, list)) + "\n", StandardCharsets.UTF_8);
        System.getLogger(ProvinceBorders.class.getName()).log(Level.INFO, "written {0}", out);
    }
}
