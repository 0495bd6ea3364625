package nl.ruimteverkenner.ui.maptools;

import java.util.List;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * A measurement along points on the map, computed in RD New (metres): the length of the line through the
 * points (closing back to the first point for a closed shape) and, from three points on, the area of the
 * polygon they enclose (a self-intersecting outline, such as a bow tie, counts each of its loops, as JTS's
 * GeometryFixer repairs it). Pure and
 * thread-safe.
 *
 * @param metres   length along the points in metres
 * @param hectares enclosed area in hectares, NaN for fewer than three points
 * @param closed   whether the shape was closed (the length includes the closing side)
 */
public record Measurement(double metres, double hectares, boolean closed) {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** Measures points {lon, lat}; {@code closed} adds the side back to the first point. */
    public static Measurement of(List<double[]> lonLat, boolean closed) {
        if (lonLat.size() < 2) {
            return new Measurement(0, Double.NaN, false);
        }
        Coordinate[] rd = new Coordinate[lonLat.size()];
        for (int i = 0; i < rd.length; i++) {
            double[] xy = RdNew.toRd(lonLat.get(i)[0], lonLat.get(i)[1]);
            rd[i] = new Coordinate(xy[0], xy[1]);
        }
        LineString line = GEOMETRY.createLineString(rd);
        double metres = line.getLength();
        boolean ring = closed && rd.length >= 3;
        if (ring) {
            metres += rd[rd.length - 1].distance(rd[0]);
        }
        double hectares = Double.NaN;
        if (rd.length >= 3) {
            Coordinate[] shell = new Coordinate[rd.length + 1];
            System.arraycopy(rd, 0, shell, 0, rd.length);
            shell[rd.length] = rd[0];
            Polygon polygon = GEOMETRY.createPolygon(shell);
            hectares = (polygon.isValid() ? polygon : GeometryFixer.fix(polygon)).getArea() / 10_000;
        }
        return new Measurement(metres, hectares, ring);
    }

    /** Whether an area is known (three points or more). */
    public boolean hasArea() {
        return !Double.isNaN(hectares);
    }

    /** The length as text: whole metres below a kilometre, kilometres with two decimals from there on. */
    public static String length(double metres) {
        return metres < 1000 ? Messages.get("measure.m", metres) : Messages.get("measure.km", metres / 1000);
    }

    /** The status text: "Afstand 1,25 km" or "Afstand 1,25 km · oppervlakte 9,8 ha". */
    public String text() {
        String d = Messages.get(closed ? "measure.perimeter" : "measure.distance", length(metres));
        return hasArea() ? Messages.get("measure.withArea", d, hectares) : d;
    }
}
